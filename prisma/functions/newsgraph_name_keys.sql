-- The name keys of a list of names, without duplicates.
CREATE OR REPLACE FUNCTION "newsgraph_name_keys"("names" TEXT[]) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT "newsgraph_name_key"(n) ORDER BY "newsgraph_name_key"(n)), ARRAY[]::TEXT[]) FROM unnest("names") AS n WHERE n IS NOT NULL $$;
