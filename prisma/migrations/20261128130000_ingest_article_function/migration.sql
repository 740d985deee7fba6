-- Stores one article with everything extracted from it in a single call: one round trip instead of one per
-- table, which is what bounds bulk ingestion when the database is on the same busy cores as extraction.
-- Called in its own transaction (autocommit) or inside one; the caller retries on deadlock (40P01).
--
-- input: {
--   article:    {url, canonical_url, title, outlet, domain, published_at, body, content_hash, metadata, boilerplate},
--   entities:   [{key, type: PERSON|ORGANIZATION, name, name_key, aliases}],   -- key: the extraction's entity key
--   mentions:   [{key, start, end, text, form, role}],
--   statements: [{text, kind, start, end, pieces, cue, cue_start, cue_end, speaker_key, speaker_start, speaker_end}],
--   links:      [{start, end, key}]                                             -- entities mentioned in a statement
-- }
-- Rows are upserted in name_key order (persons, then organizations) so concurrent callers lock in one
-- order. A name_key a curator merged into another row (merged_keys) lands on that row; a one-word person
-- key joins the one stored person whose name_key ends with it.
CREATE FUNCTION "newsgraph_ingest_article"("input" JSONB)
RETURNS TABLE ("ingest_status" TEXT, "stored_article_id" INTEGER, "created_entities" INTEGER, "stored_statements" INTEGER)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  v_article_id INTEGER;
  v_inserted BOOLEAN;
  v_published TIMESTAMPTZ := ("input"->'article'->>'published_at')::TIMESTAMPTZ;
  v_created INTEGER := 0;
  v_count INTEGER;
  v_statements INTEGER := 0;
  v_person_keys TEXT[];
  v_organization_keys TEXT[];
  v_resolved JSONB;
  v_ids JSONB;
BEGIN
  INSERT INTO "article" AS a (url, canonical_url, title, outlet, domain, published_at, body, content_hash, metadata, boilerplate)
  SELECT r.url, r.canonical_url, r.title, r.outlet, r.domain, r.published_at, r.body, r.content_hash, r.metadata, coalesce(r.boilerplate, '[]')
  FROM jsonb_to_record("input"->'article') AS r(url TEXT, canonical_url TEXT, title TEXT, outlet TEXT, domain TEXT,
    published_at TIMESTAMPTZ, body TEXT, content_hash TEXT, metadata INTEGER[], boilerplate JSONB)
  ON CONFLICT (canonical_url) DO UPDATE SET
    url = EXCLUDED.url, title = EXCLUDED.title, outlet = EXCLUDED.outlet, domain = EXCLUDED.domain,
    published_at = EXCLUDED.published_at, body = EXCLUDED.body, content_hash = EXCLUDED.content_hash,
    metadata = EXCLUDED.metadata, boilerplate = EXCLUDED.boilerplate, ingested_at = CURRENT_TIMESTAMP
    WHERE a.content_hash IS DISTINCT FROM EXCLUDED.content_hash
  RETURNING a.id, (a.xmax = 0) INTO v_article_id, v_inserted;

  IF v_article_id IS NULL THEN
    -- The same text is already stored (perhaps by a concurrent caller that committed a moment ago).
    SELECT a.id INTO v_article_id FROM "article" a WHERE a.canonical_url = "input"->'article'->>'canonical_url';
    RETURN QUERY SELECT 'UNCHANGED'::TEXT, v_article_id, 0, 0;
    RETURN;
  END IF;
  IF NOT v_inserted THEN
    -- Statement links cascade with their statements.
    DELETE FROM "statement" s WHERE s.article_id = v_article_id;
    DELETE FROM "person_mention" m WHERE m.article_id = v_article_id;
    DELETE FROM "organization_mention" m WHERE m.article_id = v_article_id;
  END IF;

  -- Each entity's final name_key, after curated merges and the one-word surname rule. The merged keys are
  -- looked up for the whole article at once (merged_keys && keys: one probe of its GIN index).
  SELECT coalesce(array_agg(DISTINCT e.name_key) FILTER (WHERE e.type = 'PERSON'), '{}'),
         coalesce(array_agg(DISTINCT e.name_key) FILTER (WHERE e.type = 'ORGANIZATION'), '{}')
  INTO v_person_keys, v_organization_keys
  FROM jsonb_to_recordset("input"->'entities') AS e(type TEXT, name_key TEXT)
  WHERE e.name_key <> '';

  WITH merged AS (
    SELECT 'PERSON' AS type, m.key, min(p.name_key) AS into_key
    FROM "person" p CROSS JOIN LATERAL unnest(p.merged_keys) AS m(key)
    WHERE p.merged_keys && v_person_keys AND m.key = ANY(v_person_keys)
    GROUP BY m.key
    UNION ALL
    SELECT 'ORGANIZATION', m.key, min(o.name_key)
    FROM "organization" o CROSS JOIN LATERAL unnest(o.merged_keys) AS m(key)
    WHERE o.merged_keys && v_organization_keys AND m.key = ANY(v_organization_keys)
    GROUP BY m.key
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('key', e.key, 'type', e.type, 'name', e.name, 'name_key', e.name_key, 'aliases', e.aliases,
    'final_key', coalesce(
      merged.into_key,
      CASE WHEN e.type = 'PERSON' AND strpos(e.name_key, ' ') = 0 THEN (
        SELECT CASE WHEN count(*) = 1 THEN min(c.name_key) END FROM (
          SELECT p.name_key FROM "person" p
          WHERE reverse(p.name_key) ~>=~ (reverse(e.name_key) || ' ') AND reverse(p.name_key) ~<~ (reverse(e.name_key) || '!')
          LIMIT 2) c) END,
      e.name_key))), '[]')
  INTO v_resolved
  FROM jsonb_to_recordset("input"->'entities') AS e(key TEXT, type TEXT, name TEXT, name_key TEXT, aliases TEXT[])
  LEFT JOIN merged ON merged.type = e.type AND merged.key = e.name_key
  WHERE e.name_key <> '';

  -- One row per final key (two entities of one article may share one: ON CONFLICT may not touch a row
  -- twice). Existing rows are written only when they gain an alias.
  WITH r AS (
    SELECT * FROM jsonb_to_recordset(v_resolved) AS r(key TEXT, type TEXT, name TEXT, name_key TEXT, aliases TEXT[], final_key TEXT)
    WHERE r.type = 'PERSON'
  ), d AS (
    SELECT r.final_key, (array_agg(r.name ORDER BY (r.name_key = r.final_key) DESC, length(r.name) DESC))[1] AS name,
           ARRAY(SELECT DISTINCT n FROM unnest(array_agg(r.name) || array_agg(x.alias)) AS n WHERE n IS NOT NULL ORDER BY 1) AS aliases
    FROM r LEFT JOIN LATERAL unnest(r.aliases) AS x(alias) ON TRUE
    GROUP BY r.final_key
  ), up AS (
    INSERT INTO "person" AS t (name, name_key, aliases)
    SELECT d.name, d.final_key, d.aliases FROM d ORDER BY d.final_key
    ON CONFLICT (name_key) DO UPDATE
      SET aliases = ARRAY(SELECT DISTINCT unnest(coalesce(t.aliases, '{}') || EXCLUDED.aliases) ORDER BY 1), updated_at = CURRENT_TIMESTAMP
      WHERE NOT coalesce(t.aliases, '{}') @> EXCLUDED.aliases
    RETURNING (t.xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE up.inserted) INTO v_count FROM up;
  v_created := v_created + v_count;

  WITH r AS (
    SELECT * FROM jsonb_to_recordset(v_resolved) AS r(key TEXT, type TEXT, name TEXT, name_key TEXT, aliases TEXT[], final_key TEXT)
    WHERE r.type = 'ORGANIZATION'
  ), d AS (
    SELECT r.final_key, (array_agg(r.name ORDER BY (r.name_key = r.final_key) DESC, length(r.name) DESC))[1] AS name,
           ARRAY(SELECT DISTINCT n FROM unnest(array_agg(r.name) || array_agg(x.alias)) AS n WHERE n IS NOT NULL ORDER BY 1) AS aliases
    FROM r LEFT JOIN LATERAL unnest(r.aliases) AS x(alias) ON TRUE
    GROUP BY r.final_key
  ), up AS (
    INSERT INTO "organization" AS t (name, name_key, aliases)
    SELECT d.name, d.final_key, d.aliases FROM d ORDER BY d.final_key
    ON CONFLICT (name_key) DO UPDATE
      SET aliases = ARRAY(SELECT DISTINCT unnest(coalesce(t.aliases, '{}') || EXCLUDED.aliases) ORDER BY 1), updated_at = CURRENT_TIMESTAMP
      WHERE NOT coalesce(t.aliases, '{}') @> EXCLUDED.aliases
    RETURNING (t.xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE up.inserted) INTO v_count FROM up;
  v_created := v_created + v_count;

  -- Entity key -> row id. A new statement, so a new snapshot: it sees the rows just upserted, and rows a
  -- concurrent caller committed while the upsert waited for it.
  SELECT coalesce(jsonb_object_agg(r.key, coalesce(p.id, o.id)), '{}') INTO v_ids
  FROM jsonb_to_recordset(v_resolved) AS r(key TEXT, type TEXT, final_key TEXT)
  LEFT JOIN "person" p ON r.type = 'PERSON' AND p.name_key = r.final_key
  LEFT JOIN "organization" o ON r.type = 'ORGANIZATION' AND o.name_key = r.final_key;

  -- Statements are matched to their links by span, not by RETURNING's order (which SQL does not promise).
  WITH types AS (
    SELECT e.key, e.type FROM jsonb_to_recordset("input"->'entities') AS e(key TEXT, type TEXT)
  ), pm AS (
    INSERT INTO "person_mention" (article_id, person_id, start, "end", text, form, role)
    SELECT v_article_id, (v_ids->>m.key)::INTEGER, m.start, m."end", m.text, m.form::"MentionForm", m.role
    FROM jsonb_to_recordset("input"->'mentions') AS m(key TEXT, start INTEGER, "end" INTEGER, text TEXT, form TEXT, role TEXT)
    JOIN types USING (key)
    WHERE types.type = 'PERSON' AND v_ids ? m.key
  ), om AS (
    INSERT INTO "organization_mention" (article_id, organization_id, start, "end", text, form)
    SELECT v_article_id, (v_ids->>m.key)::INTEGER, m.start, m."end", m.text, m.form::"MentionForm"
    FROM jsonb_to_recordset("input"->'mentions') AS m(key TEXT, start INTEGER, "end" INTEGER, text TEXT, form TEXT)
    JOIN types USING (key)
    WHERE types.type = 'ORGANIZATION' AND v_ids ? m.key
  ), st AS (
    INSERT INTO "statement" (article_id, text, kind, start, "end", pieces, cue, cue_start, cue_end,
      speaker_person_id, speaker_organization_id, speaker_start, speaker_end, published_at)
    SELECT v_article_id, s.text, s.kind::"StatementKind", s.start, s."end", coalesce(s.pieces, '[]'), s.cue, s.cue_start, s.cue_end,
      CASE WHEN speaker.type = 'PERSON' THEN (v_ids->>s.speaker_key)::INTEGER END,
      CASE WHEN speaker.type = 'ORGANIZATION' THEN (v_ids->>s.speaker_key)::INTEGER END,
      s.speaker_start, s.speaker_end, v_published
    FROM jsonb_to_recordset("input"->'statements') AS s(text TEXT, kind TEXT, start INTEGER, "end" INTEGER, pieces JSONB, cue TEXT,
      cue_start INTEGER, cue_end INTEGER, speaker_key TEXT, speaker_start INTEGER, speaker_end INTEGER)
    LEFT JOIN types AS speaker ON speaker.key = s.speaker_key
    RETURNING id, start, "end"
  ), links AS (
    SELECT l.start, l."end", types.type, (v_ids->>l.key)::INTEGER AS entity_id
    FROM jsonb_to_recordset("input"->'links') AS l(start INTEGER, "end" INTEGER, key TEXT)
    JOIN types USING (key)
    WHERE v_ids ? l.key
  ), sp AS (
    INSERT INTO "statement_person" (statement_id, person_id)
    SELECT DISTINCT st.id, links.entity_id FROM links JOIN st USING (start, "end") WHERE links.type = 'PERSON'
    ON CONFLICT DO NOTHING
  ), so AS (
    INSERT INTO "statement_organization" (statement_id, organization_id)
    SELECT DISTINCT st.id, links.entity_id FROM links JOIN st USING (start, "end") WHERE links.type = 'ORGANIZATION'
    ON CONFLICT DO NOTHING
  )
  SELECT count(*) INTO v_statements FROM st;

  RETURN QUERY SELECT (CASE WHEN v_inserted THEN 'CREATED' ELSE 'UPDATED' END)::TEXT, v_article_id, v_created, v_statements;
END;
$$;
