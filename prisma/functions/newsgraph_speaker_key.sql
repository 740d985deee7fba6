-- Who a form is by, as one key: 'PERSON:12', 'ORGANIZATION:3' or 'NONE'.
CREATE OR REPLACE FUNCTION "newsgraph_speaker_key"("person" INTEGER, "organization" INTEGER)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN person IS NOT NULL THEN 'PERSON:' || person WHEN organization IS NOT NULL THEN 'ORGANIZATION:' || organization ELSE 'NONE' END
$$;
