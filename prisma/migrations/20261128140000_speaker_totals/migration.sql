-- The all-time top speakers at corpus scale (bench/scale.ts: 10 million statements).

-- Statements per speaker of all time, summed from speaker_month_stat (refresh it after that one): the
-- all-time top speakers read a few thousand rows instead of every speaker-month.
CREATE MATERIALIZED VIEW "speaker_stat" AS
    SELECT "person_id", sum("statements")::integer AS "statements"
    FROM "speaker_month_stat"
    GROUP BY 1;

-- CreateIndex
CREATE UNIQUE INDEX "speaker_stat_person_id_key" ON "speaker_stat"("person_id");

-- CreateIndex
CREATE INDEX "speaker_stat_statements_idx" ON "speaker_stat"("statements" DESC);
