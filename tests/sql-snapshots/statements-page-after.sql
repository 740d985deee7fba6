-- statements-page-after.graphql: 1 SQL statement

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, a.ingested_at AS k0 FROM statement s JOIN article a ON a.id = s.article_id WHERE TRUE AND TRUE) AS page
    WHERE (k0, id) > ($1::timestamptz,$2::int4)
    ORDER BY k0 ASC, id ASC
    LIMIT $3) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 ASC, id ASC;
