-- Every statement gets its content (only the quoted or reported words: the pieces joined by one space)
-- and the extractor's confidence in it (0 to 1, calibrated; null for rows stored before it existed).
ALTER TABLE "statement" ADD COLUMN "content" TEXT;
ALTER TABLE "statement" ADD COLUMN "confidence" REAL;

-- Existing rows: the content from the stored pieces and article body (pieces are offsets into the body).
UPDATE "statement" s
SET "content" = coalesce((
  SELECT string_agg(substr(a.body, (p->>'start')::INTEGER + 1, (p->>'end')::INTEGER - (p->>'start')::INTEGER), ' ' ORDER BY ord)
  FROM "article" a, jsonb_array_elements(s.pieces) WITH ORDINALITY AS piece(p, ord)
  WHERE a.id = s.article_id
), s.text);

ALTER TABLE "statement" ALTER COLUMN "content" SET NOT NULL;
ALTER TABLE "statement" ADD CONSTRAINT "statement_confidence_range" CHECK ("confidence" IS NULL OR ("confidence" >= 0 AND "confidence" <= 1));
