-- Trigger of every table that says who takes part in an article or statement: passes its changed rows to
-- newsgraph_add_co_mentions, once per SQL statement. Arguments: the kind (ARTICLE or STATEMENT), then SQL
-- expressions over a row for the group (article or statement id), the entity type and the entity id.
CREATE OR REPLACE FUNCTION "newsgraph_co_mention_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  picked TEXT := format('SELECT %s AS grp, %s AS type, %s AS id', TG_ARGV[1], TG_ARGV[2], TG_ARGV[3]);
  changed TEXT := CASE TG_OP
    WHEN 'INSERT' THEN format('%s, 1 AS delta FROM new_rows', picked)
    WHEN 'DELETE' THEN format('%s, -1 AS delta FROM old_rows', picked)
    ELSE format('%1$s, 1 AS delta FROM new_rows UNION ALL %1$s, -1 FROM old_rows', picked)
  END;
BEGIN
  EXECUTE format(
    'SELECT "newsgraph_add_co_mentions"(%L, array_agg(grp), array_agg(type), array_agg(id), array_agg(delta)) FROM (%s) c WHERE id IS NOT NULL',
    TG_ARGV[0], changed);
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "person_mention_co_mentions_insert" AFTER INSERT ON "person_mention"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''PERSON''::"SpeakerType"', 'person_id');
CREATE OR REPLACE TRIGGER "person_mention_co_mentions_delete" AFTER DELETE ON "person_mention"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''PERSON''::"SpeakerType"', 'person_id');
CREATE OR REPLACE TRIGGER "person_mention_co_mentions_update" AFTER UPDATE ON "person_mention"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''PERSON''::"SpeakerType"', 'person_id');

CREATE OR REPLACE TRIGGER "organization_mention_co_mentions_insert" AFTER INSERT ON "organization_mention"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');
CREATE OR REPLACE TRIGGER "organization_mention_co_mentions_delete" AFTER DELETE ON "organization_mention"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');
CREATE OR REPLACE TRIGGER "organization_mention_co_mentions_update" AFTER UPDATE ON "organization_mention"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('ARTICLE', 'article_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');

CREATE OR REPLACE TRIGGER "statement_person_co_mentions_insert" AFTER INSERT ON "statement_person"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''PERSON''::"SpeakerType"', 'person_id');
CREATE OR REPLACE TRIGGER "statement_person_co_mentions_delete" AFTER DELETE ON "statement_person"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''PERSON''::"SpeakerType"', 'person_id');
CREATE OR REPLACE TRIGGER "statement_person_co_mentions_update" AFTER UPDATE ON "statement_person"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''PERSON''::"SpeakerType"', 'person_id');

CREATE OR REPLACE TRIGGER "statement_organization_co_mentions_insert" AFTER INSERT ON "statement_organization"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');
CREATE OR REPLACE TRIGGER "statement_organization_co_mentions_delete" AFTER DELETE ON "statement_organization"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');
CREATE OR REPLACE TRIGGER "statement_organization_co_mentions_update" AFTER UPDATE ON "statement_organization"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'statement_id', '''ORGANIZATION''::"SpeakerType"', 'organization_id');

-- A statement's speaker, a person or an organization (or nobody: the row is skipped).
CREATE OR REPLACE TRIGGER "statement_co_mentions_insert" AFTER INSERT ON "statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'id',
      'CASE WHEN speaker_person_id IS NOT NULL THEN ''PERSON'' ELSE ''ORGANIZATION'' END::"SpeakerType"', 'coalesce(speaker_person_id, speaker_organization_id)');
CREATE OR REPLACE TRIGGER "statement_co_mentions_delete" AFTER DELETE ON "statement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'id',
      'CASE WHEN speaker_person_id IS NOT NULL THEN ''PERSON'' ELSE ''ORGANIZATION'' END::"SpeakerType"', 'coalesce(speaker_person_id, speaker_organization_id)');
CREATE OR REPLACE TRIGGER "statement_co_mentions_update" AFTER UPDATE ON "statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION "newsgraph_co_mention_rows_changed"('STATEMENT', 'id',
      'CASE WHEN speaker_person_id IS NOT NULL THEN ''PERSON'' ELSE ''ORGANIZATION'' END::"SpeakerType"', 'coalesce(speaker_person_id, speaker_organization_id)');
