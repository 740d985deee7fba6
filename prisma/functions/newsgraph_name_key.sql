-- The SQL twin of server/names/name-key.ts: accents, case, dots and spacing do not count.
-- IMMUTABLE (with the dictionary named) so that generated columns and indexes may use it.
CREATE OR REPLACE FUNCTION "newsgraph_name_key"("name" TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary, "name")), '’', ''''), '.', ''), '[[:space:]‐‑‒–—―-]+', ' ', 'g')) $$;
