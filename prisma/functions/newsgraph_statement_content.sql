-- The words a statement says as written: its content pieces (offsets into the article body, so relative
-- to the statement's own start here), joined by a space; the whole text when it has no pieces.
-- The one place that reads a statement's words: once statement.content is stored, this reads it.
CREATE OR REPLACE FUNCTION "newsgraph_statement_content"("text" TEXT, "start" INTEGER, "pieces" JSONB)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN jsonb_array_length(coalesce(pieces, '[]')) = 0 THEN text ELSE (
    SELECT string_agg(substr(text, (p->>'start')::int - start + 1, (p->>'end')::int - (p->>'start')::int), ' ' ORDER BY (p->>'start')::int)
    FROM jsonb_array_elements(pieces) AS p) END
$$;
