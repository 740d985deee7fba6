-- Syndication: articles whose bodies are nearly the same (a wire story under several URLs, with a small
-- edit, an added paragraph or another headline) form one group, whose earliest published article is
-- the original and the others copies.
--
-- Each article's body has a MinHash signature of 100 values over its 5-word shingles, computed at
-- extraction (server/extract/minhash.ts). Its 20 bands of 5 values are hashed into syndication_band:
-- two articles sharing a (band, bucket) are candidates (an index probe per band, never a scan), and a
-- candidate is a copy when the estimated Jaccard similarity of the two signatures (the share of equal
-- values) is at least 0.8. With 20 bands of 5, a pair at similarity 0.8 becomes a candidate with
-- probability 1 - (1 - 0.8^5)^20 = 99.97%, a pair at 0.5 with 47% (and is then refused), at 0.3 with 5%.
-- Groups are the connected components of "candidate and similar": a new article joins (and merges) the
-- groups of its copies; deleting or changing an article splits its group into what stays connected.
--
-- Kept by newsgraph_syndicate_article (called by ingestion with the article's signature, in the same
-- statement as newsgraph_ingest_article) and a trigger on article_syndication's deletions (an article
-- deleted, or re-ingested with other text). Concurrency: a writer takes an advisory lock per band bucket
-- of its article (sorted), so two copies ingested at once meet; candidate rows and groups are locked
-- (FOR UPDATE, in id order) before they are read and changed; a group that vanished meanwhile makes the
-- transaction run again (serialization_failure, retried by ingestion).

-- CreateTable
CREATE TABLE "article_syndication" (
    "article_id" INTEGER NOT NULL,
    "signature" INTEGER[],
    "wire_service" TEXT,
    "group_id" INTEGER,
    "is_copy" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "article_syndication_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "syndication_band" (
    "band" INTEGER NOT NULL,
    "bucket" BIGINT NOT NULL,
    "article_id" INTEGER NOT NULL,

    CONSTRAINT "syndication_band_pkey" PRIMARY KEY ("band", "bucket", "article_id")
);

-- CreateTable
CREATE TABLE "syndication_group" (
    "id" SERIAL NOT NULL,
    "original_article_id" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,

    CONSTRAINT "syndication_group_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_syndication_group_id_idx" ON "article_syndication"("group_id");
CREATE INDEX "syndication_band_article_id_idx" ON "syndication_band"("article_id");
-- The copies, for copies: EXCLUDE / ONLY.
CREATE INDEX "article_syndication_copy_idx" ON "article_syndication"("article_id") WHERE "is_copy";

-- AddForeignKey
ALTER TABLE "article_syndication" ADD CONSTRAINT "article_syndication_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_syndication" ADD CONSTRAINT "article_syndication_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "syndication_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "syndication_band" ADD CONSTRAINT "syndication_band_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
