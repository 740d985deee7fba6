-- Counts, dates, first article and text of quotes, from their statements; a quote without statements
-- (or no longer a quote) loses its row.
CREATE OR REPLACE FUNCTION "newsgraph_recount_quotes"("quote_ids" INTEGER[])
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
