-- articles-filters.graphql: 2 SQL statements

    SELECT id, k0::text AS c0
    FROM (SELECT a.id AS id, coalesce(a.published_at, '-infinity'::timestamptz) AS k0 FROM article a WHERE (lower(a.outlet) = ANY($1::text[]) AND (EXISTS (SELECT 1 FROM person_mention pm WHERE pm.article_id = a.id AND pm.person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $2
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $3)
      AND (e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[] OR e.name_key LIKE $6))) OR EXISTS (SELECT 1 FROM organization_mention om WHERE om.article_id = a.id AND om.organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $7
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $8)
      AND (e.alias_keys && ARRAY[$9, newsgraph_name_key($10)]::text[])))) AND EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND qs.speaker_person_id = $11) AND EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND (qs.speaker_person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $12
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $13)
      AND (e.alias_keys && ARRAY[$14, newsgraph_name_key($15)]::text[] OR e.name_key LIKE $16)) OR qs.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $17
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $18)
      AND (e.alias_keys && ARRAY[$19, newsgraph_name_key($20)]::text[])))) AND a.search_vector @@ websearch_to_tsquery('english', $21))) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $22;

SELECT count(*)::int AS count FROM article a WHERE (lower(a.outlet) = ANY($1::text[]) AND (EXISTS (SELECT 1 FROM person_mention pm WHERE pm.article_id = a.id AND pm.person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $2
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $3)
      AND (e.alias_keys && ARRAY[$4, newsgraph_name_key($5)]::text[] OR e.name_key LIKE $6))) OR EXISTS (SELECT 1 FROM organization_mention om WHERE om.article_id = a.id AND om.organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $7
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $8)
      AND (e.alias_keys && ARRAY[$9, newsgraph_name_key($10)]::text[])))) AND EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND qs.speaker_person_id = $11) AND EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND (qs.speaker_person_id IN (SELECT e.id FROM "person" e WHERE e.name_key = $12
    UNION ALL SELECT e.id FROM "person" e WHERE NOT EXISTS (SELECT 1 FROM "person" x WHERE x.name_key = $13)
      AND (e.alias_keys && ARRAY[$14, newsgraph_name_key($15)]::text[] OR e.name_key LIKE $16)) OR qs.speaker_organization_id IN (SELECT e.id FROM "organization" e WHERE e.name_key = $17
    UNION ALL SELECT e.id FROM "organization" e WHERE NOT EXISTS (SELECT 1 FROM "organization" x WHERE x.name_key = $18)
      AND (e.alias_keys && ARRAY[$19, newsgraph_name_key($20)]::text[])))) AND a.search_vector @@ websearch_to_tsquery('english', $21));
