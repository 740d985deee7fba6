-- statement-counts-period.graphql: 2 SQL statements

SELECT count(*)::int AS count FROM (SELECT s.speaker_person_id AS speaker_person_id,s.speaker_organization_id AS speaker_organization_id,date_trunc($1, s.published_at, 'UTC') AS period FROM statement s  WHERE ((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $2
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $3)
      AND (e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[] OR e.name_key LIKE $6)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $7
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $8)
      AND (e.alias_keys && ARRAY[$9, newsgraph_name_key($10)]::text[])))) GROUP BY 1, 2, 3) AS groups;

SELECT s.speaker_person_id AS speaker_person_id,s.speaker_organization_id AS speaker_organization_id,date_trunc($1, s.published_at, 'UTC') AS period, count(*)::int AS count, NULL::int AS article_count FROM statement s  WHERE ((s.speaker_person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $2
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $3)
      AND (e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[] OR e.name_key LIKE $6)) OR s.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $7
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $8)
      AND (e.alias_keys && ARRAY[$9, newsgraph_name_key($10)]::text[])))) GROUP BY 1, 2, 3 ORDER BY speaker_person_id ASC NULLS LAST, speaker_organization_id ASC NULLS LAST, period ASC NULLS LAST OFFSET $11 LIMIT $12;
