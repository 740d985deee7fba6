-- The API's default orderings (newest first, undated last) as indexes, so a first page is an index scan
-- instead of a sort of every row. The expressions are the sort keys of server/schema/filters/*-order.ts.

-- CreateIndex
CREATE INDEX "statement_published_order_idx" ON "statement" ((coalesce("published_at", '-infinity'::timestamptz)), "id");

-- CreateIndex
CREATE INDEX "article_published_order_idx" ON "article" ((coalesce("published_at", '-infinity'::timestamptz)), "id");
