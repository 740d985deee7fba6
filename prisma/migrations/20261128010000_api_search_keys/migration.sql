-- The analyst API: full-text search, fuzzy name search, curated name redirects and API keys.
-- Statements are searched through the expression index statement_text_search_idx of the bulk-ingest migration.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- The SQL twin of server/ingest/name-key.ts: accents, case, dots and spacing do not count.
-- IMMUTABLE (with the dictionary named) so that generated columns and indexes may use it.
CREATE FUNCTION "newsgraph_name_key"("name" TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary, "name")), '’', ''''), '.', ''), '[[:space:]‐‑‒–—―-]+', ' ', 'g')) $$;

-- The name keys of a list of names, without duplicates.
CREATE FUNCTION "newsgraph_name_keys"("names" TEXT[]) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT "newsgraph_name_key"(n) ORDER BY "newsgraph_name_key"(n)), ARRAY[]::TEXT[]) FROM unnest("names") AS n WHERE n IS NOT NULL $$;

-- One string of every way an entity is named, for trigram (fuzzy and prefix) matching.
CREATE FUNCTION "newsgraph_search_names"("name" TEXT, "aliases" TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string("newsgraph_name_keys"(array_prepend("name", coalesce("aliases", ARRAY[]::TEXT[]))), ' | ') $$;

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('READER', 'EDITOR');

-- CreateTable
CREATE TABLE "api_key" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");

-- AlterTable: name keys that a merge or a rename folded into this row; ingestion maps them to this row
-- (server/curation/merged-keys.ts).
ALTER TABLE "person" ADD COLUMN "merged_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "organization" ADD COLUMN "merged_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Generated columns (not in schema.prisma: only raw SQL reads them).
ALTER TABLE "person" ADD COLUMN "alias_keys" TEXT[] GENERATED ALWAYS AS ("newsgraph_name_keys"("aliases")) STORED;
ALTER TABLE "person" ADD COLUMN "search_names" TEXT GENERATED ALWAYS AS ("newsgraph_search_names"("name", "aliases")) STORED;
ALTER TABLE "organization" ADD COLUMN "alias_keys" TEXT[] GENERATED ALWAYS AS ("newsgraph_name_keys"("aliases")) STORED;
ALTER TABLE "organization" ADD COLUMN "search_names" TEXT GENERATED ALWAYS AS ("newsgraph_search_names"("name", "aliases")) STORED;
-- Bodies are cut at 200,000 characters: a tsvector holds at most 1 MB.
ALTER TABLE "article" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, left("body", 200000)), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");
CREATE INDEX "person_search_names_trgm_idx" ON "person" USING GIN ("search_names" gin_trgm_ops);
CREATE INDEX "organization_search_names_trgm_idx" ON "organization" USING GIN ("search_names" gin_trgm_ops);
CREATE INDEX "person_alias_keys_idx" ON "person" USING GIN ("alias_keys");
CREATE INDEX "organization_alias_keys_idx" ON "organization" USING GIN ("alias_keys");
CREATE INDEX "person_merged_keys_idx" ON "person" USING GIN ("merged_keys");
CREATE INDEX "organization_merged_keys_idx" ON "organization" USING GIN ("merged_keys");
