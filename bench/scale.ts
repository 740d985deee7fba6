/**
 * bench/scale: grows a database to ~1 million articles / ~10 million statements and prints p50/p95 of
 * statement full-text search, speaker + date range filter, and the top-speakers aggregate.
 *
 * The base is the real corpus (../shared/data/news-2020h1.jsonl) ingested for real; the growth copies it
 * inside PostgreSQL (INSERT ... SELECT over generate_series: no bytes cross the socket, which beats COPY):
 * copy c of an article moves 7·c days back in time, and keeps each statement with the probability that
 * lands on the statement target, so speakers keep the real distribution. Latency is measured through the
 * GraphQL API itself (in-process), and for comparison by hand-written SQL. Secondary indexes and foreign
 * keys are dropped for the load and rebuilt after it, as a bulk load should. Mentions and statement links
 * (person_mention, organization_mention, statement_person, statement_organization: ~35 rows per article in
 * news-2020h1) are copied with their articles and kept statements, so that co-mentions meet a real
 * corpus's density; the co-mention triggers are off during the load and the pair counts are counted once
 * after it with the migration's own SQL (prisma/migrations/20261202130000_co_mention_pairs).
 *
 *   npx tsx bench/scale.ts [--articles 1000000] [--statements 10000000] [--base 3503] [--runs 100] [--keep-article-search] [--keep]
 *
 * --keep leaves the grown database in place (with BENCH_SERVER_URL) and prints its URL, to explore it;
 * --reuse <url> measures such a kept database again without growing one.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { createApp } from '../server/app.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { bulkIngest } from '../server/ingest/bulk-ingest.js';
import { readArticleSource } from '../server/ingest/read-article-source.js';
import { firstRecords } from './lib/first-records.js';
import { createWriterPool } from '../server/ingest/writer-pool.js';
import { readFileSync } from 'node:fs';
import { createBenchDatabase } from './lib/bench-database.js';
import { seededRandom } from './lib/seeded-random.js';
import { CORPUS, mb } from './lib/stats.js';
import { formatTiming, timeQuery } from './lib/time-queries.js';
import { timeGraphql } from './lib/time-graphql.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    statements: { type: 'string' },
    base: { type: 'string' },
    runs: { type: 'string' },
    'keep-article-search': { type: 'boolean' },
    keep: { type: 'boolean' },
    reuse: { type: 'string' },
  },
});
const targetArticles = Number(values.articles ?? 1_000_000);
const targetStatements = Number(values.statements ?? 10_000_000);
const baseLimit = values.base ? Number(values.base) : Infinity;
const runs = Number(values.runs ?? 100);

/** The tables of mentions and statement links, grown with their articles and statements. */
const GROWN_LINKS = ['person_mention', 'organization_mention', 'statement_person', 'statement_organization'];
/** The migration's own count of co-mention pairs from what is stored (everything after its marker line). */
const CO_MENTION_MIGRATION = readFileSync(
  new URL('../prisma/migrations/20261202130000_co_mention_pairs/migration.sql', import.meta.url),
  'utf8',
);
const CO_MENTION_COUNTS = CO_MENTION_MIGRATION.slice(CO_MENTION_MIGRATION.indexOf('-- What is already stored.'));

const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

const database = values.reuse
  ? {
      url: values.reuse,
      description: `a grown database kept before (${new URL(values.reuse).pathname.slice(1)})`,
      drop: async () => {},
    }
  : await createBenchDatabase();
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  console.log(
    `bench/scale: target ${targetArticles.toLocaleString('en-US')} articles, ~${targetStatements.toLocaleString('en-US')} statements`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; database: ${database.description}`,
  );
  if (!values.reuse) await grow();

  const { rows: sizes } =
    await client.query(`SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM statement) AS statements,
    (SELECT count(*) FROM speaker_stat WHERE speaker_type = 'PERSON' AND statements > 0) AS speakers, pg_database_size(current_database()) AS size,
    pg_total_relation_size('statement') AS statement_size, (SELECT count(*) FROM speaker_month_stat) AS summary_rows,
    (SELECT count(*) FROM person_mention) + (SELECT count(*) FROM organization_mention) AS mentions,
    (SELECT count(*) FROM statement_person) + (SELECT count(*) FROM statement_organization) AS links,
    (SELECT count(*) FROM co_mention) AS pairs`);
  const size = sizes[0];
  log(
    `grown to ${Number(size.articles).toLocaleString('en-US')} articles, ${Number(size.statements).toLocaleString('en-US')} statements (${size.speakers} distinct speaking people); database ${mb(Number(size.size))}, statement table + indexes ${mb(Number(size.statement_size))}; speaker_month_stat ${size.summary_rows} rows`,
  );
  log(
    `${Number(size.mentions).toLocaleString('en-US')} mentions and ${Number(size.links).toLocaleString('en-US')} statement links (${((Number(size.mentions) + Number(size.links)) / Number(size.articles)).toFixed(1)} per article); co_mention ${Number(size.pairs).toLocaleString('en-US')} rows`,
  );

  // 3. Measure. Parameters come from the data: words of real statements, speakers weighted by how often
  // they speak, date windows inside the grown range.
  const random = seededRandom(6);
  // The real statements have the lowest ids (the copies were added after them).
  const { rows: samples } = await client.query<{ text: string; speaker_person_id: number | null }>(
    `SELECT text, speaker_person_id FROM statement ORDER BY id LIMIT 5000`,
  );
  const words = samples.flatMap((sample) => sample.text.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? []);
  const searches = Array.from({ length: runs }, (_, i) => [
    i % 3 === 2 ? `${random.pick(words)} ${random.pick(words)}` : random.pick(words),
  ]);
  const speakers = samples.map((sample) => sample.speaker_person_id).filter((id): id is number => id !== null);
  const { rows: range } = await client.query(
    `SELECT min(published_at) AS first, max(published_at) AS last FROM statement`,
  );
  const first = new Date(range[0].first).getTime();
  const last = new Date(range[0].last).getTime();
  const day = 86_400_000;
  const window = (days: number) => {
    const start = first + random.next() * Math.max(0, last - first - days * day);
    return [new Date(start), new Date(start + days * day)];
  };

  const prisma = createPrismaClient(database.url);
  const app = createApp({ prisma });
  const speakerIds = speakers.map((id) => encodeGlobalID('Person', id));
  console.log(
    `\nlatency through the GraphQL API in-process (${runs} runs each, parameters varied, after 3 warm-up runs):`,
  );
  const searchFields = `edges { rank node { id text speaker { ... on Person { name } } } }`;
  const search = await timeGraphql(
    app,
    'searchStatements, best 20 by relevance (ts_rank among the newest matches)',
    `query ($q: String!) { searchStatements(search: $q, first: 20) { ${searchFields} } }`,
    searches.map(([q]) => ({ q })),
  );
  console.log(formatTiming(search, 100));
  const searchNewest = await timeGraphql(
    app,
    'searchStatements, newest 20',
    `query ($q: String!) { searchStatements(search: $q, first: 20, orderBy: { field: PUBLISHED_AT }) { ${searchFields} } }`,
    searches.map(([q]) => ({ q })),
  );
  console.log(formatTiming(searchNewest, 100));
  const filterApi = await timeGraphql(
    app,
    'statements of one speaker in a 90-day window, newest 20',
    `query ($speaker: ID!, $from: DateTime!, $before: DateTime!) {
       statements(first: 20, filter: { speakerId: [$speaker], publishedAt: { from: $from, before: $before } }) { edges { node { id text article { title } } } } }`,
    Array.from({ length: runs }, () => {
      const [from, before] = window(90);
      return { speaker: random.pick(speakerIds), from, before };
    }),
  );
  console.log(formatTiming(filterApi, 100));
  const topApi = await timeGraphql(
    app,
    'topSpeakers in a one-year window, top 10',
    `query ($from: DateTime!, $before: DateTime!) {
       topSpeakers(first: 10, filter: { publishedAt: { from: $from, before: $before } }) { edges { node { count speaker { ... on Person { name } ... on Organization { name } } } } } }`,
    Array.from({ length: Math.min(runs, 20) }, () => {
      const [from, before] = window(365);
      return { from, before };
    }),
  );
  console.log(formatTiming(topApi, 250));
  // The most mentioned people of the real base (ids below the first copy's), the most mentioned first.
  const { rows: strideRows } = await client.query(
    `SELECT coalesce(min(id), 2147483647) AS stride FROM article WHERE url LIKE '%#copy-%'`,
  );
  const baseStride = Number(strideRows[0].stride);
  const { rows: mentioned } = await client.query<{ name: string; id: number; mentions: number }>(
    `SELECT p.name, p.id, count(*)::int AS mentions FROM person_mention m JOIN person p ON p.id = m.person_id
     WHERE m.article_id < $1 GROUP BY p.id ORDER BY 3 DESC, p.id LIMIT 20`,
    [baseStride],
  );
  console.log(
    `most mentioned person: ${mentioned[0]?.name} (${mentioned[0]?.mentions} mentions in the real base, × the copies)`,
  );
  const coMentionFields = `totalCount edges { node { articleCount statementCount entity { ... on Person { name } ... on Organization { name } } } }`;
  const coTop = await timeGraphql(
    app,
    `person(name: "${mentioned[0]?.name}") { coMentions(first: 10) }, the most mentioned person`,
    `query ($name: String!) { person(name: $name) { coMentions(first: 10) { ${coMentionFields} } } }`,
    Array.from({ length: runs }, () => ({ name: mentioned[0]!.name })),
  );
  console.log(formatTiming(coTop, 100));
  const coMany = await timeGraphql(
    app,
    'coMentions(first: 10, type: PERSON and ORGANIZATION) of the 20 most mentioned people',
    `query ($name: String!) { person(name: $name) { people: coMentions(first: 10) { ${coMentionFields} } organizations: coMentions(first: 10, type: ORGANIZATION) { ${coMentionFields} } } }`,
    Array.from({ length: runs }, () => ({ name: random.pick(mentioned).name })),
  );
  console.log(formatTiming(coMany, 100));
  const outletMonths = await timeGraphql(
    app,
    'statementCounts by outlet × month over a one-year window, first 100',
    `query ($from: DateTime!, $before: DateTime!) {
       statementCounts(first: 100, groupBy: [OUTLET, PERIOD], bucket: MONTH, orderBy: KEY, filter: { publishedAt: { from: $from, before: $before } }) {
         totalCount edges { node { count outlet period { start } } } } }`,
    Array.from({ length: Math.min(runs, 20) }, () => {
      const [from, before] = window(365);
      return { from, before };
    }),
  );
  console.log(formatTiming(outletMonths, 250));
  await prisma.$disconnect();

  console.log(`\nthe same data by hand-written SQL over loopback, for comparison:`);
  const filter = await timeQuery(
    client,
    'statements of one speaker in a 90-day window, newest 20',
    `SELECT s.id, s.text, s.published_at FROM statement s
     WHERE s.speaker_person_id = $1 AND coalesce(s.published_at, '-infinity') >= $2 AND coalesce(s.published_at, '-infinity') < $3
     ORDER BY coalesce(s.published_at, '-infinity') DESC, s.id DESC LIMIT 20`,
    Array.from({ length: runs }, () => [random.pick(speakers), ...window(90)]),
  );
  console.log(formatTiming(filter, 100));
  const top = await timeQuery(
    client,
    'top 10 speakers in a one-year window (speaker_month_stat)',
    `SELECT p.id, p.name, t.statements FROM (
       SELECT speaker_id AS person_id, sum(statements)::int AS statements FROM speaker_month_stat
       WHERE speaker_type = 'PERSON' AND month >= $1 AND month < $2
       GROUP BY 1 ORDER BY 2 DESC LIMIT 10) t JOIN person p ON p.id = t.person_id ORDER BY t.statements DESC`,
    Array.from({ length: runs }, () => window(365)),
  );
  console.log(formatTiming(top, 250));
  const topAll = await timeQuery(
    client,
    'top 10 speakers of all time (speaker_stat)',
    `SELECT p.id, p.name, t.statements FROM (SELECT speaker_id AS person_id, statements FROM speaker_stat WHERE speaker_type = 'PERSON' ORDER BY statements DESC LIMIT 10) t
     JOIN person p ON p.id = t.person_id ORDER BY t.statements DESC`,
    Array.from({ length: runs }, () => []),
  );
  console.log(formatTiming(topAll, 250));
  const topRaw = await timeQuery(
    client,
    'for comparison: top 10 speakers in a one-year window counted from statement (no summary)',
    `SELECT speaker_person_id, count(*)::int FROM statement WHERE published_at >= $1 AND published_at < $2 AND speaker_person_id IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
    Array.from({ length: 5 }, () => window(365)),
    1,
  );
  console.log(formatTiming(topRaw));
  const coRaw = await timeQuery(
    client,
    'for comparison: co-mentions of the most mentioned person counted from the mentions (the query before pair counts)',
    `WITH mine AS (SELECT DISTINCT article_id FROM person_mention WHERE person_id = $1)
     SELECT m.person_id, count(DISTINCT m.article_id)::int AS articles FROM person_mention m JOIN mine USING (article_id)
     WHERE m.person_id <> $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
    Array.from({ length: 3 }, () => [mentioned[0]!.id]),
    1,
  );
  console.log(formatTiming(coRaw));
  log(
    `done; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );

  /** Steps 1 and 2: the real base ingested, then copied until the targets are reached. */
  async function grow() {
    // 1. The real base, through the real ingestion path.
    const db = createWriterPool(database.url);
    const base = await bulkIngest(db, firstRecords(readArticleSource([CORPUS]), baseLimit), {
      threads: availableParallelism(),
    });
    await db.end();
    log(`base: ${base.created} real articles ingested (${base.statements} statements) in ${base.seconds.toFixed(0)} s`);

    // 2. Grow.
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET max_parallel_maintenance_workers = 2`);
    await client.query(`SET work_mem = '256MB'`);
    if (!values['keep-article-search']) {
      // The API's article full-text column: to_tsvector over a million bodies is ~an hour of CPU here, and no
      // query below reads it.
      await client.query(`ALTER TABLE article DROP COLUMN IF EXISTS search_vector`);
      log('dropped article.search_vector (article full-text search) for the load: not measured here');
    }
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(`
      SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ('article', 'statement', ${GROWN_LINKS.map((t) => `'${t}'`).join(', ')})
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')`);
    const { rows: foreignKeys } = await client.query<{ table: string; conname: string; definition: string }>(`
      SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid::regclass::text IN ('statement', ${GROWN_LINKS.map((t) => `'${t}'`).join(', ')}) AND contype = 'f'`);
    for (const { table, conname } of foreignKeys)
      await client.query(`ALTER TABLE ${table} DROP CONSTRAINT "${conname}"`);
    // Pair counts are counted once after the load (below), not row batch by row batch.
    const { rows: coMentionTriggers } = await client.query<{ table: string; name: string }>(
      `SELECT tgrelid::regclass::text AS table, tgname AS name FROM pg_trigger WHERE tgname LIKE '%co_mentions%'`,
    );
    for (const { table, name } of coMentionTriggers)
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER "${name}"`);
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
    await client.query(`CREATE UNLOGGED TABLE base_article AS SELECT * FROM article`);
    await client.query(`CREATE UNLOGGED TABLE base_statement AS SELECT * FROM statement`);
    for (const table of GROWN_LINKS)
      await client.query(`CREATE UNLOGGED TABLE base_${table} AS SELECT * FROM ${table}`);
    const { rows: baseRows } = await client.query(
      `SELECT (SELECT count(*)::int FROM base_article) AS articles, (SELECT count(*)::int FROM base_statement) AS statements, (SELECT max(id) + 1 FROM base_article) AS stride, (SELECT max(id) + 1 FROM base_statement) AS statement_stride`,
    );
    const {
      articles: baseArticles,
      statements: baseStatements,
      stride,
      statement_stride: statementStride,
    } = baseRows[0];
    const copies = Math.max(0, Math.ceil(targetArticles / baseArticles) - 1);
    const keep = Math.min(1, Math.max(0, targetStatements - baseStatements) / Math.max(1, baseStatements * copies));
    const threshold = Math.round(keep * 1024);
    log(
      `growing: ${copies} copies of ${baseArticles} articles, keeping ${(keep * 100).toFixed(1)}% of each copy's statements`,
    );
    const articleColumns = (
      await client.query(`SELECT string_agg(quote_ident(column_name), ', ') AS list FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'article' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'url', 'canonical_url', 'published_at')`)
    ).rows[0].list;
    for (let from = 1; from <= copies; from += 20) {
      const to = Math.min(copies, from + 19);
      await client.query(
        `INSERT INTO article (id, url, canonical_url, published_at, ${articleColumns})
         SELECT c * $3 + a.id, a.url || '#copy-' || c, a.canonical_url || '#copy-' || c, a.published_at - make_interval(days => 7 * c), ${articleColumns.replace(/(^|, )/g, '$1a.')}
         FROM base_article a CROSS JOIN generate_series($1::int, $2::int) AS c`,
        [from, to, stride],
      );
      await client.query(
        `INSERT INTO statement (id, article_id, text, kind, start, "end", pieces, cue, cue_start, cue_end, speaker_person_id, speaker_organization_id, speaker_start, speaker_end, published_at, content, confidence)
         SELECT c * $5 + s.id, c * $3 + s.article_id, s.text, s.kind, s.start, s."end", s.pieces, s.cue, s.cue_start, s.cue_end, s.speaker_person_id, s.speaker_organization_id,
                s.speaker_start, s.speaker_end, s.published_at - make_interval(days => 7 * c), s.content, s.confidence
         FROM base_statement s CROSS JOIN generate_series($1::int, $2::int) AS c
         WHERE (hashint4(s.id * 1009 + c) & 1023) < $4`,
        [from, to, stride, threshold, statementStride],
      );
      for (const [table, columns] of [
        ['person_mention', 'person_id, start, "end", text, form, role'],
        ['organization_mention', 'organization_id, start, "end", text, form'],
      ])
        await client.query(
          `INSERT INTO ${table} (article_id, ${columns}) SELECT c * $3 + m.article_id, ${columns.replace(/(^|, )/g, '$1m.')}
           FROM base_${table} m CROSS JOIN generate_series($1::int, $2::int) AS c`,
          [from, to, stride],
        );
      for (const [table, column] of [
        ['statement_person', 'person_id'],
        ['statement_organization', 'organization_id'],
      ])
        await client.query(
          `INSERT INTO ${table} (statement_id, ${column}) SELECT c * $3 + l.statement_id, l.${column}
           FROM base_${table} l CROSS JOIN generate_series($1::int, $2::int) AS c
           WHERE (hashint4(l.statement_id * 1009 + c) & 1023) < $4`,
          [from, to, statementStride, threshold],
        );
      log(`  copies ${from}..${to} of ${copies} written`);
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article))`);
    await client.query(`SELECT setval(pg_get_serial_sequence('statement', 'id'), (SELECT max(id) FROM statement))`);
    for (const { indexname, indexdef } of indexes) {
      const started = performance.now();
      await client.query(indexdef);
      log(`  rebuilt ${indexname} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    for (const { table, conname, definition } of foreignKeys)
      await client.query(`ALTER TABLE ${table} ADD CONSTRAINT "${conname}" ${definition}`);
    log('foreign keys re-added (and checked)');
    const counting = performance.now();
    await client.query(`TRUNCATE co_mention, co_mention_member`);
    await client.query(CO_MENTION_COUNTS);
    for (const { table, name } of coMentionTriggers)
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER "${name}"`);
    log(`co-mention pair counts counted from scratch in ${((performance.now() - counting) / 1000).toFixed(0)} s`);
    await client.query(`VACUUM ANALYZE article`);
    await client.query(`VACUUM ANALYZE statement`);
    // The triggers rewrote the summary rows once per loaded batch: vacuumed, as after any bulk load.
    await client.query(`VACUUM ANALYZE speaker_month_stat`);
    await client.query(`VACUUM ANALYZE speaker_stat`);
    await client.query(`VACUUM ANALYZE co_mention`);
    for (const table of GROWN_LINKS) await client.query(`VACUUM ANALYZE ${table}`);
    await client.query(`DROP TABLE base_article, base_statement, ${GROWN_LINKS.map((t) => `base_${t}`).join(', ')}`);
    log('vacuumed and analyzed');
  }
} finally {
  await client.end();
  if (values.keep) console.log(`kept the database: ${database.url}`);
  else await database.drop();
}
