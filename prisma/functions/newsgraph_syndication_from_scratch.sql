-- Brute force, for checking: the groups as they should be, as (article, smallest article id of its group)
-- for every article in a group.
CREATE OR REPLACE FUNCTION "newsgraph_syndication_from_scratch"()
RETURNS TABLE ("article_id" INTEGER, "component" INTEGER) LANGUAGE sql STABLE AS $$
  SELECT c.article_id, c.component FROM newsgraph_syndication_components(ARRAY(SELECT s.article_id FROM "article_syndication" s)) c
  WHERE EXISTS (SELECT 1 FROM newsgraph_syndication_components(ARRAY(SELECT s.article_id FROM "article_syndication" s)) o
                WHERE o.component = c.component AND o.article_id <> c.article_id)
$$;
