-- Articles carry their language (ISO 639-1), and full-text search stems each article and statement in it:
-- PostgreSQL's configuration of that language ("german" for de), 'simple' (no stemming) for a language
-- PostgreSQL has none for. Extraction runs only in the languages it was trained for; the others are
-- stored with extraction SKIPPED_LANGUAGE and no statements.

CREATE TYPE "ExtractionStatus" AS ENUM ('DONE', 'SKIPPED_LANGUAGE');

ALTER TABLE "article" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "extraction" "ExtractionStatus" NOT NULL DEFAULT 'DONE';
-- The article's language, copied onto its statements (as published_at is): their search vector needs it.
ALTER TABLE "statement" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

-- The text-search configuration of an ISO 639-1 language: PostgreSQL's built-in (Snowball) ones.
-- IMMUTABLE so that generated columns may use it; the API's queries (server/schema/filters/text-search.ts)
-- name every configuration it returns.
CREATE FUNCTION "newsgraph_search_config"("language" TEXT) RETURNS regconfig
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT (CASE "language"
    WHEN 'ar' THEN 'arabic'::regconfig WHEN 'ca' THEN 'catalan'::regconfig WHEN 'da' THEN 'danish'::regconfig WHEN 'de' THEN 'german'::regconfig
    WHEN 'el' THEN 'greek'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'eu' THEN 'basque'::regconfig
    WHEN 'fi' THEN 'finnish'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'ga' THEN 'irish'::regconfig WHEN 'hi' THEN 'hindi'::regconfig
    WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'hy' THEN 'armenian'::regconfig WHEN 'id' THEN 'indonesian'::regconfig WHEN 'it' THEN 'italian'::regconfig
    WHEN 'lt' THEN 'lithuanian'::regconfig WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'ne' THEN 'nepali'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
    WHEN 'nn' THEN 'norwegian'::regconfig WHEN 'no' THEN 'norwegian'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'ro' THEN 'romanian'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig WHEN 'sr' THEN 'serbian'::regconfig WHEN 'sv' THEN 'swedish'::regconfig WHEN 'ta' THEN 'tamil'::regconfig
    WHEN 'tr' THEN 'turkish'::regconfig WHEN 'yi' THEN 'yiddish'::regconfig
    ELSE 'simple'::regconfig END) $$;

-- The search vectors, rebuilt in each row's language (a generated column's expression cannot be altered).
-- Bodies are cut at 200,000 characters: a tsvector holds at most 1 MB.
DROP INDEX "article_search_vector_idx";
ALTER TABLE "article" DROP COLUMN "search_vector";
ALTER TABLE "article" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("newsgraph_search_config"("language"), "title"), 'A') ||
  setweight(to_tsvector("newsgraph_search_config"("language"), left("body", 200000)), 'B')
) STORED;
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");

DROP INDEX "statement_search_vector_idx";
ALTER TABLE "statement" DROP COLUMN "search_vector";
ALTER TABLE "statement" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector("newsgraph_search_config"("language"), "text")
) STORED;
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector");

-- Each row's configuration, stored: a search tries each configuration as "search_config = X AND
-- search_vector @@ query in X", and compares it on every row it checks (computing it from the language
-- there took 60 times as long as the search itself). With the index, PostgreSQL answers the branch of a
-- language no row has from a btree instead of probing the GIN index once more. Not in schema.prisma.
ALTER TABLE "article" ADD COLUMN "search_config" regconfig GENERATED ALWAYS AS ("newsgraph_search_config"("language")) STORED;
ALTER TABLE "statement" ADD COLUMN "search_config" regconfig GENERATED ALWAYS AS ("newsgraph_search_config"("language")) STORED;
CREATE INDEX "article_search_config_idx" ON "article" ("search_config");
CREATE INDEX "statement_search_config_idx" ON "statement" ("search_config");
