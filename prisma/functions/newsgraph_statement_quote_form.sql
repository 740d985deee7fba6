CREATE OR REPLACE FUNCTION "newsgraph_statement_quote_form"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.speaker_person_id IS DISTINCT FROM OLD.speaker_person_id
     OR NEW.speaker_organization_id IS DISTINCT FROM OLD.speaker_organization_id
     OR NEW.text IS DISTINCT FROM OLD.text OR NEW.pieces IS DISTINCT FROM OLD.pieces OR NEW.quote_form_id IS NULL THEN
    NEW.quote_form_id := newsgraph_quote_form_id(NEW.speaker_person_id, NEW.speaker_organization_id,
      newsgraph_quote_words(newsgraph_statement_content(NEW.text, NEW.start, NEW.pieces)));
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER "statement_quote_form" BEFORE INSERT OR UPDATE ON "statement"
    FOR EACH ROW EXECUTE FUNCTION "newsgraph_statement_quote_form"();
