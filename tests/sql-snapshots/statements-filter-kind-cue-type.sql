-- statements-filter-kind-cue-type.graphql: 2 SQL statements

SELECT count(*)::int AS count FROM statement s JOIN article a ON a.id = s.article_id WHERE TRUE AND (s.speaker_person_id IS NOT NULL AND s.kind::text = ANY($1::text[]) AND lower(s.cue) = ANY($2::text[]) AND lower(a.outlet) = ANY($3::text[]));

SELECT page.*, t0."id" AS n0, t0."text" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s JOIN article a ON a.id = s.article_id WHERE TRUE AND (s.speaker_person_id IS NOT NULL AND s.kind::text = ANY($1::text[]) AND lower(s.cue) = ANY($2::text[]) AND lower(a.outlet) = ANY($3::text[]))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $4) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
