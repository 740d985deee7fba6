-- Co-mentions kept as pair counts, exact through every write (ingestion, replacement, deletion, merges),
-- as the speaker counts are: coMentions of the most mentioned person reads the top of an index instead of
-- joining all of its articles' mentions. The triggers and functions that keep them are in
-- prisma/functions/ (newsgraph_add_co_mentions, newsgraph_co_mention_rows_changed).

-- CreateEnum
CREATE TYPE "CoMentionKind" AS ENUM ('ARTICLE', 'STATEMENT');

-- CreateTable: who takes part in each article (mentioned) and statement (speaker or mentioned), with how
-- many rows say so; a pair count changes only when an entity's presence in an article or statement does.
CREATE TABLE "co_mention_member" (
    "kind" "CoMentionKind" NOT NULL,
    "group_id" INTEGER NOT NULL,
    "entity_type" "SpeakerType" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "refs" INTEGER NOT NULL,

    CONSTRAINT "co_mention_member_pkey" PRIMARY KEY ("kind", "group_id", "entity_type", "entity_id")
);

-- CreateTable: for each ordered pair of entities, the articles and statements they share (both directions
-- stored, so that one entity's co-mentions are one index range).
CREATE TABLE "co_mention" (
    "entity_type" "SpeakerType" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "other_type" "SpeakerType" NOT NULL,
    "other_id" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "statements" INTEGER NOT NULL,

    CONSTRAINT "co_mention_pkey" PRIMARY KEY ("entity_type", "entity_id", "other_type", "other_id")
);

-- CreateIndex: a page of co-mentions in the API's order, straight from the index.
CREATE INDEX "co_mention_ranked_idx" ON "co_mention"("entity_type", "entity_id", "other_type", "articles" DESC, "statements" DESC, "other_id");

-- What is already stored.
INSERT INTO "co_mention_member" (kind, group_id, entity_type, entity_id, refs)
SELECT 'ARTICLE'::"CoMentionKind", article_id, 'PERSON'::"SpeakerType", person_id, count(*) FROM "person_mention" GROUP BY article_id, person_id
UNION ALL
SELECT 'ARTICLE', article_id, 'ORGANIZATION', organization_id, count(*) FROM "organization_mention" GROUP BY article_id, organization_id;

INSERT INTO "co_mention_member" (kind, group_id, entity_type, entity_id, refs)
SELECT 'STATEMENT'::"CoMentionKind", statement_id, entity_type, entity_id, count(*)::int FROM (
  SELECT id AS statement_id, 'PERSON'::"SpeakerType" AS entity_type, speaker_person_id AS entity_id FROM "statement" WHERE speaker_person_id IS NOT NULL
  UNION ALL SELECT id, 'ORGANIZATION', speaker_organization_id FROM "statement" WHERE speaker_organization_id IS NOT NULL
  UNION ALL SELECT statement_id, 'PERSON', person_id FROM "statement_person"
  UNION ALL SELECT statement_id, 'ORGANIZATION', organization_id FROM "statement_organization"
) p GROUP BY 2, 3, 4;

INSERT INTO "co_mention" (entity_type, entity_id, other_type, other_id, articles, statements)
SELECT a.entity_type, a.entity_id, b.entity_type, b.entity_id,
       count(*) FILTER (WHERE a.kind = 'ARTICLE'), count(*) FILTER (WHERE a.kind = 'STATEMENT')
FROM "co_mention_member" a
JOIN "co_mention_member" b ON b.kind = a.kind AND b.group_id = a.group_id
  AND (b.entity_type, b.entity_id) <> (a.entity_type, a.entity_id)
GROUP BY 1, 2, 3, 4;
