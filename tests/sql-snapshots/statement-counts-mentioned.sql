-- statement-counts-mentioned.graphql: 4 SQL statements

SELECT count(*)::int AS count FROM (SELECT gp.person_id AS mentioned_person_id FROM statement s JOIN statement_person gp ON gp.statement_id = s.id WHERE TRUE GROUP BY 1) AS groups;

SELECT count(*)::int AS count FROM (SELECT s.kind::text AS kind,lower(s.cue) AS cue FROM statement s  WHERE TRUE GROUP BY 1, 2) AS groups;

SELECT gp.person_id AS mentioned_person_id, count(*)::int AS count, NULL::int AS article_count FROM statement s JOIN statement_person gp ON gp.statement_id = s.id WHERE TRUE GROUP BY 1 ORDER BY count DESC, mentioned_person_id ASC NULLS LAST OFFSET $1 LIMIT $2;

SELECT s.kind::text AS kind,lower(s.cue) AS cue, count(*)::int AS count, NULL::int AS article_count FROM statement s  WHERE TRUE GROUP BY 1, 2 ORDER BY count DESC, kind ASC NULLS LAST, cue ASC NULLS LAST OFFSET $1 LIMIT $2;
