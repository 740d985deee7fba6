-- top-speakers.graphql: 3 SQL statements

SELECT page.*, (SELECT json_build_array(r0."id", r0."name", r0."name_key", r0."aliases", r0."merged_keys", r0."description", r0."created_at", r0."updated_at") FROM "person" r0 WHERE r0."id" = page.speaker_person_id) AS speaker_person_id_row, (SELECT json_build_array(r0."id", r0."name", r0."name_key", r0."aliases", r0."merged_keys", r0."description", r0."created_at", r0."updated_at") FROM "organization" r0 WHERE r0."id" = page.speaker_organization_id) AS speaker_organization_id_row FROM (SELECT s.speaker_person_id AS speaker_person_id,s.speaker_organization_id AS speaker_organization_id, s.n::int AS count, NULL::int AS article_count FROM (SELECT
  CASE WHEN speaker_type = 'PERSON' THEN speaker_id END AS speaker_person_id,
  CASE WHEN speaker_type = 'ORGANIZATION' THEN speaker_id END AS speaker_organization_id, speaker_type, speaker_id, statements AS n FROM speaker_stat WHERE statements > 0) s WHERE TRUE ORDER BY s.n DESC, s.speaker_type, s.speaker_id OFFSET $1 LIMIT $2) AS page ORDER BY count DESC, speaker_person_id ASC NULLS LAST, speaker_organization_id ASC NULLS LAST;

SELECT s.speaker_person_id AS speaker_person_id,s.speaker_organization_id AS speaker_organization_id, count(*)::int AS count, NULL::int AS article_count FROM statement s  WHERE (((s.search_vector @@ websearch_to_tsquery('english', $1))) AND NOT coalesce(((s.speaker_person_id IS NULL AND s.speaker_organization_id IS NULL)), FALSE)) GROUP BY 1, 2 ORDER BY count DESC, speaker_person_id ASC NULLS LAST, speaker_organization_id ASC NULLS LAST OFFSET $2 LIMIT $3;

SELECT s.speaker_person_id AS speaker_person_id,s.speaker_organization_id AS speaker_organization_id, sum(s.n)::int AS count, NULL::int AS article_count FROM (SELECT
  CASE WHEN speaker_type = 'PERSON' THEN speaker_id END AS speaker_person_id,
  CASE WHEN speaker_type = 'ORGANIZATION' THEN speaker_id END AS speaker_organization_id, statements AS n FROM speaker_month_stat WHERE statements > 0
          AND month >= $1::date AND month < $2::date) s WHERE TRUE GROUP BY 1, 2 ORDER BY count DESC, speaker_person_id ASC NULLS LAST, speaker_organization_id ASC NULLS LAST OFFSET $3 LIMIT $4;
