-- person-by-name.graphql: 3 SQL statements

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."organization" AS "t0" WHERE ("t0"."id" = $1 AND 1=1) LIMIT $2;

SELECT id FROM (SELECT e.id FROM "organization" e WHERE e.name_key = $1
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $2)
      AND (e.alias_keys && ARRAY[$3, newsgraph_name_key($4)]::text[])) AS named ORDER BY id LIMIT 21;

SELECT id FROM (SELECT e.id FROM "person" e WHERE e.name_key = $1
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $2)
      AND (e.alias_keys && ARRAY[$3, newsgraph_name_key($4)]::text[] OR e.name_key LIKE $5)) AS named ORDER BY id LIMIT 21;
