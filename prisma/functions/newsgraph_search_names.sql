-- One string of every way an entity is named, for trigram (fuzzy and prefix) matching.
CREATE OR REPLACE FUNCTION "newsgraph_search_names"("name" TEXT, "aliases" TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string("newsgraph_name_keys"(array_prepend("name", coalesce("aliases", ARRAY[]::TEXT[]))), ' | ') $$;
