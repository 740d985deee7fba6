-- Quotes: statements with the same words and the same speaker, across articles, are one quote.
--
-- A statement's words (newsgraph_statement_words) are its content pieces, lower-cased, with quote marks,
-- apostrophes, dashes, punctuation and runs of white space folded away ("Peskov's" and “Peskov’s,” agree).
-- Each distinct (speaker, words) is a quote_form; statement.quote_form_id points to it (set by a BEFORE
-- trigger, so a statement is written once). A form belongs to the quote of the longest present form of the
-- same speaker that contains its words (word-aligned; a form of fewer than 5 words only joins identical
-- words, so "a disaster" does not join every longer quote with those words in it): a shortened quote joins
-- the full one. A form that no longer form contains is a quote itself, and its row in "quote" has its id.
-- Statements without a speaker are grouped by their words alone (speaker_key 'NONE'), identical words only.
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

-- Statements already stored are filed by prisma/functions/newsgraph_unfiled_quotes.sql, applied after
-- the migrations with the triggers and functions of prisma/functions.
