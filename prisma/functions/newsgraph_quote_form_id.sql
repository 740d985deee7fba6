-- The form row for a speaker and words, created when new. Forms are never deleted (a form no statement
-- has is kept with quote_id NULL), so a concurrent writer never points a statement at a vanished row.
CREATE OR REPLACE FUNCTION "newsgraph_quote_form_id"("person" INTEGER, "organization" INTEGER, "words" TEXT)
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
