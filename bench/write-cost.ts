/**
 * bench/write-cost: what the database's side of writing one article costs, in backend CPU time (not wall
 * time, so other work on the machine does not blur it), with and without the features that add to it.
 * Extracts N real articles once, then writes them through newsgraph_ingest_article into a fresh database
 * per variant, one backend, sequentially, with synchronous_commit on (as ingestion runs).
 *
 * Each "without" variant removes one thing (a generated column, an index, the foreign keys, the
 * statement triggers) from a fresh database: what the run gets cheaper by is what that thing costs per
 * article. "previous function" re-creates newsgraph_ingest_article as 20261128130000 defined it, for a
 * before/after of 20261128160000. Background work (autovacuum, WAL writer) is not counted: bench/ingest.ts
 * measures the whole server.
 *
 *   npx tsx bench/write-cost.ts [N=1000] [variant name filter]
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../server/db/migrate.js';
import { extract } from '../server/extract/index.js';
import { buildIngestPayload } from '../server/ingest/ingest-payload.js';
import { normalizeArticle } from '../server/ingest/normalize-article.js';
import { createBenchDatabase } from './lib/bench-database.js';
import { CORPUS } from './lib/stats.js';

const count = Number(process.argv[2] ?? 1000);
const only = process.argv[3];
const records = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, count)
  .map((line) => JSON.parse(line));
const payloads = records.map((record) => {
  const article = normalizeArticle(record);
  return buildIngestPayload(article, { language: 'en', status: 'DONE', extraction: extract(article.body) });
});

const PREVIOUS_FUNCTION = [
  readFileSync(`${MIGRATIONS_DIR}/20261128130000_ingest_article_function/migration.sql`, 'utf8').replace(
    'CREATE FUNCTION',
    'CREATE OR REPLACE FUNCTION',
  ),
  'ALTER INDEX person_merged_keys_idx SET (fastupdate = on)',
  'ALTER INDEX organization_merged_keys_idx SET (fastupdate = on)',
];
const WITHOUT_ARTICLE_SEARCH = ['ALTER TABLE article DROP COLUMN search_vector'];
// The expression index before 20261128150000_statement_search_vector, the stored column and its index after.
const WITHOUT_STATEMENT_SEARCH = [
  'DROP INDEX IF EXISTS statement_text_search_idx',
  'ALTER TABLE statement DROP COLUMN IF EXISTS search_vector',
];
const WITHOUT_ENTITY_SEARCH = [
  'ALTER TABLE person DROP COLUMN search_names, DROP COLUMN alias_keys',
  'ALTER TABLE organization DROP COLUMN search_names, DROP COLUMN alias_keys',
];
const WITHOUT_FOREIGN_KEYS = [
  `DO $$ DECLARE r record; BEGIN
     FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP
       EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);
     END LOOP; END $$`,
];
const WITHOUT_STATEMENT_TRIGGERS = [
  `DO $$ DECLARE r record; BEGIN
     FOR r IN SELECT tgname FROM pg_trigger WHERE tgrelid = 'statement'::regclass AND NOT tgisinternal LOOP
       EXECUTE format('DROP TRIGGER %I ON statement', r.tgname);
     END LOOP; END $$`,
];
const VARIANTS: [string, string[]][] = [
  ['as migrated', []],
  ['previous function (20261128130000)', PREVIOUS_FUNCTION],
  ['without article.search_vector', WITHOUT_ARTICLE_SEARCH],
  ['without the statement text search column/index', WITHOUT_STATEMENT_SEARCH],
  ['without person/organization search_names, alias_keys', WITHOUT_ENTITY_SEARCH],
  ['without foreign keys', WITHOUT_FOREIGN_KEYS],
  ['without statement triggers', WITHOUT_STATEMENT_TRIGGERS],
  [
    'without all of the above',
    [
      ...WITHOUT_ARTICLE_SEARCH,
      ...WITHOUT_STATEMENT_SEARCH,
      ...WITHOUT_ENTITY_SEARCH,
      ...WITHOUT_FOREIGN_KEYS,
      ...WITHOUT_STATEMENT_TRIGGERS,
    ],
  ],
];

/** CPU seconds of one backend process so far: user (PostgreSQL's own work) and system (the kernel's: I/O, fsync). */
function backendCpu(pid: number): { user: number; system: number } {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

console.log(`bench/write-cost: ${count} real articles, written one after another through newsgraph_ingest_article`);
for (const [name, statements] of VARIANTS) {
  if (only && !name.includes(only)) continue;
  const database = await createBenchDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
    const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const before = backendCpu(pid);
    const started = performance.now();
    for (const payload of payloads) await client.query('SELECT * FROM newsgraph_ingest_article($1::jsonb)', [payload]);
    const wall = (performance.now() - started) / count;
    const after = backendCpu(pid);
    const perArticle = (seconds: number) => ((seconds * 1000) / count).toFixed(2);
    console.log(
      `  ${name.padEnd(55)} backend CPU ${perArticle(after.user + after.system - before.user - before.system)} ms/article ` +
        `(user ${perArticle(after.user - before.user)}, system ${perArticle(after.system - before.system)}), wall ${wall.toFixed(2)} ms/article`,
    );
  } finally {
    await client.end();
    await database.drop();
  }
}
