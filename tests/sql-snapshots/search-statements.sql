-- search-statements.graphql: 3 SQL statements

SELECT (SELECT reltuples FROM pg_class WHERE oid = $1::regclass)::float8 AS rows,
      (SELECT max(coalesce(s.published_at, '-infinity'::timestamptz)) FROM statement s)::text AS newest,
      (SELECT histogram_bounds::text::timestamptz[]::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = $2 AND attname = 'published_at') AS dates;

SELECT count(*)::int AS count FROM statement s WHERE s.search_vector @@ websearch_to_tsquery('english', $1) AND (s.speaker_person_id IS NOT NULL);

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, e0::text AS x0, k0
    FROM (SELECT s.id AS id, ts_rank(s.search_vector, websearch_to_tsquery('english', $1))::float8 AS k0, ts_rank(s.search_vector, websearch_to_tsquery('english', $2))::float8 AS e0 FROM statement s WHERE s.search_vector @@ websearch_to_tsquery('english', $3) AND (s.speaker_person_id IS NOT NULL) ORDER BY coalesce(s.published_at, '-infinity'::timestamptz) DESC, s.id DESC LIMIT $4) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $5) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
