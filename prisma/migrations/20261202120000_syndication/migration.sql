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

-- The share of equal values of two signatures: the estimated Jaccard similarity of the shingle sets.
CREATE FUNCTION "newsgraph_minhash_similarity"("a" INTEGER[], "b" INTEGER[])
RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(a) = 0 OR cardinality(a) <> cardinality(b) THEN 0
    ELSE (SELECT count(*) FILTER (WHERE x = y)::float8 / count(*) FROM unnest(a, b) AS t(x, y)) END
$$;

-- The 20 bands of a signature of 100 values (5 values a band), each hashed to a bucket.
CREATE FUNCTION "newsgraph_minhash_bands"("signature" INTEGER[])
RETURNS TABLE ("band" INTEGER, "bucket" BIGINT) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT b, hashtextextended(array_to_string(signature[b * 5 + 1:b * 5 + 5], ','), b)
  FROM generate_series(0, cardinality(signature) / 5 - 1) AS b
$$;

-- A group's size, original (earliest published; undated last; then the smaller id) and copies; a group
-- left with one article (or none) is dissolved.
CREATE FUNCTION "newsgraph_refresh_syndication_group"("group_id" INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_size INTEGER;
  v_original INTEGER;
BEGIN
  SELECT count(*), (array_agg(s.article_id ORDER BY a.published_at NULLS LAST, a.id))[1] INTO v_size, v_original
  FROM "article_syndication" s JOIN "article" a ON a.id = s.article_id WHERE s.group_id = newsgraph_refresh_syndication_group.group_id;
  IF v_size < 2 THEN
    UPDATE "article_syndication" s SET group_id = NULL, is_copy = false WHERE s.group_id = newsgraph_refresh_syndication_group.group_id;
    DELETE FROM "syndication_group" g WHERE g.id = newsgraph_refresh_syndication_group.group_id;
    RETURN;
  END IF;
  UPDATE "syndication_group" g SET size = v_size, original_article_id = v_original
  WHERE g.id = newsgraph_refresh_syndication_group.group_id AND (g.size, g.original_article_id) IS DISTINCT FROM (v_size, v_original);
  UPDATE "article_syndication" s SET is_copy = (s.article_id <> v_original)
  WHERE s.group_id = newsgraph_refresh_syndication_group.group_id AND s.is_copy IS DISTINCT FROM (s.article_id <> v_original);
END $$;

-- Stores an ingested article's signature and wire service, and puts it in the group of its copies.
-- Nothing for an unchanged article; an updated one leaves its old group first.
CREATE FUNCTION "newsgraph_syndicate_article"("article_id" INTEGER, "status" TEXT, "signature" INTEGER[], "wire_service" TEXT)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_id INTEGER := newsgraph_syndicate_article.article_id;
  v_similar INTEGER[];
  v_locked INTEGER[];
  v_groups INTEGER[];
  v_found INTEGER;
  v_target INTEGER;
BEGIN
  IF status = 'UNCHANGED' THEN RETURN; END IF;
  IF status = 'UPDATED' THEN
    DELETE FROM "article_syndication" s WHERE s.article_id = v_id;
    DELETE FROM "syndication_band" b WHERE b.article_id = v_id;
  END IF;
  PERFORM pg_advisory_xact_lock(1415, k) FROM (
    SELECT DISTINCT hashtext(x.band || ':' || x.bucket) AS k FROM newsgraph_minhash_bands(signature) x ORDER BY 1) l;
  INSERT INTO "article_syndication" (article_id, signature, wire_service) VALUES (v_id, signature, newsgraph_syndicate_article.wire_service);
  INSERT INTO "syndication_band" (band, bucket, article_id) SELECT x.band, x.bucket, v_id FROM newsgraph_minhash_bands(signature) x
  ON CONFLICT DO NOTHING;

  SELECT array_agg(c.article_id ORDER BY c.article_id) INTO v_similar FROM (
    SELECT DISTINCT b.article_id FROM newsgraph_minhash_bands(signature) x
    JOIN "syndication_band" b ON b.band = x.band AND b.bucket = x.bucket WHERE b.article_id <> v_id) c
  JOIN "article_syndication" s ON s.article_id = c.article_id
  WHERE newsgraph_minhash_similarity(s.signature, newsgraph_syndicate_article.signature) >= 0.8;
  IF v_similar IS NULL THEN RETURN; END IF;

  -- Lock the copies, then read their groups as they are now.
  SELECT array_agg(s.article_id) INTO v_locked FROM (
    SELECT s.article_id FROM "article_syndication" s WHERE s.article_id = ANY(v_similar) ORDER BY s.article_id FOR UPDATE) s;
  IF v_locked IS NULL THEN RETURN; END IF;
  SELECT array_agg(DISTINCT s.group_id) FILTER (WHERE s.group_id IS NOT NULL) INTO v_groups
  FROM "article_syndication" s WHERE s.article_id = ANY(v_locked);
  IF v_groups IS NOT NULL THEN
    SELECT count(*) INTO v_found FROM (SELECT g.id FROM "syndication_group" g WHERE g.id = ANY(v_groups) ORDER BY g.id FOR UPDATE) g;
    IF v_found < cardinality(v_groups) THEN
      RAISE EXCEPTION 'a syndication group changed while an article joined it' USING ERRCODE = 'serialization_failure';
    END IF;
    v_target := (SELECT min(g) FROM unnest(v_groups) AS g);
  ELSE
    INSERT INTO "syndication_group" (original_article_id, size) VALUES (v_id, 0) RETURNING id INTO v_target;
  END IF;
  UPDATE "article_syndication" s SET group_id = v_target
  WHERE (s.article_id = v_id OR s.article_id = ANY(v_locked) OR s.group_id = ANY(v_groups)) AND s.group_id IS DISTINCT FROM v_target;
  DELETE FROM "syndication_group" g WHERE g.id = ANY(v_groups) AND g.id <> v_target;
  PERFORM newsgraph_refresh_syndication_group(v_target);
END $$;

-- The connected components of "shares a band and is similar" among some articles: article -> the
-- smallest article id of its component.
CREATE FUNCTION "newsgraph_syndication_components"("article_ids" INTEGER[])
RETURNS TABLE ("article_id" INTEGER, "component" INTEGER) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE edges AS (
    SELECT DISTINCT x.article_id AS a, y.article_id AS b
    FROM "syndication_band" x JOIN "syndication_band" y ON y.band = x.band AND y.bucket = x.bucket AND y.article_id <> x.article_id
    JOIN "article_syndication" sx ON sx.article_id = x.article_id JOIN "article_syndication" sy ON sy.article_id = y.article_id
    WHERE x.article_id = ANY(article_ids) AND y.article_id = ANY(article_ids)
      AND newsgraph_minhash_similarity(sx.signature, sy.signature) >= 0.8
  ), reach(a, b) AS (
    SELECT m, m FROM unnest(article_ids) AS m
    UNION
    SELECT r.a, e.b FROM reach r JOIN edges e ON e.a = r.b
  )
  SELECT a, min(b) FROM reach GROUP BY a
$$;

-- After articles left their groups: each group splits into what stays connected; the largest part keeps
-- the group's id.
CREATE FUNCTION "newsgraph_regroup_syndication"("group_ids" INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_group INTEGER;
  v_members INTEGER[];
  v_part RECORD;
  v_first BOOLEAN;
  v_new INTEGER;
BEGIN
  FOR v_group IN SELECT DISTINCT g FROM unnest(group_ids) AS g WHERE g IS NOT NULL ORDER BY 1 LOOP
    PERFORM 1 FROM "syndication_group" g WHERE g.id = v_group FOR UPDATE;
    IF NOT FOUND THEN CONTINUE; END IF;
    SELECT array_agg(s.article_id ORDER BY s.article_id) INTO v_members FROM "article_syndication" s WHERE s.group_id = v_group;
    v_first := true;
    FOR v_part IN
      SELECT c.component, array_agg(c.article_id) AS ids FROM newsgraph_syndication_components(coalesce(v_members, '{}')) c
      GROUP BY c.component ORDER BY count(*) DESC, c.component
    LOOP
      IF v_first THEN
        v_first := false;
      ELSIF cardinality(v_part.ids) >= 2 THEN
        INSERT INTO "syndication_group" (original_article_id, size) VALUES (v_part.ids[1], 0) RETURNING id INTO v_new;
        UPDATE "article_syndication" s SET group_id = v_new WHERE s.article_id = ANY(v_part.ids);
        PERFORM newsgraph_refresh_syndication_group(v_new);
      ELSE
        UPDATE "article_syndication" s SET group_id = NULL, is_copy = false WHERE s.article_id = ANY(v_part.ids);
      END IF;
    END LOOP;
    PERFORM newsgraph_refresh_syndication_group(v_group);
  END LOOP;
END $$;

CREATE FUNCTION "newsgraph_article_syndication_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM newsgraph_regroup_syndication(ARRAY(SELECT DISTINCT group_id FROM old_rows WHERE group_id IS NOT NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "article_syndication_delete" AFTER DELETE ON "article_syndication"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_article_syndication_deleted"();

-- Brute force, for checking: the groups as they should be, as (article, smallest article id of its group)
-- for every article in a group.
CREATE FUNCTION "newsgraph_syndication_from_scratch"()
RETURNS TABLE ("article_id" INTEGER, "component" INTEGER) LANGUAGE sql STABLE AS $$
  SELECT c.article_id, c.component FROM newsgraph_syndication_components(ARRAY(SELECT s.article_id FROM "article_syndication" s)) c
  WHERE EXISTS (SELECT 1 FROM newsgraph_syndication_components(ARRAY(SELECT s.article_id FROM "article_syndication" s)) o
                WHERE o.component = c.component AND o.article_id <> c.article_id)
$$;
