-- The connected components of "shares a band and is similar" among some articles: article -> the
-- smallest article id of its component.
CREATE OR REPLACE FUNCTION "newsgraph_syndication_components"("article_ids" INTEGER[])
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
