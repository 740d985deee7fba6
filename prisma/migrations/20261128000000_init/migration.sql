-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT', 'PARTIAL', 'MIXED');

-- CreateEnum
CREATE TYPE "MentionForm" AS ENUM ('NAME', 'SHORT_NAME', 'ACRONYM', 'PRONOUN', 'ROLE');

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "canonical_url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "body" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "metadata" INTEGER[],
    "boilerplate" JSONB NOT NULL DEFAULT '[]',
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "aliases" TEXT[],
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "aliases" TEXT[],
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_mention" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" "MentionForm" NOT NULL,
    "role" TEXT,

    CONSTRAINT "person_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_mention" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" "MentionForm" NOT NULL,

    CONSTRAINT "organization_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "pieces" JSONB NOT NULL DEFAULT '[]',
    "cue" TEXT,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "speaker_person_id" INTEGER,
    "speaker_organization_id" INTEGER,
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id"),
    -- A statement has one speaker at most: a person or an organization.
    CONSTRAINT "statement_one_speaker" CHECK ("speaker_person_id" IS NULL OR "speaker_organization_id" IS NULL)
);

-- CreateTable
CREATE TABLE "statement_person" (
    "statement_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,

    CONSTRAINT "statement_person_pkey" PRIMARY KEY ("statement_id","person_id")
);

-- CreateTable
CREATE TABLE "statement_organization" (
    "statement_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,

    CONSTRAINT "statement_organization_pkey" PRIMARY KEY ("statement_id","organization_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "article_canonical_url_key" ON "article"("canonical_url");

-- CreateIndex
CREATE INDEX "article_outlet_idx" ON "article"("outlet");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "person_name_key_key" ON "person"("name_key");

-- CreateIndex
CREATE UNIQUE INDEX "organization_name_key_key" ON "organization"("name_key");

-- CreateIndex
CREATE INDEX "person_mention_article_id_idx" ON "person_mention"("article_id");

-- CreateIndex
CREATE INDEX "person_mention_person_id_idx" ON "person_mention"("person_id");

-- CreateIndex
CREATE INDEX "organization_mention_article_id_idx" ON "organization_mention"("article_id");

-- CreateIndex
CREATE INDEX "organization_mention_organization_id_idx" ON "organization_mention"("organization_id");

-- CreateIndex
CREATE INDEX "statement_article_id_idx" ON "statement"("article_id");

-- CreateIndex
CREATE INDEX "statement_speaker_person_id_idx" ON "statement"("speaker_person_id");

-- CreateIndex
CREATE INDEX "statement_speaker_organization_id_idx" ON "statement"("speaker_organization_id");

-- CreateIndex
CREATE INDEX "statement_person_person_id_idx" ON "statement_person"("person_id");

-- CreateIndex
CREATE INDEX "statement_organization_organization_id_idx" ON "statement_organization"("organization_id");

-- AddForeignKey
ALTER TABLE "person_mention" ADD CONSTRAINT "person_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_mention" ADD CONSTRAINT "person_mention_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_mention" ADD CONSTRAINT "organization_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_mention" ADD CONSTRAINT "organization_mention_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_person" ADD CONSTRAINT "statement_person_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_person" ADD CONSTRAINT "statement_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_organization" ADD CONSTRAINT "statement_organization_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_organization" ADD CONSTRAINT "statement_organization_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
