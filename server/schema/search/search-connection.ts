import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import type { ModelName, ModelRow } from '../connection/node-select.js';
import { decodeKeysetCursor } from '../connection/keyset-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../connection/page-size.js';
import { resolveSqlConnection, type NodeLoad, type SqlConnection, type SqlEdge } from '../connection/sql-connection.js';
import { headlineOptions, parseHeadline, type SnippetShape } from './snippet.js';
import { RANK_WINDOW, type SearchOrderValue } from './search-order.js';
import { rowSearchConfigSql, rowTsQuerySql, textMatchSql } from '../filters/text-search.js';
import { searchQuery } from './search-query.js';

/** What differs between searching statements and searching articles. */
export interface SearchTarget {
  /** Names the search in its cursors. */
  name: string;
  /** The searched table's alias in `from`: its `id`, `published_at`, `search_config` and `search_vector` are read. */
  alias: 's' | 'a';
  from: Prisma.Sql;
  /** The user's filter, as SQL. */
  where: Prisma.Sql;
  /** The headline source text and options of the snippet, e.g. the statement's text. */
  snippet: { text: Prisma.Sql; words: { min: number; max: number; fragments: number } };
}

export interface SearchEdge<Node> extends SqlEdge<Node> {
  rank: number;
  snippet: () => Promise<SnippetShape>;
}

/**
 * One page of a full-text search: keyset-paged by relevance (among the newest RANK_WINDOW matches) or
 * by date, each edge with its rank, and snippets made only when asked for, for the whole page at once.
 */
export async function resolveSearchConnection<M extends ModelName>(
  prisma: PrismaClient,
  args: DefaultConnectionArguments & { query: string; orderBy?: SearchOrderValue | null },
  target: SearchTarget,
  nodes: NodeLoad<M>,
): Promise<SqlConnection<ModelRow<M>> & { edges: SearchEdge<ModelRow<M>>[] }> {
  const query = searchQuery(args.query);
  const table = Prisma.raw(target.alias);
  const rank = {
    sql: Prisma.sql`ts_rank(${table}.search_vector, ${rowTsQuerySql(target.alias, query)})::float8`,
    type: 'float8' as const,
  };
  const published = {
    sql: Prisma.sql`coalesce(${table}.published_at, '-infinity'::timestamptz)`,
    type: 'timestamptz' as const,
  };
  const order = args.orderBy ?? 'RELEVANCE';
  const ordering = `${target.name}:${order}`;
  const matches = Prisma.sql`${textMatchSql(target.alias, query)} AND ${target.where}`;
  // What the page needs: the newest RANK_WINDOW matches to rank, or newest first the page after the cursor.
  const pageAfter = order === 'NEWEST' && !args.before && args.last == null;
  const recent =
    order === 'RELEVANCE'
      ? await newestMatches(prisma, target, matches, published.sql, undefined, RANK_WINDOW)
      : pageAfter
        ? await newestMatches(
            prisma,
            target,
            matches,
            published.sql,
            args.after ? decodeKeysetCursor(args.after, ordering, 2, 'after') : undefined,
            (args.first ?? DEFAULT_PAGE_SIZE) + 1,
          )
        : undefined;
  // The page is made of these rows: PostgreSQL looks them up by id instead of searching again.
  const narrow = recent && Prisma.sql`${table}.id = ANY(${recent}::int[])`;
  const connection = await resolveSqlConnection(
    prisma,
    args,
    {
      ordering,
      from: target.from,
      id: Prisma.sql`${table}.id`,
      where: matches,
      narrow,
      descending: true,
      extras: [rank],
      ...(order === 'NEWEST'
        ? { keys: [published] }
        : {
            keys: [rank],
            window: { orderBy: Prisma.sql`${published.sql} DESC, ${table}.id DESC`, size: RANK_WINDOW },
          }),
    },
    nodes,
  );
  let snippets: Promise<Map<number, SnippetShape>> | undefined;
  const loadSnippets = async () => {
    const ids = connection.edges.map((edge) => edge.node.id);
    const { text, words } = target.snippet;
    const rows = await rawQuery<{ id: number; headline: string }>(
      prisma,
      Prisma.sql`SELECT ${table}.id, ts_headline(${rowSearchConfigSql(target.alias)}, ${text}, ${rowTsQuerySql(target.alias, query)}, ${headlineOptions(words)}) AS headline
      FROM ${Prisma.raw(`${TABLES[target.alias]} ${target.alias}`)} WHERE ${table}.id = ANY(${ids}::int[])`,
    );
    return new Map(rows.map((row) => [row.id, parseHeadline(row.headline)]));
  };
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({
      ...edge,
      rank: Number(edge.extras[0]),
      snippet: async () => (await (snippets ??= loadSnippets())).get(edge.node.id) ?? { text: '', highlights: [] },
    })),
  };
}

const TABLES = { s: 'statement', a: 'article' } as const;

/** When a search looks for a recent date bound (see newestMatches); tests lower them to reach it on small tables. */
export const searchProbing = {
  /** Below this many rows in the table (PostgreSQL's estimate) visiting every match is cheap: no bound. */
  minRows: 500_000,
  /** A word is common when the newest this-many rows should hold the rank window's matches: no bound. */
  commonRows: 50_000,
  /** A word is rare when it has at most this many times the rank window's matches: no bound. */
  rareFactor: 5,
};

interface TableFacts {
  readAt: number;
  rows: number;
  newest: string | null;
  /** PostgreSQL's equi-depth histogram of the dates (ANALYZE's): each step holds the same share of rows. */
  dates: string[];
}

/**
 * The searched table's size, newest date and date histogram, read at most once a minute: an older newest
 * date only makes a bound wider than it could be, never wrong (a bound is a lower limit on the date).
 */
const tableFacts = new WeakMap<PrismaClient, Map<string, TableFacts>>();
async function factsOf(prisma: PrismaClient, alias: SearchTarget['alias'], published: Prisma.Sql): Promise<TableFacts> {
  let facts = tableFacts.get(prisma);
  if (!facts) tableFacts.set(prisma, (facts = new Map()));
  const cached = facts.get(alias);
  if (cached && Date.now() - cached.readAt < 60_000) return cached;
  const from = Prisma.raw(`${TABLES[alias]} ${alias}`);
  const [row] = await rawQuery<{ rows: number; newest: string | null; dates: string[] | null }>(
    prisma,
    Prisma.sql`SELECT (SELECT reltuples FROM pg_class WHERE oid = ${TABLES[alias]}::regclass)::float8 AS rows,
      (SELECT max(${published}) FROM ${from})::text AS newest,
      (SELECT histogram_bounds::text::timestamptz[]::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = ${TABLES[alias]} AND attname = 'published_at') AS dates`,
  );
  const read = { readAt: Date.now(), rows: row?.rows ?? 0, newest: row?.newest ?? null, dates: row?.dates ?? [] };
  facts.set(alias, read);
  return read;
}

/**
 * The ids of the newest `need` matches (older than the cursor `olderThan`, [date, id], when there is one),
 * found within a recent date bound, or undefined to search everything. A GIN index keeps no order: to find
 * the newest matches of a word in 0.3% of 10 million statements PostgreSQL visits all 30,000 of them.
 * Bounded by date, it ANDs the word's index with the date index and visits only recent rows. Bounds are
 * tried in turn (for a page: 7, 30, 180, 730 days back from the newest date or the cursor's; for the rank
 * window: from the statistics, boundsForMany); the first that holds `need` matches holds the newest `need`
 * of all. The page then reads those rows by id.
 */
async function newestMatches(
  prisma: PrismaClient,
  target: SearchTarget,
  matches: Prisma.Sql,
  published: Prisma.Sql,
  olderThan: string[] | undefined,
  need: number,
): Promise<number[] | undefined> {
  const table = Prisma.raw(target.alias);
  const facts = await factsOf(prisma, target.alias, published);
  const anchor = olderThan ? olderThan[0]! : facts.newest;
  if (facts.rows < searchProbing.minRows || !anchor || anchor === '-infinity') return undefined;
  const bounds =
    need > PAGE_NEED
      ? await boundsForMany(prisma, target, matches, facts, need)
      : [7, 30, 180, 730].map((days) => Prisma.sql`${anchor}::timestamptz - make_interval(days => ${days})`);
  const older = olderThan
    ? Prisma.sql` AND (${published}, ${table}.id) < (${olderThan[0]}::timestamptz, ${Number(olderThan[1])}::int)`
    : Prisma.empty;
  for (const bound of bounds) {
    const rows = await rawQuery<{ id: number }>(
      prisma,
      Prisma.sql`SELECT ${table}.id FROM ${target.from}
        WHERE ${matches} AND ${published} >= ${bound}${older}
        ORDER BY ${published} DESC, ${table}.id DESC LIMIT ${need}`,
    );
    if (rows.length >= need) return rows.map((row) => row.id);
  }
  return undefined;
}

/** The most a page needs (page size + 1); more is the rank window. */
const PAGE_NEED = 101;

/**
 * For the many matches of the rank window, bounds from PostgreSQL's statistics: the date after which the
 * newest rows should hold `need` matches three times over (the estimated share of rows matching, applied
 * to the date histogram), then a four times larger share. None for a word so common that the newest
 * 50,000 rows hold enough of its matches (PostgreSQL walks the date index back and stops there), nor for
 * one so rare that visiting all its matches is cheap.
 */
async function boundsForMany(
  prisma: PrismaClient,
  target: SearchTarget,
  matches: Prisma.Sql,
  facts: TableFacts,
  need: number,
): Promise<Prisma.Sql[]> {
  const [plan] = await rawQuery<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    prisma,
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${target.from} WHERE ${matches}`,
  );
  const estimate = plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  if (
    estimate * searchProbing.commonRows >= need * facts.rows ||
    estimate <= need * searchProbing.rareFactor ||
    facts.dates.length < 2
  )
    return [];
  const share = (3 * need) / estimate; // of all rows, the newest
  return [share, share * 4]
    .filter((newest) => newest < 0.5)
    .map((newest) => {
      const step = Math.floor((1 - newest) * (facts.dates.length - 1));
      return Prisma.sql`${facts.dates[step]}::timestamptz`;
    });
}
