import { availableParallelism } from 'node:os';
import type pg from 'pg';
import { InvalidArticleError, type InputOrigin } from './article-input.js';
import { concurrencyLimit } from './concurrency-limit.js';
import { ExtractionPool } from './extraction-pool.js';
import { withLanguage } from './extract-in-language.js';
import { normalizeArticle, type NormalizedArticle } from './normalize-article.js';
import type { SourceItem } from './read-article-source.js';
import { retryTransaction, sqlState } from './retry-transaction.js';
import { pgRunner } from './sql-runner.js';
import { writeArticle, type IngestStatus } from './write-article.js';

export interface BulkIngestOptions {
  /** Extraction threads; ignored when `pool` is given. @default os.availableParallelism() */
  threads?: number;
  /** An extraction pool to share (a queue worker keeps one across jobs); closed by its owner. */
  pool?: ExtractionPool;
  /** Articles being written at once (one connection each). @default 3 */
  writers?: number;
  /** Articles looked up together to skip those already stored with the same text. @default 200 */
  lookupBatch?: number;
  /** Called after each record, whatever became of it. */
  onProgress?: (summary: BulkIngestSummary) => void;
}

export interface IngestFailure {
  file?: string;
  line?: number;
  /** Index of the record in a JSON array file. */
  record?: number;
  reason: string;
  /** `file:line: reason`, ready to print. */
  message: string;
}

export interface BulkIngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  failed: IngestFailure[];
  /** Records handled so far: the four counts above added up. */
  done: number;
  /** Person and organization rows added. */
  entitiesCreated: number;
  /** Statements stored for created and updated articles. */
  statements: number;
  /** Bytes of input records handled. */
  bytes: number;
  seconds: number;
  /** Per extracted article, in milliseconds: extraction, write (queue for a connection included), and read-to-commit. */
  timings: { extractMs: number[]; writeMs: number[]; totalMs: number[] };
}

/** A summary of nothing ingested yet. */
export function emptySummary(): BulkIngestSummary {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    done: 0,
    entitiesCreated: 0,
    statements: 0,
    bytes: 0,
    seconds: 0,
    timings: { extractMs: [], writeMs: [], totalMs: [] },
  };
}

// Errors that are the article's own fault (bad data, over a limit): the article fails, the run goes on.
// Anything else (connection lost, server shutting down) stops the run; the next run resumes.
const ARTICLE_FAULT = /^(22|23|54)/;

/**
 * Ingests a stream of records: skips those stored with the same text (one lookup per batch, before any
 * extraction), extracts the others on a pool of worker threads and writes each article in a transaction
 * of its own (one statement: newsgraph_ingest_article), several at once. Killed at any point, it leaves
 * only whole articles behind, and the next run skips them at the cost of a lookup.
 */
export async function bulkIngest(
  db: pg.Pool,
  source: AsyncIterable<SourceItem>,
  options: BulkIngestOptions = {},
): Promise<BulkIngestSummary> {
  const started = performance.now();
  const pool = options.pool ?? new ExtractionPool({ threads: options.threads ?? availableParallelism() });
  const writers = options.writers ?? 3;
  const write = concurrencyLimit(writers);
  // Enough extractions queued to keep every thread busy while writes are in flight.
  const maxInFlight = pool.size * 4 + writers * 2;
  const summary = emptySummary();
  const progress = (bytes: number) => {
    summary.done++;
    summary.bytes += bytes;
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  const fail = (origin: InputOrigin, reason: string, message: string, bytes = 0) => {
    summary.failed.push({ file: origin.file, line: origin.line, record: origin.record, reason, message });
    progress(bytes);
  };

  let fatal: unknown;
  const inFlight = new Set<Promise<void>>();
  const ingestOne = async (article: NormalizedArticle, origin: InputOrigin, bytes: number) => {
    const begun = performance.now();
    const { payload, ms } = await pool.prepare(await withLanguage(article));
    const writeBegun = performance.now();
    let result;
    try {
      // One statement: its own transaction, so nothing of the article is stored unless all of it is.
      result = await write(() => retryTransaction(() => writeArticle(pgRunner(db), payload)));
    } catch (error) {
      if (!ARTICLE_FAULT.test(sqlState(error) ?? '')) throw error;
      const reason = `the database refused the article: ${(error as Error).message}`;
      fail(origin, reason, new InvalidArticleError(reason, origin).message, bytes);
      return;
    }
    const finished = performance.now();
    summary.timings.extractMs.push(ms);
    summary.timings.writeMs.push(finished - writeBegun);
    summary.timings.totalMs.push(finished - begun);
    count(result.status);
    summary.entitiesCreated += result.entitiesCreated;
    summary.statements += result.statements;
    progress(bytes);
  };
  const count = (status: IngestStatus) =>
    summary[status === 'CREATED' ? 'created' : status === 'UPDATED' ? 'updated' : 'unchanged']++;

  try {
    for await (const batch of inBatches(source, options.lookupBatch ?? 200)) {
      const ready: { article: NormalizedArticle; origin: InputOrigin; bytes: number }[] = [];
      for (const item of batch) {
        if (item.kind === 'error') {
          fail(item.error.origin, item.error.reason, item.error.message);
          continue;
        }
        try {
          ready.push({ article: normalizeArticle(item.input, item.origin), origin: item.origin, bytes: item.bytes });
        } catch (error) {
          if (!(error instanceof InvalidArticleError)) throw error;
          fail(error.origin, error.reason, error.message, item.bytes);
        }
      }
      const stored = await storedHashes(
        db,
        ready.map(({ article }) => article.canonicalUrl),
      );
      for (const { article, origin, bytes } of ready) {
        if (stored.get(article.canonicalUrl) === article.contentHash) {
          count('UNCHANGED');
          progress(bytes);
          continue;
        }
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        if (fatal) throw fatal;
        const task: Promise<void> = ingestOne(article, origin, bytes)
          .catch((error) => {
            fatal ??= error;
          })
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      if (fatal) throw fatal;
    }
    await Promise.all(inFlight);
    if (fatal) throw fatal;
  } finally {
    await Promise.allSettled(inFlight);
    if (!options.pool) await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function storedHashes(db: pg.Pool, canonicalUrls: string[]): Promise<Map<string, string>> {
  if (canonicalUrls.length === 0) return new Map();
  const { rows } = await db.query<{ canonical_url: string; content_hash: string }>(
    'SELECT canonical_url, content_hash FROM "article" WHERE canonical_url = ANY($1::text[])',
    [canonicalUrls],
  );
  return new Map(rows.map((row) => [row.canonical_url, row.content_hash]));
}

async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
