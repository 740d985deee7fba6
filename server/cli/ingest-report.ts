import { writeFile } from 'node:fs/promises';
import type { BulkIngestSummary } from '../ingest/bulk-ingest.js';

const number = new Intl.NumberFormat('en-US');

/** The summary `newsgraph ingest` prints: counts, rates, then each failure as file:line: reason. */
export function formatIngestSummary(summary: BulkIngestSummary, reportFile?: string): string[] {
  const ingested = summary.created + summary.updated;
  const rate = summary.done / Math.max(summary.seconds, 0.001);
  const lines = [
    `Ingested ${number.format(ingested)} article(s) (${number.format(summary.created)} new, ${number.format(summary.updated)} updated), ` +
      `${number.format(summary.unchanged)} unchanged, ${number.format(summary.failed.length)} failed.`,
    `Entities created: ${number.format(summary.entitiesCreated)}. Statements found: ${number.format(summary.statements)}.`,
    `Time: ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s, ${(summary.bytes / 1e6 / Math.max(summary.seconds, 0.001)).toFixed(2)} MB/s).`,
  ];
  if (summary.failed.length) {
    lines.push(`Failed${reportFile ? ` (also in ${reportFile})` : ''}:`);
    const shown = summary.failed.slice(0, 50);
    lines.push(...shown.map((failure) => `  ${failure.message}`));
    if (summary.failed.length > shown.length) lines.push(`  ... and ${summary.failed.length - shown.length} more`);
  }
  return lines;
}

/** Writes the run's summary and every failure (file, line, reason) as JSON. */
export async function writeIngestReport(file: string, paths: string[], summary: BulkIngestSummary): Promise<void> {
  const { timings: _timings, ...counts } = summary;
  const report = {
    finishedAt: new Date().toISOString(),
    paths,
    ...counts,
    failed: summary.failed.map(({ file, line, record, reason }) => ({ file, line, record, reason })),
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
