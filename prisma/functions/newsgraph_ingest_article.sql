-- Stores one article with everything extracted from it in a single call: one round trip instead of one per
-- table, which is what bounds bulk ingestion when the database is on the same busy cores as extraction.
-- Called in its own transaction (autocommit) or inside one; the caller retries on deadlock (40P01) and
-- serialization failure (40001).
--
-- input: {
--   article:    {url, canonical_url, title, outlet, domain, published_at, body, content_hash, metadata, boilerplate,
--                language (ISO 639-1), extraction (DONE | SKIPPED_LANGUAGE)},
--   entities:   [{key, type: PERSON|ORGANIZATION, name, name_key, aliases}],   -- key: the extraction's entity key
--   mentions:   [{key, start, end, text, form, role}],
--   statements: [{text, kind, start, end, pieces, cue, cue_start, cue_end, speaker_key, speaker_start, speaker_end,
--                 content, confidence}],
--   links:      [{start, end, key}]                                             -- entities mentioned in a statement
-- }
-- An unchanged article (same canonical URL, same content hash) is recognised by a plain read and writes
-- nothing. A stored entity with nothing new is only read (no row lock, no generated columns); new entities
-- and new aliases are upserted in name_key order (persons, then organizations), so concurrent callers lock
-- in one order and never create the same entity twice. A name_key a curator merged into another row
-- (merged_keys) lands on that row; a one-word person key joins the one stored person whose name_key ends
-- with it, or among several the one quoted at least 5 times and 3 times as often as all the others
-- together (the most-frequent-sense prior of entity linking). bench/write-cost.ts measures what each part
-- costs.
CREATE OR REPLACE FUNCTION "newsgraph_ingest_article"("input" JSONB)
RETURNS TABLE ("ingest_status" TEXT, "stored_article_id" INTEGER, "created_entities" INTEGER, "stored_statements" INTEGER)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  v_article JSONB := "input"->'article';
  v_article_id INTEGER;
  v_inserted BOOLEAN;
  v_published TIMESTAMPTZ := ("input"->'article'->>'published_at')::TIMESTAMPTZ;
  -- The article's language (ISO 639-1), copied onto its statements: their search vectors are built in it.
  v_language TEXT := coalesce("input"->'article'->>'language', 'en');
  v_created INTEGER := 0;
  v_count INTEGER;
  v_statements INTEGER := 0;
  v_resolved JSONB;
  v_ids JSONB;
BEGIN
  -- Same URL, same text: nothing to do, and nothing written (not even a row lock).
  SELECT a.id INTO v_article_id FROM "article" a
  WHERE a.canonical_url = v_article->>'canonical_url' AND a.content_hash = v_article->>'content_hash';
  IF v_article_id IS NOT NULL THEN
    RETURN QUERY SELECT 'UNCHANGED'::TEXT, v_article_id, 0, 0;
    RETURN;
  END IF;

  INSERT INTO "article" AS a (url, canonical_url, title, outlet, domain, published_at, body, content_hash, metadata, boilerplate,
    language, extraction)
  SELECT r.url, r.canonical_url, r.title, r.outlet, r.domain, r.published_at, r.body, r.content_hash, r.metadata, coalesce(r.boilerplate, '[]'),
    v_language, coalesce(r.extraction, 'DONE')::"ExtractionStatus"
  FROM jsonb_to_record(v_article) AS r(url TEXT, canonical_url TEXT, title TEXT, outlet TEXT, domain TEXT,
    published_at TIMESTAMPTZ, body TEXT, content_hash TEXT, metadata INTEGER[], boilerplate JSONB, extraction TEXT)
  ON CONFLICT (canonical_url) DO UPDATE SET
    url = EXCLUDED.url, title = EXCLUDED.title, outlet = EXCLUDED.outlet, domain = EXCLUDED.domain,
    published_at = EXCLUDED.published_at, body = EXCLUDED.body, content_hash = EXCLUDED.content_hash,
    metadata = EXCLUDED.metadata, boilerplate = EXCLUDED.boilerplate, language = EXCLUDED.language,
    extraction = EXCLUDED.extraction, ingested_at = CURRENT_TIMESTAMP
    WHERE a.content_hash IS DISTINCT FROM EXCLUDED.content_hash
  RETURNING a.id, (a.xmax = 0) INTO v_article_id, v_inserted;

  IF v_article_id IS NULL THEN
    -- The same text was stored by a concurrent caller that committed after the read above.
    SELECT a.id INTO v_article_id FROM "article" a WHERE a.canonical_url = v_article->>'canonical_url';
    RETURN QUERY SELECT 'UNCHANGED'::TEXT, v_article_id, 0, 0;
    RETURN;
  END IF;
  IF NOT v_inserted THEN
    -- Statement links cascade with their statements.
    DELETE FROM "statement" s WHERE s.article_id = v_article_id;
    DELETE FROM "person_mention" m WHERE m.article_id = v_article_id;
    DELETE FROM "organization_mention" m WHERE m.article_id = v_article_id;
  END IF;

  -- Each entity's final name_key: the row a curator merged its key into (merged_keys; the lowest name_key
  -- if several), else for a one-word person key the one stored person whose name_key ends with it (or,
  -- among several, the one quoted far more often than the rest), else its own key. One probe per entity: merged_keys @> ARRAY[key] is answered by the GIN index on
  -- merged_keys, the surname by the index on reverse(name_key).
  -- EXECUTE plans the statement on every call, for the tables as they are now. A cached plan made while
  -- they were nearly empty keeps a sequential scan (the cheapest way to read a few hundred rows) and then
  -- reads the whole table once per entity as they grow (47 ms per article over the first 1,000 articles
  -- of a fresh database in bench/write-cost.ts, against 16 with this).
  EXECUTE $resolve$
    SELECT coalesce(jsonb_agg(jsonb_build_object('key', e.key, 'type', e.type, 'name', e.name, 'name_key', e.name_key, 'aliases', e.aliases,
      'final_key', coalesce(
        CASE e.type
          -- OFFSET 0 keeps min() from becoming a walk of the whole name_key index in search of a match.
          WHEN 'PERSON' THEN (SELECT min(m.name_key) FROM (SELECT p.name_key FROM "person" p WHERE p.merged_keys @> ARRAY[e.name_key] OFFSET 0) m)
          WHEN 'ORGANIZATION' THEN (SELECT min(m.name_key) FROM (SELECT o.name_key FROM "organization" o WHERE o.merged_keys @> ARRAY[e.name_key] OFFSET 0) m)
        END,
        CASE WHEN e.type = 'PERSON' AND strpos(e.name_key, ' ') = 0 THEN (
          SELECT CASE
            WHEN count(*) = 1 THEN min(c.name_key)
            -- Several: the one quoted at least 5 times and 3 times as often as all the others together.
            WHEN count(*) < 200 AND max(c.statements) >= 5 AND max(c.statements) >= 3 * (sum(c.statements) - max(c.statements))
              THEN (array_agg(c.name_key ORDER BY c.statements DESC))[1]
          END FROM (
            SELECT p.name_key, coalesce(st.statements, 0) AS statements FROM "person" p
            LEFT JOIN "speaker_stat" st ON st.speaker_type = 'PERSON' AND st.speaker_id = p.id
            WHERE reverse(p.name_key) ~>=~ (reverse(e.name_key) || ' ') AND reverse(p.name_key) ~<~ (reverse(e.name_key) || '!')
            LIMIT 200) c) END,
        e.name_key))), '[]')
    FROM jsonb_to_recordset($1) AS e(key TEXT, type TEXT, name TEXT, name_key TEXT, aliases TEXT[])
    WHERE e.name_key <> '' AND e.type IN ('PERSON', 'ORGANIZATION')
  $resolve$
  INTO v_resolved USING "input"->'entities';

  -- One row per final key (two entities of one article may share one: ON CONFLICT may not touch a row
  -- twice). Only keys that are not stored yet, or are stored without one of this article's aliases, go
  -- to the upsert; ON CONFLICT settles a row a concurrent caller inserted or extended in the meantime.
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
    SELECT d.name, d.final_key, d.aliases FROM d
    WHERE NOT EXISTS (SELECT FROM "person" p WHERE p.name_key = d.final_key AND coalesce(p.aliases, '{}') @> d.aliases)
    ORDER BY d.final_key
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
    SELECT d.name, d.final_key, d.aliases FROM d
    WHERE NOT EXISTS (SELECT FROM "organization" o WHERE o.name_key = d.final_key AND coalesce(o.aliases, '{}') @> d.aliases)
    ORDER BY d.final_key
    ON CONFLICT (name_key) DO UPDATE
      SET aliases = ARRAY(SELECT DISTINCT unnest(coalesce(t.aliases, '{}') || EXCLUDED.aliases) ORDER BY 1), updated_at = CURRENT_TIMESTAMP
      WHERE NOT coalesce(t.aliases, '{}') @> EXCLUDED.aliases
    RETURNING (t.xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE up.inserted) INTO v_count FROM up;
  v_created := v_created + v_count;

  -- Entity key -> row id, one unique-index probe per entity. A new statement, so a new snapshot: it sees
  -- the rows just upserted and rows a concurrent caller committed while the upsert waited for it.
  SELECT coalesce(jsonb_object_agg(r.key, CASE r.type
           WHEN 'PERSON' THEN (SELECT p.id FROM "person" p WHERE p.name_key = r.final_key)
           ELSE (SELECT o.id FROM "organization" o WHERE o.name_key = r.final_key) END), '{}')
  INTO v_ids
  FROM jsonb_to_recordset(v_resolved) AS r(key TEXT, type TEXT, final_key TEXT);
  IF jsonb_path_exists(v_ids, '$.* ? (@ == null)') THEN
    -- A row found or written above was deleted since (a merge): run the whole article again.
    RAISE EXCEPTION 'an entity of this article was deleted while it was being ingested' USING ERRCODE = 'serialization_failure';
  END IF;

  -- Statements are matched to their links by span, not by RETURNING's order (which SQL does not promise).
  WITH types AS (
    SELECT r.key, r.type FROM jsonb_to_recordset(v_resolved) AS r(key TEXT, type TEXT)
  ), mentions AS (
    SELECT types.type, (v_ids->>m.key)::INTEGER AS entity_id, m.start, m."end", m.text, m.form::"MentionForm" AS form, m.role
    FROM jsonb_to_recordset("input"->'mentions') AS m(key TEXT, start INTEGER, "end" INTEGER, text TEXT, form TEXT, role TEXT)
    JOIN types USING (key)
  ), pm AS (
    INSERT INTO "person_mention" (article_id, person_id, start, "end", text, form, role)
    SELECT v_article_id, m.entity_id, m.start, m."end", m.text, m.form, m.role FROM mentions m WHERE m.type = 'PERSON'
  ), om AS (
    INSERT INTO "organization_mention" (article_id, organization_id, start, "end", text, form)
    SELECT v_article_id, m.entity_id, m.start, m."end", m.text, m.form FROM mentions m WHERE m.type = 'ORGANIZATION'
  ), st AS (
    INSERT INTO "statement" (article_id, text, kind, start, "end", pieces, cue, cue_start, cue_end,
      speaker_person_id, speaker_organization_id, speaker_start, speaker_end, published_at, content, confidence, language)
    SELECT v_article_id, s.text, s.kind::"StatementKind", s.start, s."end", coalesce(s.pieces, '[]'), s.cue, s.cue_start, s.cue_end,
      CASE WHEN speaker.type = 'PERSON' THEN (v_ids->>s.speaker_key)::INTEGER END,
      CASE WHEN speaker.type = 'ORGANIZATION' THEN (v_ids->>s.speaker_key)::INTEGER END,
      s.speaker_start, s.speaker_end, v_published, coalesce(s.content, s.text), s.confidence, v_language
    FROM jsonb_to_recordset("input"->'statements') AS s(text TEXT, kind TEXT, start INTEGER, "end" INTEGER, pieces JSONB, cue TEXT,
      cue_start INTEGER, cue_end INTEGER, speaker_key TEXT, speaker_start INTEGER, speaker_end INTEGER, content TEXT, confidence REAL)
    LEFT JOIN types AS speaker ON speaker.key = s.speaker_key
    RETURNING id, start, "end"
  ), links AS (
    SELECT DISTINCT st.id AS statement_id, types.type, (v_ids->>l.key)::INTEGER AS entity_id
    FROM jsonb_to_recordset("input"->'links') AS l(start INTEGER, "end" INTEGER, key TEXT)
    JOIN types USING (key)
    JOIN st USING (start, "end")
  ), sp AS (
    INSERT INTO "statement_person" (statement_id, person_id)
    SELECT links.statement_id, links.entity_id FROM links WHERE links.type = 'PERSON'
    ON CONFLICT DO NOTHING
  ), so AS (
    INSERT INTO "statement_organization" (statement_id, organization_id)
    SELECT links.statement_id, links.entity_id FROM links WHERE links.type = 'ORGANIZATION'
    ON CONFLICT DO NOTHING
  )
  SELECT count(*) INTO v_statements FROM st;

  RETURN QUERY SELECT (CASE WHEN v_inserted THEN 'CREATED' ELSE 'UPDATED' END)::TEXT, v_article_id, v_created, v_statements;
END;
$$;
