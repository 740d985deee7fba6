import cliProgress from 'cli-progress';
import type { BulkIngestSummary } from '../ingest/bulk-ingest.js';

/**
 * done/total, articles/s and ETA on stderr. cli-progress draws only on a terminal; piped or in CI it
 * stays silent and the summary says it all.
 */
export function ingestProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | {failed} failed',
      etaBuffer: 500,
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0', failed: 0 });
  return {
    update(summary: BulkIngestSummary) {
      // More records than counted (a file that changed meanwhile): grow the total rather than overflow.
      if (summary.done > bar.getTotal()) bar.setTotal(summary.done);
      bar.update(summary.done, {
        rate: (summary.done / Math.max(summary.seconds, 0.001)).toFixed(1),
        failed: summary.failed.length,
      });
    },
    stop: () => bar.stop(),
  };
}
