-- mention-counts.graphql: 5 SQL statements

SELECT count(*)::int AS count FROM (SELECT date_trunc($1, a.published_at, 'UTC') AS period FROM person_mention m JOIN article a ON a.id = m.article_id WHERE TRUE GROUP BY 1) AS groups;

SELECT count(*)::int AS count FROM (SELECT m.person_id AS entity_id FROM person_mention m JOIN article a ON a.id = m.article_id WHERE TRUE GROUP BY 1) AS groups;

SELECT date_trunc($1, a.published_at, 'UTC') AS period, count(*)::int AS count, NULL::int AS article_count FROM person_mention m JOIN article a ON a.id = m.article_id WHERE TRUE GROUP BY 1 ORDER BY period ASC NULLS LAST OFFSET $2 LIMIT $3;

SELECT m.person_id AS entity_id, count(*)::int AS count, NULL::int AS article_count FROM person_mention m JOIN article a ON a.id = m.article_id WHERE TRUE GROUP BY 1 ORDER BY count DESC, entity_id ASC NULLS LAST OFFSET $1 LIMIT $2;

SELECT t0."id" AS n0, t0."name" AS n1, t0."name_key" AS n2, t0."aliases" AS n3, t0."merged_keys" AS n4, t0."description" AS n5, t0."created_at" AS n6, t0."updated_at" AS n7 FROM "person" t0 WHERE t0."id" = ANY($1::int[]);
