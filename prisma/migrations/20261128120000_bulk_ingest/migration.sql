-- Bulk ingestion and corpus-scale queries (issue 6).

-- AlterTable
-- The article's publication date copied onto each statement (written with it, replaced with it), so that
-- "what X said between two dates" is one index range instead of a join over every statement of X.
ALTER TABLE "statement" ADD COLUMN "published_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "statement_speaker_person_id_published_at_idx" ON "statement"("speaker_person_id", "published_at");

-- CreateIndex
CREATE INDEX "statement_published_at_idx" ON "statement"("published_at");

-- Full-text search over what was said. An expression index, which schema.prisma cannot declare: queries
-- must use the same expression, to_tsvector('english', "text"), for the index to apply.
CREATE INDEX "statement_text_search_idx" ON "statement" USING GIN (to_tsvector('english', "text"));

-- A one-word person name ("Putin") joins the one stored person whose name ends with it: LIKE '% putin'
-- has a leading wildcard, so it is asked as a prefix of the reversed key, which this index answers.
CREATE INDEX "person_name_key_reverse_idx" ON "person"(reverse("name_key") text_pattern_ops);

-- Statements per speaker and month: the top-speakers aggregate reads this instead of counting millions of
-- statements. A materialized view, refreshed after each bulk ingestion (REFRESH ... CONCURRENTLY).
CREATE MATERIALIZED VIEW "speaker_month_stat" AS
    SELECT "speaker_person_id" AS "person_id",
           date_trunc('month', "published_at" AT TIME ZONE 'UTC')::date AS "month",
           count(*)::integer AS "statements"
    FROM "statement"
    WHERE "speaker_person_id" IS NOT NULL
    GROUP BY 1, 2;

-- CreateIndex
CREATE UNIQUE INDEX "speaker_month_stat_person_id_month_key" ON "speaker_month_stat"("person_id", "month") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "speaker_month_stat_month_idx" ON "speaker_month_stat"("month");
