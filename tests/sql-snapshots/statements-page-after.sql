-- statements-page-after.graphql: 1 SQL statement

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id
    FROM (SELECT s.id AS id FROM statement s WHERE TRUE) AS page
    WHERE (id) > ($1::int4)
    ORDER BY id ASC
    LIMIT $2) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY id ASC;
