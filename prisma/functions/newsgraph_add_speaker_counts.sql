-- Statements per speaker, per month and of all time, kept exact by the statement triggers
-- (newsgraph_statements_inserted/deleted/updated) on every write path: ingestion, replacement, deletion,
-- merges, a deleted person. The top-speakers aggregate reads speaker_stat and speaker_month_stat.

-- Adds +1/-1 per statement row to its speaker's counts (months only for dated statements). Rows are
-- locked in key order, months before totals, so concurrent ingesters never deadlock on them. A count
-- that falls to 0 keeps its row; readers skip it.
CREATE OR REPLACE FUNCTION "newsgraph_add_speaker_counts"(persons INTEGER[], organizations INTEGER[], published TIMESTAMPTZ[], signs INTEGER[])
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
