-- statements-filter-combinators-dates.graphql: 2 SQL statements

SELECT count(*)::int AS count FROM statement s JOIN article a ON a.id = s.article_id WHERE ((((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE (e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[] OR e.name_key LIKE $4)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE (e.name_key = $5 OR e.alias_keys && ARRAY[$6, newsgraph_name_key($7)]::text[])))) OR (s.kind::text = ANY($8::text[]))) AND NOT coalesce((lower(a.outlet) = ANY($9::text[])), FALSE) AND coalesce(s.published_at, '-infinity'::timestamptz) >= $10 AND coalesce(s.published_at, '-infinity'::timestamptz) < $11);

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s JOIN article a ON a.id = s.article_id WHERE ((((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE (e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[] OR e.name_key LIKE $4)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE (e.name_key = $5 OR e.alias_keys && ARRAY[$6, newsgraph_name_key($7)]::text[])))) OR (s.kind::text = ANY($8::text[]))) AND NOT coalesce((lower(a.outlet) = ANY($9::text[])), FALSE) AND coalesce(s.published_at, '-infinity'::timestamptz) >= $10 AND coalesce(s.published_at, '-infinity'::timestamptz) < $11)) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $12) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;
