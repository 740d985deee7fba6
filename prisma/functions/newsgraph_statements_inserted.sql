-- Counts inserted statements for their speakers (newsgraph_add_speaker_counts), once per INSERT statement.
CREATE OR REPLACE FUNCTION "newsgraph_statements_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(speaker_person_id), array_agg(speaker_organization_id), array_agg(published_at), array_agg(1))
  FROM new_rows;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "statement_speaker_counts_insert" AFTER INSERT ON "statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_inserted"();
