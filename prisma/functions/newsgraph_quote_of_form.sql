-- The quote a present form belongs to: the longest present form of its speaker whose words contain its
-- words (ties: the smaller words, then the smaller id); itself when there is none or it has < 5 words.
CREATE OR REPLACE FUNCTION "newsgraph_quote_of_form"("form_id" INTEGER, "form_speaker_key" TEXT, "form_words" TEXT, "form_word_count" INTEGER)
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
