-- After articles left their groups: each group splits into what stays connected; the largest part keeps
-- the group's id.
CREATE OR REPLACE FUNCTION "newsgraph_regroup_syndication"("group_ids" INTEGER[])
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
