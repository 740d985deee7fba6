-- Statements per speaker, per month and of all time, kept exact by triggers on "statement" (every write
-- path: ingestion, replacement, deletion, merges, a deleted person) instead of materialized views that were
-- only as fresh as their last refresh. The top-speakers aggregate reads these instead of counting
-- millions of statements.

DROP MATERIALIZED VIEW "speaker_stat";
DROP MATERIALIZED VIEW "speaker_month_stat";

-- CreateEnum
CREATE TYPE "SpeakerType" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateTable
CREATE TABLE "speaker_month_stat" (
    "speaker_type" "SpeakerType" NOT NULL,
    "speaker_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "statements" INTEGER NOT NULL,

    CONSTRAINT "speaker_month_stat_pkey" PRIMARY KEY ("speaker_type", "speaker_id", "month")
);

-- CreateTable
CREATE TABLE "speaker_stat" (
    "speaker_type" "SpeakerType" NOT NULL,
    "speaker_id" INTEGER NOT NULL,
    "statements" INTEGER NOT NULL,

    CONSTRAINT "speaker_stat_pkey" PRIMARY KEY ("speaker_type", "speaker_id")
);

-- CreateIndex
CREATE INDEX "speaker_month_stat_month_idx" ON "speaker_month_stat"("month");

-- CreateIndex
CREATE INDEX "speaker_stat_statements_idx" ON "speaker_stat"("statements" DESC);

-- Adds +1/-1 per statement row to its speaker's counts (months only for dated statements). Rows are
-- locked in key order, months before totals, so concurrent ingesters never deadlock on them. A count
-- that falls to 0 keeps its row; readers skip it.
CREATE FUNCTION "newsgraph_add_speaker_counts"(persons INTEGER[], organizations INTEGER[], published TIMESTAMPTZ[], signs INTEGER[])
RETURNS void LANGUAGE sql AS $$
  WITH delta AS (
    SELECT CASE WHEN c.person IS NOT NULL THEN 'PERSON' ELSE 'ORGANIZATION' END::"SpeakerType" AS speaker_type,
           coalesce(c.person, c.organization) AS speaker_id,
           date_trunc('month', c.published AT TIME ZONE 'UTC')::date AS month,
           sum(c.sign)::int AS n
    FROM unnest(persons, organizations, published, signs) AS c(person, organization, published, sign)
    WHERE c.person IS NOT NULL OR c.organization IS NOT NULL
    GROUP BY 1, 2, 3
  ), months AS (
    INSERT INTO "speaker_month_stat" AS m (speaker_type, speaker_id, month, statements)
    SELECT speaker_type, speaker_id, month, n FROM delta WHERE month IS NOT NULL AND n <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (speaker_type, speaker_id, month) DO UPDATE SET statements = m.statements + excluded.statements
  )
  INSERT INTO "speaker_stat" AS t (speaker_type, speaker_id, statements)
  SELECT speaker_type, speaker_id, sum(n)::int FROM delta GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
  ON CONFLICT (speaker_type, speaker_id) DO UPDATE SET statements = t.statements + excluded.statements;
$$;

CREATE FUNCTION "newsgraph_statements_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(speaker_person_id), array_agg(speaker_organization_id), array_agg(published_at), array_agg(1))
  FROM new_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION "newsgraph_statements_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(speaker_person_id), array_agg(speaker_organization_id), array_agg(published_at), array_agg(-1))
  FROM old_rows;
  RETURN NULL;
END $$;

-- An update (a merge moves statements to another speaker) counts as the old rows out, the new rows in.
CREATE FUNCTION "newsgraph_statements_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "newsgraph_add_speaker_counts"(array_agg(c.person), array_agg(c.organization), array_agg(c.published), array_agg(c.sign))
  FROM (
    SELECT speaker_person_id AS person, speaker_organization_id AS organization, published_at AS published, 1 AS sign FROM new_rows
    UNION ALL
    SELECT speaker_person_id, speaker_organization_id, published_at, -1 FROM old_rows
  ) c;
  RETURN NULL;
END $$;

CREATE TRIGGER "statement_speaker_counts_insert" AFTER INSERT ON "statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_inserted"();
CREATE TRIGGER "statement_speaker_counts_delete" AFTER DELETE ON "statement"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_deleted"();
CREATE TRIGGER "statement_speaker_counts_update" AFTER UPDATE ON "statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_statements_updated"();

-- What is already stored.
SELECT "newsgraph_add_speaker_counts"(array_agg(speaker_person_id), array_agg(speaker_organization_id), array_agg(published_at), array_agg(1))
FROM "statement";
