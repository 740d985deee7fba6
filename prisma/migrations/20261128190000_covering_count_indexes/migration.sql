-- Top speakers over a date range read only indexes: the whole months from speaker_month_stat by month, the
-- ragged ends from statement by publication date, each with the columns it counts carried in the index
-- (an index-only scan, instead of a heap fetch per row: at ten million statements, seconds versus tens of
-- milliseconds).
DROP INDEX "statement_published_at_idx";
CREATE INDEX "statement_published_at_speakers_idx" ON "statement" ("published_at") INCLUDE ("speaker_person_id", "speaker_organization_id");

DROP INDEX "speaker_month_stat_month_idx";
CREATE INDEX "speaker_month_stat_month_counts_idx" ON "speaker_month_stat" ("month") INCLUDE ("speaker_type", "speaker_id", "statements");

-- Every ingested article rewrites a few summary rows: vacuum them sooner than the default 20% of dead rows,
-- so that the index-only scans above stay index-only.
ALTER TABLE "speaker_month_stat" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE "speaker_stat" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
