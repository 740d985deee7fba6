-- people-name-filters.graphql: 10 SQL statements

SELECT count(*)::int AS count FROM person e WHERE (($1 <% e.search_names));

SELECT count(*)::int AS count FROM person e WHERE ((((e.search_names LIKE $1 OR e.search_names LIKE $2)) OR ((e.name_key = $3 OR e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[]))));

SELECT count(*)::int AS count FROM person e WHERE ((e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[]));

SELECT count(*)::int AS count FROM person e WHERE ((e.search_names LIKE $1 OR e.search_names LIKE $2));

SELECT count(*)::int AS count FROM person e WHERE (NOT EXISTS (SELECT 1 FROM statement hs WHERE hs.speaker_person_id = e.id));

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, e.created_at AS k0 FROM person e WHERE (($1 <% e.search_names))) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $2) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, e.created_at AS k0 FROM person e WHERE ((((e.search_names LIKE $1 OR e.search_names LIKE $2)) OR ((e.name_key = $3 OR e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[]))))) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $6) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, e.created_at AS k0 FROM person e WHERE ((e.name_key = $1 OR e.alias_keys && ARRAY[$2, newsgraph_name_key($3)]::text[]))) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $4) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, e.created_at AS k0 FROM person e WHERE ((e.search_names LIKE $1 OR e.search_names LIKE $2))) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $3) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, e.created_at AS k0 FROM person e WHERE (NOT EXISTS (SELECT 1 FROM statement hs WHERE hs.speaker_person_id = e.id))) AS page
    WHERE TRUE
    ORDER BY k0 ASC, id ASC
    LIMIT $1) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;
