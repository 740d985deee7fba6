CREATE OR REPLACE FUNCTION "newsgraph_article_syndication_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM newsgraph_regroup_syndication(ARRAY(SELECT DISTINCT group_id FROM old_rows WHERE group_id IS NOT NULL));
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "article_syndication_delete" AFTER DELETE ON "article_syndication"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_article_syndication_deleted"();
