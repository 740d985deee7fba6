import PgBoss from 'pg-boss';
import type { InvalidArticleError } from './article-input.js';
import type { SourceItem } from './read-article-source.js';

/** The pg-boss queue that `newsgraph ingest --queue` fills and `newsgraph worker` drains. */
export const INGEST_QUEUE = 'ingest-articles';

/** One job: a slice of the input, self-contained so that a worker on another machine needs only the database. */
export interface IngestJobData {
  records: Extract<SourceItem, { kind: 'article' }>[];
}

export interface QueueOptions {
  /** Seconds a job may stay active before it counts as abandoned (its worker died) and is handed out again. @default 300 */
  expireInSeconds?: number;
}

/** A started pg-boss on the database, with the ingest queue created (both idempotent). */
export async function openIngestQueue(databaseUrl: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', schedule: false, max: 4 });
  boss.on('error', (error) => console.error(`job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    retryLimit: 5,
    retryDelay: 5,
    expireInSeconds: options.expireInSeconds ?? 300,
  });
  return boss;
}

export interface EnqueueOptions extends QueueOptions {
  /** Articles per job. @default 50 */
  jobSize?: number;
}

/**
 * Puts the records on the queue in jobs of `jobSize`. Records that cannot be read are returned, not
 * queued. Queuing the same input twice is harmless: workers skip articles stored with the same text.
 */
export async function enqueueArticles(
  databaseUrl: string,
  source: AsyncIterable<SourceItem>,
  options: EnqueueOptions = {},
): Promise<{ jobs: number; articles: number; failed: InvalidArticleError[] }> {
  const boss = await openIngestQueue(databaseUrl, options);
  const jobSize = options.jobSize ?? 50;
  const result = { jobs: 0, articles: 0, failed: [] as InvalidArticleError[] };
  let records: IngestJobData['records'] = [];
  const flush = async () => {
    if (records.length === 0) return;
    await boss.insert([{ name: INGEST_QUEUE, data: { records } satisfies IngestJobData }]);
    result.jobs++;
    records = [];
  };
  try {
    for await (const item of source) {
      if (item.kind === 'error') {
        result.failed.push(item.error);
        continue;
      }
      records.push(item);
      result.articles++;
      if (records.length >= jobSize) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return result;
}
