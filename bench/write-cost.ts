/**
 * bench/write-cost: what the database's side of writing one article costs, in backend CPU time (not wall
 * time, so other work on the machine does not blur it), with and without the features that add to it.
 * Extracts N real articles once, then writes them through newsgraph_ingest_article into a fresh database
 * per variant, one backend, sequentially.
 *
 *   npx tsx bench/write-cost.ts [N=300]
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { extract } from '../server/extract/index.js';
import { buildIngestPayload } from '../server/ingest/ingest-payload.js';
import { normalizeArticle } from '../server/ingest/normalize-article.js';
import { createBenchDatabase } from './lib/bench-database.js';
import { CORPUS } from './lib/stats.js';

const count = Number(process.argv[2] ?? 300);
const records = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, count).map((line) => JSON.parse(line));
const payloads = records.map((record) => {
  const article = normalizeArticle(record);
  return buildIngestPayload(article, extract(article.body));
});

const WITHOUT_SEARCH_COLUMNS = ['ALTER TABLE person DROP COLUMN search_names, DROP COLUMN alias_keys', 'ALTER TABLE organization DROP COLUMN search_names, DROP COLUMN alias_keys'];
const WITHOUT_ARTICLE_SEARCH = ['ALTER TABLE article DROP COLUMN search_vector'];
const WITHOUT_STATEMENT_INDEX = ['DROP INDEX statement_text_search_idx'];
const VARIANTS: [string, string[]][] = [
  ['as migrated', []],
  ['without article.search_vector', WITHOUT_ARTICLE_SEARCH],
  ['without statement_text_search_idx', WITHOUT_STATEMENT_INDEX],
  ['without person/organization search_names, alias_keys', WITHOUT_SEARCH_COLUMNS],
  ['without all three', [...WITHOUT_ARTICLE_SEARCH, ...WITHOUT_STATEMENT_INDEX, ...WITHOUT_SEARCH_COLUMNS]],
];

/** CPU seconds of one backend process so far. */
function backendCpu(pid: number): number {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

console.log(`bench/write-cost: ${count} real articles, written one after another through newsgraph_ingest_article`);
for (const [name, statements] of VARIANTS) {
  const database = await createBenchDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
    const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await client.query('SET synchronous_commit = off');
    const cpu = backendCpu(pid);
    const started = performance.now();
    for (const payload of payloads) await client.query('SELECT * FROM newsgraph_ingest_article($1::jsonb)', [payload]);
    const wall = (performance.now() - started) / count;
    console.log(`  ${name.padEnd(55)} backend CPU ${(((backendCpu(pid) - cpu) * 1000) / count).toFixed(2)} ms/article, wall ${wall.toFixed(2)} ms/article`);
  } finally {
    await client.end();
    await database.drop();
  }
}
