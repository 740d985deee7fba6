-- Stores an ingested article's signature and wire service, and puts it in the group of its copies.
-- Nothing for an unchanged article; an updated one leaves its old group first.
CREATE OR REPLACE FUNCTION "newsgraph_syndicate_article"("article_id" INTEGER, "status" TEXT, "signature" INTEGER[], "wire_service" TEXT)
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
