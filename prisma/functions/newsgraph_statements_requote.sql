CREATE OR REPLACE FUNCTION "newsgraph_statements_requote"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM newsgraph_requote_forms(ARRAY(SELECT DISTINCT quote_form_id FROM new_rows WHERE quote_form_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM newsgraph_requote_forms(ARRAY(SELECT DISTINCT quote_form_id FROM old_rows WHERE quote_form_id IS NOT NULL));
  ELSE
    -- Only when a statement changed form, or its article's date (first seen) changed.
    PERFORM newsgraph_requote_forms(ARRAY(
      SELECT DISTINCT f FROM (
        SELECT o.quote_form_id AS f FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.quote_form_id IS DISTINCT FROM n.quote_form_id OR o.published_at IS DISTINCT FROM n.published_at
        UNION ALL
        SELECT n.quote_form_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.quote_form_id IS DISTINCT FROM n.quote_form_id OR o.published_at IS DISTINCT FROM n.published_at) c
      WHERE f IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "statement_quotes_insert" AFTER INSERT ON "statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();

CREATE OR REPLACE TRIGGER "statement_quotes_delete" AFTER DELETE ON "statement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();

CREATE OR REPLACE TRIGGER "statement_quotes_update" AFTER UPDATE ON "statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_requote"();
