-- A group's size, original (earliest published; undated last; then the smaller id) and copies; a group
-- left with one article (or none) is dissolved.
CREATE OR REPLACE FUNCTION "newsgraph_refresh_syndication_group"("group_id" INTEGER)
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
