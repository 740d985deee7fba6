-- Brute force, for checking the triggers: every present form with the quote it belongs to by the
-- definition above, comparing every pair of forms of a speaker.
CREATE OR REPLACE FUNCTION "newsgraph_quotes_from_scratch"()
RETURNS TABLE ("form_id" INTEGER, "quote_id" INTEGER) LANGUAGE sql STABLE AS $$
  WITH present AS (
    SELECT f.* FROM "quote_form" f WHERE EXISTS (SELECT 1 FROM "statement" s WHERE s.quote_form_id = f.id)
  )
  SELECT g.id, (
    SELECT c.id FROM present c
    WHERE c.speaker_key = g.speaker_key
      AND (c.id = g.id OR (g.word_count >= 5 AND g.speaker_key <> 'NONE' AND strpos(' ' || c.words || ' ', ' ' || g.words || ' ') > 0))
    ORDER BY c.word_count DESC, c.words, c.id LIMIT 1)
  FROM present g
$$;
