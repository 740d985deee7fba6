-- After statements of these forms were written: forms that gained their first statement or lost their
-- last one change the quotes of the forms they contain; every quote touched is recounted.
CREATE OR REPLACE FUNCTION "newsgraph_requote_forms"("form_ids" INTEGER[])
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
    SELECT DISTINCT hashtext(f.speaker_key || '|' || CASE WHEN f.word_count < 5 OR f.speaker_key = 'NONE' THEN f.words ELSE array_to_string(w.words[i:i + 4], ' ') END) AS k
    FROM "quote_form" f CROSS JOIN LATERAL (SELECT string_to_array(f.words, ' ') AS words) w
    CROSS JOIN LATERAL generate_series(1, CASE WHEN f.speaker_key = 'NONE' THEN 1 ELSE greatest(f.word_count - 4, 1) END) AS i
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
      WHERE s.id = ANY(v_flipped) AND s.word_count >= 5 AND s.speaker_key <> 'NONE' AND g.quote_id IS NOT NULL AND g.id <> s.id
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
