-- statements-filter-speaker.graphql: 4 SQL statements

SELECT count(*)::int AS count FROM statement s WHERE ((s.speaker_person_id = $1));

SELECT count(*)::int AS count FROM statement s WHERE ((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE (e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[] OR e.name_key LIKE $4)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE (e.name_key = $5 OR e.alias_keys && ARRAY[$6, newsgraph_name_key($7)]::text[]))));

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s WHERE ((s.speaker_person_id = $1))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $2) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s WHERE ((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE (e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[] OR e.name_key LIKE $4)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE (e.name_key = $5 OR e.alias_keys && ARRAY[$6, newsgraph_name_key($7)]::text[]))))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $8) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
