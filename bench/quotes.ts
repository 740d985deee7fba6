/**
 * bench/quotes: quotes and syndication on ../shared/data/news-2020h1.jsonl. Ingests the corpus into two
 * fresh databases, one with the quote triggers and syndication filing switched off (the ingest of before
 * this feature, as near as a switch gets) and one with them, and prints the ingest rate and CPU of each;
 * then, on the second, statements against quotes, the syndication groups and the articles in them, the ten
 * quotes printed by the most outlets, and the first `--pairs` grouped (original, copy) pairs to read.
 *
 *   npx tsx bench/quotes.ts [corpus.jsonl] [--limit N] [--pairs 30] [--threads N] [--writers N]
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { minhashSignature } from '../server/extract/minhash.js';
import { wireServiceOf } from '../server/extract/wire-service.js';
import { bulkIngest } from '../server/ingest/bulk-ingest.js';
import { readArticleSource } from '../server/ingest/read-article-source.js';
import { createWriterPool } from '../server/ingest/writer-pool.js';
import { createBenchDatabase, query } from './lib/bench-database.js';
import { firstRecords } from './lib/first-records.js';
import { ownCpuSeconds, postgresCpuSeconds } from './lib/process-cpu.js';
import { CORPUS } from './lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    pairs: { type: 'string' },
    threads: { type: 'string' },
    writers: { type: 'string' },
  },
});
const corpus = positionals[0] ?? CORPUS;
const limit = values.limit ? Number(values.limit) : Infinity;
const pairs = Number(values.pairs ?? 30);
const threads = Number(values.threads ?? availableParallelism());
const writers = Number(values.writers ?? 3);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// What the features switch off: the statement triggers that keep quotes, and the filing of articles
// among their copies (a function that does nothing). Extraction still computes the MinHash signature;
// its cost is measured on its own below.
const SWITCH_OFF = `
  ALTER TABLE statement DISABLE TRIGGER statement_quote_form;
  ALTER TABLE statement DISABLE TRIGGER statement_quotes_insert;
  ALTER TABLE statement DISABLE TRIGGER statement_quotes_delete;
  ALTER TABLE statement DISABLE TRIGGER statement_quotes_update;
  CREATE OR REPLACE FUNCTION newsgraph_syndicate_article(article_id INTEGER, status TEXT, signature INTEGER[], wire_service TEXT) RETURNS void LANGUAGE sql AS 'SELECT';`;

console.log(`bench/quotes: ${corpus}`);
console.log(`machine: ${cpus().length} cores, load average before ${load()}; ${threads} threads, ${writers} writers`);

// The signature and wire credit, computed in the extraction threads: their CPU per article.
let texts = 0;
let started = performance.now();
for await (const item of firstRecords(readArticleSource([corpus]), limit)) {
  if (item.kind !== 'article') continue;
  minhashSignature(item.input.text);
  wireServiceOf(item.input.text);
  texts++;
}
const signatureMs = (performance.now() - started) / texts;
console.log(`MinHash signature + wire credit: ${signatureMs.toFixed(2)} ms per article (one core, ${texts} articles)`);

interface Run {
  rate: number;
  cpuPerArticle: number;
  postgresPerArticle: number;
}

async function ingestRun(title: string, features: boolean, keep: (url: string) => Promise<void>): Promise<Run> {
  const database = await createBenchDatabase();
  try {
    if (!features) await query(database.url, SWITCH_OFF);
    const db = createWriterPool(database.url, { connections: writers + 1 });
    const cpu = { node: ownCpuSeconds(), postgres: postgresCpuSeconds(database.postmasterPid!) };
    const summary = await bulkIngest(db, firstRecords(readArticleSource([corpus]), limit), { threads, writers });
    const node = ownCpuSeconds() - cpu.node;
    const postgres = postgresCpuSeconds(database.postmasterPid!) - cpu.postgres;
    await db.end();
    const run = {
      rate: summary.done / summary.seconds,
      cpuPerArticle: ((node + postgres) * 1000) / summary.done,
      postgresPerArticle: (postgres * 1000) / summary.done,
    };
    console.log(
      `${title}: ${summary.done} articles in ${summary.seconds.toFixed(1)} s = ${run.rate.toFixed(1)} articles/s; ` +
        `CPU ${run.cpuPerArticle.toFixed(1)} ms per article (PostgreSQL ${run.postgresPerArticle.toFixed(1)} ms); ` +
        `${summary.failed.length} failed; load average ${load()}`,
    );
    await keep(database.url);
    return run;
  } finally {
    await database.drop();
  }
}

const without = await ingestRun('without quotes and syndication', false, async () => {});
const withFeatures = await ingestRun('with quotes and syndication', true, report);
console.log(
  `cost of the features: ${(((withFeatures.cpuPerArticle - without.cpuPerArticle + signatureMs) / without.cpuPerArticle) * 100).toFixed(1)}% more CPU per article ` +
    `(PostgreSQL ${(withFeatures.postgresPerArticle - without.postgresPerArticle).toFixed(2)} ms + signature ${signatureMs.toFixed(2)} ms, ` +
    `on ${without.cpuPerArticle.toFixed(1)} ms); ingest rate ${without.rate.toFixed(1)} -> ${withFeatures.rate.toFixed(1)} articles/s ` +
    `(${(((without.rate - withFeatures.rate) / without.rate) * 100).toFixed(1)}% slower on a machine shared with other work)`,
);

async function report(url: string) {
  const one = async (sql: string) => (await query(url, sql)).rows[0];
  const counts =
    await one(`SELECT (SELECT count(*) FROM statement)::int AS statements, (SELECT count(*) FROM quote)::int AS quotes,
    (SELECT count(*) FROM quote WHERE occurrence_count > 1)::int AS repeated, (SELECT count(*) FROM quote WHERE outlet_count > 1)::int AS multi_outlet,
    (SELECT count(*) FROM quote_form f WHERE f.quote_id IS NOT NULL AND f.quote_id <> f.id)::int AS contained_forms,
    (SELECT count(*) FROM statement s JOIN quote_form f ON f.id = s.quote_form_id WHERE f.speaker_key = 'NONE')::int AS unattributed`);
  console.log(
    `statements: ${counts.statements}; quotes: ${counts.quotes} (${counts.repeated} printed more than once, ${counts.multi_outlet} by more than one outlet; ` +
      `${counts.contained_forms} shorter forms joined a longer one; ${counts.unattributed} statements without a speaker, grouped by words alone)`,
  );
  const groups =
    await one(`SELECT count(*)::int AS groups, coalesce(sum(size), 0)::int AS articles, coalesce(max(size), 0)::int AS largest,
    (SELECT count(*) FROM article)::int AS all_articles, (SELECT count(*) FROM article_syndication WHERE is_copy)::int AS copies
    FROM syndication_group`);
  console.log(
    `syndication: ${groups.groups} groups holding ${groups.articles} of ${groups.all_articles} articles (largest ${groups.largest}; ${groups.copies} copies, counted out by copies: EXCLUDE)`,
  );
  const wires = (
    await query(
      url,
      `SELECT wire_service, count(*)::int AS n FROM article_syndication WHERE wire_service IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`,
    )
  ).rows;
  console.log(`wire credits: ${wires.map((row) => `${row.wire_service} ${row.n}`).join(', ') || 'none'}`);
  const distinct = await one(`SELECT
    (SELECT count(*) FROM statement s WHERE NOT EXISTS (SELECT 1 FROM article_syndication sy WHERE sy.article_id = s.article_id AND sy.is_copy))::int AS statements_no_copies,
    (SELECT count(DISTINCT f.quote_id) FROM statement s JOIN quote_form f ON f.id = s.quote_form_id WHERE s.speaker_person_id IS NOT NULL OR s.speaker_organization_id IS NOT NULL)::int AS attributed_quotes,
    (SELECT count(*) FROM statement s WHERE s.speaker_person_id IS NOT NULL OR s.speaker_organization_id IS NOT NULL)::int AS attributed`);
  console.log(
    `attributed statements ${distinct.attributed} -> quotes ${distinct.attributed_quotes}; statements outside copies: ${distinct.statements_no_copies}`,
  );
  console.log('the ten quotes printed by the most outlets:');
  const top = (
    await query(
      url,
      `SELECT q.outlet_count, q.occurrence_count, q.first_seen_at::date AS first_seen, coalesce(p.name, o.name, '(no speaker)') AS speaker, q.text
       FROM quote q LEFT JOIN person p ON p.id = q.speaker_person_id LEFT JOIN organization o ON o.id = q.speaker_organization_id
       ORDER BY q.outlet_count DESC, q.occurrence_count DESC, q.id LIMIT 10`,
    )
  ).rows;
  for (const row of top)
    console.log(
      `  ${row.outlet_count} outlets, ${row.occurrence_count} statements, first ${row.first_seen?.toISOString?.().slice(0, 10) ?? 'undated'}: ${row.speaker}: "${row.text.slice(0, 110)}"`,
    );
  console.log(`the first ${pairs} grouped pairs (original | copy), to read:`);
  const rows = (
    await query(
      url,
      `SELECT g.id AS group_id, o.outlet AS o_outlet, o.title AS o_title, c.outlet AS c_outlet, c.title AS c_title,
         length(o.body) AS o_length, length(c.body) AS c_length, newsgraph_minhash_similarity(so.signature, sc.signature) AS similarity,
         left(o.body, 160) AS o_start, left(c.body, 160) AS c_start
       FROM syndication_group g JOIN article o ON o.id = g.original_article_id JOIN article_syndication so ON so.article_id = o.id
       JOIN article_syndication sc ON sc.group_id = g.id AND sc.is_copy JOIN article c ON c.id = sc.article_id
       ORDER BY g.id, c.id LIMIT $1`,
      [pairs],
    )
  ).rows;
  for (const [i, row] of rows.entries()) {
    console.log(
      `  ${i + 1}. group ${row.group_id}, similarity ${Number(row.similarity).toFixed(2)}, ${row.o_length} / ${row.c_length} chars\n` +
        `     ${row.o_outlet}: ${row.o_title}\n     ${row.c_outlet}: ${row.c_title}\n` +
        `     | ${row.o_start.replace(/\s+/g, ' ')}\n     | ${row.c_start.replace(/\s+/g, ' ')}`,
    );
  }
}
