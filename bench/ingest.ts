/**
 * bench/ingest: ingests ../shared/data/news-2020h1.jsonl (3,503 real articles) into a fresh database
 * through the same code as `newsgraph ingest`, then again (nothing changed: the resume path), and prints
 * articles/s, MB/s, per-article times, peak memory and the database size.
 *
 *   npx tsx bench/ingest.ts [corpus.jsonl] [--threads N] [--writers N] [--limit N]
 *   BENCH_SERVER_URL=postgresql://root@127.0.0.1:5432/postgres npx tsx bench/ingest.ts   # on that server
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { bulkIngest, type BulkIngestSummary } from '../server/ingest/bulk-ingest.js';
import { readArticleSource } from '../server/ingest/read-article-source.js';
import { firstRecords } from './lib/first-records.js';
import { createWriterPool } from '../server/ingest/writer-pool.js';
import { createBenchDatabase, query } from './lib/bench-database.js';
import { ownCpuSeconds, postgresCpuSeconds } from './lib/process-cpu.js';
import { CORPUS, mb, ms, peakMemory, percentile } from './lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string' }, writers: { type: 'string' }, limit: { type: 'string' } },
});
const corpus = positionals[0] ?? CORPUS;
const threads = Number(values.threads ?? availableParallelism());
const writers = Number(values.writers ?? 3);
const limit = values.limit ? Number(values.limit) : Infinity;

const database = await createBenchDatabase();
const db = createWriterPool(database.url, { connections: writers + 1 });
try {
  console.log(`bench/ingest: ${corpus}`);
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average before ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`database: ${database.description}; ${threads} extraction threads, ${writers} writers`);

  const memory = peakMemory();
  const cpu = {
    node: ownCpuSeconds(),
    postgres: database.postmasterPid ? postgresCpuSeconds(database.postmasterPid) : NaN,
  };
  const first = await bulkIngest(db, firstRecords(readArticleSource([corpus]), limit), { threads, writers });
  memory.stop();
  const used = {
    node: ownCpuSeconds() - cpu.node,
    postgres: database.postmasterPid ? postgresCpuSeconds(database.postmasterPid) - cpu.postgres : NaN,
  };
  report('first run (fresh database)', first);
  console.log(`  peak memory (RSS, main + extraction threads): ${mb(memory.peak)}`);
  // What the run cost in CPU, whatever else the machine was doing: the ceiling on dedicated cores.
  const perArticle = (used.node + used.postgres) / first.done;
  console.log(
    `  CPU: ${used.node.toFixed(1)} s Node (extraction threads included) + ${used.postgres.toFixed(1)} s PostgreSQL = ${(perArticle * 1000).toFixed(1)} ms per article` +
      (Number.isFinite(perArticle)
        ? ` -> at most ${(cpus().length / perArticle).toFixed(0)} articles/s on ${cpus().length} otherwise idle cores`
        : ''),
  );

  const second = await bulkIngest(db, firstRecords(readArticleSource([corpus]), limit), { threads, writers });
  report('second run (same input: everything unchanged)', second);

  const { rows } = await query(
    database.url,
    `SELECT pg_database_size(current_database()) AS size, (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM statement) AS statements,
            (SELECT count(*) FROM person) AS people, (SELECT count(*) FROM organization) AS organizations, (SELECT count(*) FROM person_mention) AS person_mentions`,
  );
  const stored = rows[0];
  console.log(
    `database: ${mb(Number(stored.size))} for ${stored.articles} articles, ${stored.statements} statements, ${stored.people} people, ${stored.organizations} organizations, ${stored.person_mentions} person mentions`,
  );
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await db.end();
  await database.drop();
}

function report(title: string, summary: BulkIngestSummary) {
  const { timings } = summary;
  console.log(`${title}:`);
  console.log(
    `  ${summary.done} records in ${summary.seconds.toFixed(1)} s: ${(summary.done / summary.seconds).toFixed(1)} articles/s, ${(summary.bytes / 1e6 / summary.seconds).toFixed(2)} MB/s ` +
      `(${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed; ${summary.entitiesCreated} entities created, ${summary.statements} statements)`,
  );
  if (timings.totalMs.length === 0) return;
  console.log(
    `  per article: read-to-commit p50 ${ms(percentile(timings.totalMs, 0.5))} p95 ${ms(percentile(timings.totalMs, 0.95))}; ` +
      `extraction p50 ${ms(percentile(timings.extractMs, 0.5))} p95 ${ms(percentile(timings.extractMs, 0.95))}; ` +
      `write transaction p50 ${ms(percentile(timings.writeMs, 0.5))} p95 ${ms(percentile(timings.writeMs, 0.95))}`,
  );
  for (const failure of summary.failed.slice(0, 5)) console.log(`  failed: ${failure.message}`);
}
