import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { startQueueWorker } from '../ingest/queue-worker.js';
import { formatIngestSummary, writeIngestReport } from './ingest-report.js';
import { openMigratedDatabase } from './open-migrated-database.js';
import { positiveInteger } from './positive-integer.js';

interface WorkerCommandOptions {
  threads: number;
  writers: number;
  jobs: number;
  untilEmpty: boolean;
  report: string;
}

const log = (line: string) => console.error(line);

/** `newsgraph worker`: drains the ingest job queue; run as many as you like, anywhere that reaches the database. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'Ingest articles queued by `newsgraph ingest --queue`, sharing the queue with any other workers. Stops on Ctrl-C/SIGTERM after finishing its jobs.',
    )
    .option('--threads <n>', 'extraction worker threads', positiveInteger, availableParallelism())
    .option('--writers <n>', 'write transactions in flight at once', positiveInteger, 3)
    .option('--jobs <n>', 'jobs worked on at once', positiveInteger, 2)
    .option('--until-empty', 'exit once the queue is empty instead of waiting for more', false)
    .option('--report <file>', 'where to write the JSON report when the worker stops', '.ingest-report-worker.json')
    .action(async (options: WorkerCommandOptions) => {
      const database = await openMigratedDatabase(log);
      try {
        const worker = await startQueueWorker(database.url, {
          threads: options.threads,
          writers: options.writers,
          jobs: options.jobs,
          untilEmpty: options.untilEmpty,
          onJob: (totals) =>
            log(
              `worker: ${totals.done} article(s) done (${totals.created + totals.updated} ingested, ${totals.unchanged} unchanged, ${totals.failed.length} failed)`,
            ),
        });
        const stop = () => void worker.stop().catch(() => {});
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        log(
          options.untilEmpty ? 'Worker started; it stops when the queue is empty.' : 'Worker started; Ctrl-C stops it.',
        );
        const totals = await worker.done;
        await writeIngestReport(options.report, [], totals);
        for (const line of formatIngestSummary(totals, options.report)) log(line);
        if (totals.failed.length) process.exitCode = 1;
      } finally {
        await database.stop();
      }
    });
}
