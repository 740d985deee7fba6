-- Uncounts deleted statements from their speakers (newsgraph_add_speaker_counts), once per DELETE statement.
CREATE OR REPLACE FUNCTION "newsgraph_statements_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(speaker_person_id), array_agg(speaker_organization_id), array_agg(published_at), array_agg(-1))
  FROM old_rows;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "statement_speaker_counts_delete" AFTER DELETE ON "statement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_deleted"();
