import { availableParallelism } from 'node:os';
import type PgBoss from 'pg-boss';
import { bulkIngest, emptySummary, type BulkIngestSummary } from './bulk-ingest.js';
import { ExtractionPool } from './extraction-pool.js';
import { INGEST_QUEUE, openIngestQueue, type IngestJobData, type QueueOptions } from './ingest-queue.js';
import { createWriterPool } from './writer-pool.js';

export interface QueueWorkerOptions extends QueueOptions {
  /** Extraction threads. @default os.availableParallelism() */
  threads?: number;
  /** Write transactions in flight at once. @default 3 */
  writers?: number;
  /** Jobs worked on at once, so that threads stay busy while a job finishes its writes. @default 2 */
  jobs?: number;
  /** Stop once no job is waiting or active (otherwise run until `stop()`). @default false */
  untilEmpty?: boolean;
  /** Seconds between polls of the queue when idle. @default 1 */
  pollSeconds?: number;
  /** Called after each job with the totals so far. */
  onJob?: (totals: BulkIngestSummary) => void;
}

export interface QueueWorker {
  /** Resolves with the totals when the worker has stopped (queue empty with `untilEmpty`, or stop()). */
  done: Promise<BulkIngestSummary>;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<BulkIngestSummary>;
}

/**
 * Takes ingest jobs off the queue and runs them through bulkIngest. Any number of these, in one process
 * or on many machines, share the queue: pg-boss hands each job to one worker (SKIP LOCKED), and a job
 * whose worker died is handed out again after `expireInSeconds`; re-running it is harmless.
 */
export async function startQueueWorker(databaseUrl: string, options: QueueWorkerOptions = {}): Promise<QueueWorker> {
  const boss = await openIngestQueue(databaseUrl, options);
  const pool = new ExtractionPool({ threads: options.threads ?? availableParallelism() });
  const db = createWriterPool(databaseUrl, { connections: (options.writers ?? 3) + 1 });
  const totals = emptySummary();
  const started = performance.now();
  let stopping: Promise<BulkIngestSummary> | undefined;
  let resolveDone!: (totals: BulkIngestSummary) => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<BulkIngestSummary>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const handle = async ([job]: PgBoss.Job<IngestJobData>[]) => {
    const summary = await bulkIngest(db, toSource(job!.data), { pool, writers: options.writers ?? 3 });
    addTo(totals, summary);
    totals.seconds = (performance.now() - started) / 1000;
    options.onJob?.(totals);
  };
  try {
    for (let i = 0; i < (options.jobs ?? 2); i++) {
      // pg-boss polls at most every half second.
      await boss.work<IngestJobData>(
        INGEST_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, options.pollSeconds ?? 1) },
        handle,
      );
    }
  } catch (error) {
    await Promise.allSettled([boss.stop({ graceful: false }), db.end(), pool.close()]);
    throw error;
  }

  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(watch);
      await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
      await db.end();
      await pool.close();
      totals.seconds = (performance.now() - started) / 1000;
      resolveDone(totals);
      return totals;
    })().catch((error) => {
      rejectDone(error);
      throw error;
    }));

  // "Empty" means nothing waiting, retrying or active anywhere: a job in another worker's hands may still
  // fail and come back.
  const watch = setInterval(
    async () => {
      if (!options.untilEmpty || stopping) return;
      const left = await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' }).catch(() => 1);
      if (left === 0) void stop().catch(() => {});
    },
    (options.pollSeconds ?? 1) * 1000,
  );

  return { done, stop };
}

async function* toSource(data: IngestJobData) {
  yield* data.records;
}

function addTo(totals: BulkIngestSummary, summary: BulkIngestSummary) {
  totals.created += summary.created;
  totals.updated += summary.updated;
  totals.unchanged += summary.unchanged;
  totals.failed.push(...summary.failed);
  totals.done += summary.done;
  totals.entitiesCreated += summary.entitiesCreated;
  totals.statements += summary.statements;
  totals.bytes += summary.bytes;
}
