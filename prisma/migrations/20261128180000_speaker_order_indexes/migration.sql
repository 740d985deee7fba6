-- A speaker's statements in a date range, newest first, as one backward index range: the index holds the
-- very order key of the API (coalesce(published_at, '-infinity'), id), and the API writes date ranges on
-- that expression. They replace the plain speaker indexes (a composite index leading with the column
-- serves its foreign key just as well) and the (speaker_person_id, published_at) one.
DROP INDEX "statement_speaker_person_id_published_at_idx";
DROP INDEX "statement_speaker_person_id_idx";
DROP INDEX "statement_speaker_organization_id_idx";

CREATE INDEX "statement_speaker_person_order_idx" ON "statement" ("speaker_person_id", (coalesce("published_at", '-infinity'::timestamptz)), "id");
CREATE INDEX "statement_speaker_organization_order_idx" ON "statement" ("speaker_organization_id", (coalesce("published_at", '-infinity'::timestamptz)), "id");
