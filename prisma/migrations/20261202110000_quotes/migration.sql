-- Quotes: statements with the same words and the same speaker, across articles, are one quote.
--
-- A statement's words (newsgraph_statement_words) are its content pieces, lower-cased, with quote marks,
-- apostrophes, dashes, punctuation and runs of white space folded away ("Peskov's" and “Peskov’s,” agree).
-- Each distinct (speaker, words) is a quote_form; statement.quote_form_id points to it (set by a BEFORE
-- trigger, so a statement is written once). A form belongs to the quote of the longest present form of the
-- same speaker that contains its words (word-aligned; a form of fewer than 5 words only joins identical
-- words, so "a disaster" does not join every longer quote with those words in it): a shortened quote joins
-- the full one. A form that no longer form contains is a quote itself, and its row in "quote" has its id.
-- Statements without a speaker are grouped by their words alone (speaker_key 'NONE').
--
-- Kept exact by statement-level triggers on every write path (ingestion, re-ingestion, deletion, merges,
-- splits, a deleted speaker), as the speaker summary tables are: under transaction-scoped advisory locks
-- (see newsgraph_requote_forms), the forms whose presence changed and the forms they contain are
-- assigned again, and the counts of every quote touched are recounted from its statements.
-- newsgraph_quotes_from_scratch() computes the same assignment by brute force; the tests compare the two.

-- CreateTable
CREATE TABLE "quote_form" (
    "id" SERIAL NOT NULL,
    "speaker_key" TEXT NOT NULL,
    "speaker_person_id" INTEGER,
    "speaker_organization_id" INTEGER,
    "words" TEXT NOT NULL,
    "words_hash" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL,
    "head" TEXT,
    "quote_id" INTEGER,

    CONSTRAINT "quote_form_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" INTEGER NOT NULL,
    "speaker_person_id" INTEGER,
    "speaker_organization_id" INTEGER,
    "text" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "occurrence_count" INTEGER NOT NULL,
    "article_count" INTEGER NOT NULL,
    "outlet_count" INTEGER NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3),
    "last_seen_at" TIMESTAMPTZ(3),
    "first_article_id" INTEGER,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "statement" ADD COLUMN "quote_form_id" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "quote_form_speaker_key_words_hash_key" ON "quote_form"("speaker_key", "words_hash");
CREATE INDEX "quote_form_quote_id_idx" ON "quote_form"("quote_id");
CREATE INDEX "quote_form_head_speaker_key_idx" ON "quote_form"("head", "speaker_key");
-- Which forms contain these words: a phrase query, checked word-aligned with strpos afterwards (an
-- index of word arrays answered the same lookups 3-4 times slower here). A small pending list keeps
-- inserts cheap without making every lookup read a long one.
CREATE INDEX "quote_form_words_phrase_idx" ON "quote_form" USING GIN (to_tsvector('simple'::regconfig, "words")) WITH (gin_pending_list_limit = 256);
CREATE INDEX "quote_speaker_person_id_idx" ON "quote"("speaker_person_id");
CREATE INDEX "quote_speaker_organization_id_idx" ON "quote"("speaker_organization_id");
CREATE INDEX "quote_first_article_id_idx" ON "quote"("first_article_id");
CREATE INDEX "quote_occurrence_count_idx" ON "quote"("occurrence_count");
CREATE INDEX "quote_outlet_count_idx" ON "quote"("outlet_count");
CREATE INDEX "quote_first_seen_at_idx" ON "quote"("first_seen_at");
CREATE INDEX "quote_last_seen_at_idx" ON "quote"("last_seen_at");
CREATE INDEX "statement_quote_form_id_idx" ON "statement"("quote_form_id");

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quote" ADD CONSTRAINT "quote_first_article_id_fkey" FOREIGN KEY ("first_article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "statement" ADD CONSTRAINT "statement_quote_form_id_fkey" FOREIGN KEY ("quote_form_id") REFERENCES "quote_form"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The words a statement says as written: its content pieces (offsets into the article body, so relative
-- to the statement's own start here), joined by a space; the whole text when it has no pieces.
-- The one place that reads a statement's words: once statement.content is stored, this reads it.
CREATE FUNCTION "newsgraph_statement_content"("text" TEXT, "start" INTEGER, "pieces" JSONB)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN jsonb_array_length(coalesce(pieces, '[]')) = 0 THEN text ELSE (
    SELECT string_agg(substr(text, (p->>'start')::int - start + 1, (p->>'end')::int - (p->>'start')::int), ' ' ORDER BY (p->>'start')::int)
    FROM jsonb_array_elements(pieces) AS p) END
$$;

-- Words compared: lower case; apostrophes and quote marks dropped inside words ("don’t" = "dont"); any
-- other run of characters that are not letters or digits (punctuation, dashes, quote marks, white space)
-- is one space.
CREATE FUNCTION "newsgraph_quote_words"("content" TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(lower(content), '[''’‘`´]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- Who a form is by, as one key: 'PERSON:12', 'ORGANIZATION:3' or 'NONE'.
CREATE FUNCTION "newsgraph_speaker_key"("person" INTEGER, "organization" INTEGER)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN person IS NOT NULL THEN 'PERSON:' || person WHEN organization IS NOT NULL THEN 'ORGANIZATION:' || organization ELSE 'NONE' END
$$;

-- The form row for a speaker and words, created when new. Forms are never deleted (a form no statement
-- has is kept with quote_id NULL), so a concurrent writer never points a statement at a vanished row.
CREATE FUNCTION "newsgraph_quote_form_id"("person" INTEGER, "organization" INTEGER, "words" TEXT)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  v_key TEXT := newsgraph_speaker_key(person, organization);
  v_hash TEXT := md5(words);
  v_id INTEGER;
  v_split TEXT[];
BEGIN
  SELECT f.id INTO v_id FROM "quote_form" f WHERE f.speaker_key = v_key AND f.words_hash = v_hash;
  IF v_id IS NULL THEN
    v_split := CASE WHEN words = '' THEN '{}'::TEXT[] ELSE string_to_array(words, ' ') END;
    INSERT INTO "quote_form" (speaker_key, speaker_person_id, speaker_organization_id, words, words_hash, word_count, head)
    VALUES (v_key, person, CASE WHEN person IS NULL THEN organization END, words, v_hash, cardinality(v_split),
            CASE WHEN cardinality(v_split) >= 5 THEN array_to_string(v_split[1:5], ' ') END)
    ON CONFLICT (speaker_key, words_hash) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
      SELECT f.id INTO v_id FROM "quote_form" f WHERE f.speaker_key = v_key AND f.words_hash = v_hash;
    END IF;
  END IF;
  RETURN v_id;
END $$;

CREATE FUNCTION "newsgraph_statement_quote_form"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.speaker_person_id IS DISTINCT FROM OLD.speaker_person_id
     OR NEW.speaker_organization_id IS DISTINCT FROM OLD.speaker_organization_id
     OR NEW.text IS DISTINCT FROM OLD.text OR NEW.pieces IS DISTINCT FROM OLD.pieces OR NEW.quote_form_id IS NULL THEN
    NEW.quote_form_id := newsgraph_quote_form_id(NEW.speaker_person_id, NEW.speaker_organization_id,
      newsgraph_quote_words(newsgraph_statement_content(NEW.text, NEW.start, NEW.pieces)));
  END IF;
  RETURN NEW;
END $$;

-- The quote a present form belongs to: the longest present form of its speaker whose words contain its
-- words (ties: the smaller words, then the smaller id); itself when there is none or it has < 5 words.
CREATE FUNCTION "newsgraph_quote_of_form"("form_id" INTEGER, "form_speaker_key" TEXT, "form_words" TEXT, "form_word_count" INTEGER)
RETURNS INTEGER LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_id INTEGER;
BEGIN
  IF form_word_count < 5 THEN RETURN form_id; END IF;
  SELECT c.id INTO v_id FROM "quote_form" c
  WHERE to_tsvector('simple'::regconfig, c.words) @@ phraseto_tsquery('simple'::regconfig, form_words) AND c.speaker_key = form_speaker_key
    AND c.quote_id IS NOT NULL AND strpos(' ' || c.words || ' ', ' ' || form_words || ' ') > 0
  ORDER BY c.word_count DESC, c.words, c.id LIMIT 1;
  RETURN coalesce(v_id, form_id);
END $$;

-- Counts, dates, first article and text of quotes, from their statements; a quote without statements
-- (or no longer a quote) loses its row.
CREATE FUNCTION "newsgraph_recount_quotes"("quote_ids" INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "quote" q WHERE q.id = ANY(quote_ids)
    AND NOT EXISTS (SELECT 1 FROM "quote_form" f WHERE f.id = q.id AND f.quote_id = f.id);
  -- The LATERAL ... OFFSET 0 subqueries read each form's statements by statement_quote_form_id_idx:
  -- a quote has a handful of them, and a plan that scans every statement must not be an option.
  INSERT INTO "quote" AS q (id, speaker_person_id, speaker_organization_id, text, words, occurrence_count, article_count,
    outlet_count, first_seen_at, last_seen_at, first_article_id)
  SELECT f.id, f.speaker_person_id, f.speaker_organization_id,
    (SELECT newsgraph_statement_content(s.text, s.start, s.pieces)
     FROM (SELECT s.text, s.start, s.pieces, s.published_at, s.id FROM "statement" s WHERE s.quote_form_id = f.id OFFSET 0) s
     ORDER BY s.published_at NULLS LAST, s.id LIMIT 1),
    f.words, c.occurrences, c.articles, c.outlets, c.first_seen, c.last_seen, c.first_article
  FROM "quote_form" f
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS occurrences, count(DISTINCT s.article_id)::int AS articles, count(DISTINCT a.outlet)::int AS outlets,
      min(s.published_at) AS first_seen, max(s.published_at) AS last_seen,
      (array_agg(s.article_id ORDER BY s.published_at NULLS LAST, s.id))[1] AS first_article
    FROM "quote_form" m
    CROSS JOIN LATERAL (SELECT s.article_id, s.published_at, s.id FROM "statement" s WHERE s.quote_form_id = m.id OFFSET 0) s
    JOIN "article" a ON a.id = s.article_id
    WHERE m.quote_id = f.id) c
  WHERE f.id = ANY(quote_ids) AND f.quote_id = f.id AND c.occurrences > 0
  ORDER BY f.id
  ON CONFLICT (id) DO UPDATE SET text = excluded.text, words = excluded.words, occurrence_count = excluded.occurrence_count,
    article_count = excluded.article_count, outlet_count = excluded.outlet_count, first_seen_at = excluded.first_seen_at,
    last_seen_at = excluded.last_seen_at, first_article_id = excluded.first_article_id,
    speaker_person_id = excluded.speaker_person_id, speaker_organization_id = excluded.speaker_organization_id;
END $$;

-- After statements of these forms were written: forms that gained their first statement or lost their
-- last one change the quotes of the forms they contain; every quote touched is recounted.
CREATE FUNCTION "newsgraph_requote_forms"("form_ids" INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_flipped INTEGER[];
  v_affected INTEGER[];
  v_touched INTEGER[];
  v_keys INTEGER[];
  v_quotes INTEGER[];
BEGIN
  IF form_ids IS NULL OR cardinality(form_ids) = 0 THEN RETURN; END IF;
  -- Two writers whose forms may contain one another meet on a lock: each locks, for every form it
  -- touches, the speaker's 5-word windows of the form (the form itself under 5 words). A form containing
  -- another has the shorter one's first 5 words among its windows. Locks are taken in key order. A
  -- transaction with more than 2,000 such keys (a huge article, a bulk delete) takes the one exclusive
  -- lock that every other writer holds shared instead, so the lock table stays small.
  SELECT array_agg(k ORDER BY k) INTO v_keys FROM (
    SELECT DISTINCT hashtext(f.speaker_key || '|' || CASE WHEN f.word_count < 5 THEN f.words ELSE array_to_string(w.words[i:i + 4], ' ') END) AS k
    FROM "quote_form" f CROSS JOIN LATERAL (SELECT string_to_array(f.words, ' ') AS words) w
    CROSS JOIN LATERAL generate_series(1, greatest(f.word_count - 4, 1)) AS i
    WHERE f.id = ANY(form_ids)) l;
  IF cardinality(v_keys) > 2000 THEN
    PERFORM pg_advisory_xact_lock(1414, 0);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(1414, 0);
    PERFORM pg_advisory_xact_lock(1413, k) FROM unnest(v_keys) AS k;
  END IF;

  SELECT array_agg(f.quote_id) FILTER (WHERE f.quote_id IS NOT NULL),
         array_agg(f.id) FILTER (WHERE (f.quote_id IS NOT NULL) <> EXISTS (SELECT 1 FROM "statement" s WHERE s.quote_form_id = f.id))
  INTO v_touched, v_flipped
  FROM "quote_form" f WHERE f.id = ANY(form_ids);

  IF v_flipped IS NOT NULL THEN
    -- Presence first (a present form has a quote_id; itself until assigned).
    UPDATE "quote_form" f SET quote_id = CASE WHEN f.quote_id IS NULL THEN f.id END WHERE f.id = ANY(v_flipped);
    -- The flipped forms, and the present forms of their speakers that they contain: found by the form's
    -- first 5 words among the flipped form's 5-word windows (an index probe per window).
    SELECT array_agg(DISTINCT g.id) INTO v_affected FROM (
      SELECT unnest(v_flipped) AS id
      UNION ALL
      SELECT g.id FROM "quote_form" s
      CROSS JOIN LATERAL (SELECT string_to_array(s.words, ' ') AS w) sw
      CROSS JOIN LATERAL generate_series(1, s.word_count - 4) AS i
      JOIN "quote_form" g ON g.head = array_to_string(sw.w[i:i + 4], ' ') AND g.speaker_key = s.speaker_key
      WHERE s.id = ANY(v_flipped) AND s.word_count >= 5 AND g.quote_id IS NOT NULL AND g.id <> s.id
        AND g.word_count <= s.word_count AND strpos(' ' || s.words || ' ', ' ' || g.words || ' ') > 0
    ) g;
    SELECT v_touched || array_agg(f.quote_id) FILTER (WHERE f.quote_id IS NOT NULL) INTO v_touched
    FROM "quote_form" f WHERE f.id = ANY(v_affected);
    -- Assigned in two steps: every affected form's quote is computed before any is written.
    UPDATE "quote_form" f SET quote_id = n.quote_id
    FROM (SELECT a.id, newsgraph_quote_of_form(a.id, a.speaker_key, a.words, a.word_count) AS quote_id FROM "quote_form" a
          WHERE a.id = ANY(v_affected) AND a.quote_id IS NOT NULL ORDER BY a.id) n
    WHERE f.id = n.id AND f.quote_id IS DISTINCT FROM n.quote_id;
    SELECT v_touched || array_agg(f.quote_id) FILTER (WHERE f.quote_id IS NOT NULL) || v_flipped INTO v_touched
    FROM "quote_form" f WHERE f.id = ANY(v_affected);
  END IF;
  -- Forms of one quote need not share a window: the quotes recounted are locked too, in id order.
  v_quotes := ARRAY(SELECT DISTINCT q FROM unnest(v_touched) AS q WHERE q IS NOT NULL ORDER BY 1);
  PERFORM pg_advisory_xact_lock(1416, q) FROM unnest(v_quotes) AS q;
  PERFORM newsgraph_recount_quotes(v_quotes);
END $$;

CREATE FUNCTION "newsgraph_statements_requote"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM newsgraph_requote_forms(ARRAY(SELECT DISTINCT quote_form_id FROM new_rows WHERE quote_form_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM newsgraph_requote_forms(ARRAY(SELECT DISTINCT quote_form_id FROM old_rows WHERE quote_form_id IS NOT NULL));
  ELSE
    -- Only when a statement changed form, or its article's date (first seen) changed.
    PERFORM newsgraph_requote_forms(ARRAY(
      SELECT DISTINCT f FROM (
        SELECT o.quote_form_id AS f FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.quote_form_id IS DISTINCT FROM n.quote_form_id OR o.published_at IS DISTINCT FROM n.published_at
        UNION ALL
        SELECT n.quote_form_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.quote_form_id IS DISTINCT FROM n.quote_form_id OR o.published_at IS DISTINCT FROM n.published_at) c
      WHERE f IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

-- Brute force, for checking the triggers: every present form with the quote it belongs to by the
-- definition above, comparing every pair of forms of a speaker.
CREATE FUNCTION "newsgraph_quotes_from_scratch"()
RETURNS TABLE ("form_id" INTEGER, "quote_id" INTEGER) LANGUAGE sql STABLE AS $$
  WITH present AS (
    SELECT f.* FROM "quote_form" f WHERE EXISTS (SELECT 1 FROM "statement" s WHERE s.quote_form_id = f.id)
  )
  SELECT g.id, (
    SELECT c.id FROM present c
    WHERE c.speaker_key = g.speaker_key
      AND (c.id = g.id OR (g.word_count >= 5 AND strpos(' ' || c.words || ' ', ' ' || g.words || ' ') > 0))
    ORDER BY c.word_count DESC, c.words, c.id LIMIT 1)
  FROM present g
$$;

-- What is already stored.
UPDATE "statement" SET quote_form_id = newsgraph_quote_form_id(speaker_person_id, speaker_organization_id,
  newsgraph_quote_words(newsgraph_statement_content(text, start, pieces)));
UPDATE "quote_form" f SET quote_id = q.quote_id FROM newsgraph_quotes_from_scratch() q WHERE q.form_id = f.id;
SELECT newsgraph_recount_quotes(ARRAY(SELECT id FROM "quote_form" WHERE quote_id = id));

CREATE TRIGGER "statement_quote_form" BEFORE INSERT OR UPDATE ON "statement"
    FOR EACH ROW EXECUTE FUNCTION "newsgraph_statement_quote_form"();
CREATE TRIGGER "statement_quotes_insert" AFTER INSERT ON "statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();
CREATE TRIGGER "statement_quotes_delete" AFTER DELETE ON "statement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();
CREATE TRIGGER "statement_quotes_update" AFTER UPDATE ON "statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();
