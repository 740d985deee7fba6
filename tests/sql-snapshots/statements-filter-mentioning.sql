-- statements-filter-mentioning.graphql: 4 SQL statements

SELECT count(*)::int AS count FROM statement s WHERE TRUE AND ((EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $1
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $2)
      AND (e.alias_keys && ARRAY[$3, newsgraph_name_key($4)]::text[] OR e.name_key LIKE $5))) OR EXISTS (SELECT 1 FROM statement_organization so WHERE so.statement_id = s.id AND so.organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $6
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $7)
      AND (e.alias_keys && ARRAY[$8, newsgraph_name_key($9)]::text[])))));

SELECT count(*)::int AS count FROM statement s WHERE TRUE AND (EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id = $1));

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s WHERE TRUE AND ((EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $1
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $2)
      AND (e.alias_keys && ARRAY[$3, newsgraph_name_key($4)]::text[] OR e.name_key LIKE $5))) OR EXISTS (SELECT 1 FROM statement_organization so WHERE so.statement_id = s.id AND so.organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $6
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $7)
      AND (e.alias_keys && ARRAY[$8, newsgraph_name_key($9)]::text[])))))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $10) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s WHERE TRUE AND (EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id = $1))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $2) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
