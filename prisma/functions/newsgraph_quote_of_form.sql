-- The quote a present form belongs to: the longest present form of its speaker whose words contain its
-- words (ties: the smaller words, then the smaller id); itself when there is none, when it has < 5 words,
-- or when it has no speaker (unattributed words join identical words only: they are mostly fragments).
CREATE OR REPLACE FUNCTION "newsgraph_quote_of_form"("form_id" INTEGER, "form_speaker_key" TEXT, "form_words" TEXT, "form_word_count" INTEGER)
RETURNS INTEGER LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_id INTEGER;
BEGIN
  IF form_word_count < 5 OR form_speaker_key = 'NONE' THEN RETURN form_id; END IF;
  -- EXECUTE: planned for this speaker, so that a speaker with few forms is read through the unique
  -- (speaker_key, words_hash) index rather than the phrase index.
  EXECUTE $q$
    SELECT c.id FROM "quote_form" c
    WHERE to_tsvector('simple'::regconfig, c.words) @@ phraseto_tsquery('simple'::regconfig, $2) AND c.speaker_key = $1
      AND c.quote_id IS NOT NULL AND strpos(' ' || c.words || ' ', ' ' || $2 || ' ') > 0
    ORDER BY c.word_count DESC, c.words, c.id LIMIT 1 $q$
  INTO v_id USING form_speaker_key, form_words;
  RETURN coalesce(v_id, form_id);
END $$;
