-- Files statements that have no quote form yet (those stored before the quote triggers existed) through
-- the triggers themselves: the BEFORE trigger gives each its form, the AFTER trigger assigns and counts
-- the quotes, as for any write. Called at the end of this file, so applying the functions after a
-- migration files what it left; a no-op (one index probe) when every statement has its form.
CREATE OR REPLACE FUNCTION "newsgraph_unfiled_quotes"() RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  v_count INTEGER;
BEGIN
  UPDATE "statement" SET quote_form_id = NULL WHERE quote_form_id IS NULL;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END $$;

SELECT "newsgraph_unfiled_quotes"();
