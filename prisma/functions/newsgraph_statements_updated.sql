-- An update (a merge moves statements to another speaker) counts as the old rows out, the new rows in.
CREATE OR REPLACE FUNCTION "newsgraph_statements_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(c.person), array_agg(c.organization), array_agg(c.published), array_agg(c.sign))
  FROM (
    SELECT speaker_person_id AS person, speaker_organization_id AS organization, published_at AS published, 1 AS sign FROM new_rows
    UNION ALL
    SELECT speaker_person_id, speaker_organization_id, published_at, -1 FROM old_rows
  ) c;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "statement_speaker_counts_update" AFTER UPDATE ON "statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_updated"();
