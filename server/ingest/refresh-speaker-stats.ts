import type { SqlRunner } from './sql-runner.js';

/**
 * Brings the speaker summaries up to date after a bulk ingestion: `speaker_month_stat`, then
 * `speaker_stat` (summed from it). CONCURRENTLY: readers keep the previous numbers meanwhile instead of
 * waiting; two refreshes at once simply take turns.
 */
export async function refreshSpeakerStats(sql: SqlRunner): Promise<void> {
  await sql.query('REFRESH MATERIALIZED VIEW CONCURRENTLY "speaker_month_stat"', []);
  await sql.query('REFRESH MATERIALIZED VIEW CONCURRENTLY "speaker_stat"', []);
}
