-- search-articles.graphql: 4 SQL statements

SELECT (SELECT reltuples FROM pg_class WHERE oid = $1::regclass)::float8 AS rows,
      (SELECT max(coalesce(a.published_at, '-infinity'::timestamptz)) FROM article a)::text AS newest,
      (SELECT histogram_bounds::text::timestamptz[]::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = $2 AND attname = 'published_at') AS dates;

SELECT a.id, ts_headline('english', left(a.body, 200000), websearch_to_tsquery('english', $1), $2) AS headline
      FROM article a WHERE a.id = ANY($3::int[]);

SELECT count(*)::int AS count FROM article a WHERE a.search_vector @@ websearch_to_tsquery('english', $1) AND TRUE;

SELECT page.*, t0."id" AS n0, t0."title" AS n1 FROM (
    SELECT id, k0::text AS c0, e0::text AS x0, k0
    FROM (SELECT a.id AS id, ts_rank(a.search_vector, websearch_to_tsquery('english', $1))::float8 AS k0, ts_rank(a.search_vector, websearch_to_tsquery('english', $2))::float8 AS e0 FROM article a WHERE a.search_vector @@ websearch_to_tsquery('english', $3) AND TRUE ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC LIMIT $4) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $5) AS page JOIN "article" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
