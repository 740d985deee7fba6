-- search-entities.graphql: 4 SQL statements

SELECT count(*)::int AS count FROM organization e WHERE ($1 <% e.search_names) AND TRUE;

SELECT count(*)::int AS count FROM person e WHERE ($1 <% e.search_names) AND TRUE;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, word_similarity($1, e.search_names)::float8 AS k0 FROM organization e WHERE ($2 <% e.search_names) AND TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $3) AS page JOIN "organization" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;

SELECT page.*, t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT e.id AS id, word_similarity($1, e.search_names)::float8 AS k0 FROM person e WHERE ($2 <% e.search_names) AND TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $3) AS page JOIN "person" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
