import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import type { ModelName, ModelRow } from '../connection/node-select.js';
import { decodeKeysetCursor } from '../connection/keyset-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../connection/page-size.js';
import { resolveSqlConnection, type NodeLoad, type SqlConnection, type SqlEdge } from '../connection/sql-connection.js';
import { headlineOptions, parseHeadline, type SnippetShape } from './snippet.js';
import { RANK_WINDOW, type SearchOrderValue } from './search-order.js';
import { tsQuery } from './search-query.js';

/** What differs between searching statements and searching articles. */
export interface SearchTarget {
  /** Names the search in its cursors. */
  name: string;
  /** The searched table's alias in `from`: its `id`, `published_at` and `search_vector` are read. */
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
  const query = tsQuery(args.query);
  const table = Prisma.raw(target.alias);
  const rank = { sql: Prisma.sql`ts_rank(${table}.search_vector, ${query})::float8`, type: 'float8' as const };
  const published = { sql: Prisma.sql`coalesce(${table}.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' as const };
  const order = args.orderBy ?? 'RELEVANCE';
  const ordering = `${target.name}:${order}`;
  const matches = Prisma.sql`${table}.search_vector @@ ${query} AND ${target.where}`;
  // What the page needs: the newest RANK_WINDOW matches to rank, or newest first the page after the cursor.
  const pageAfter = order === 'NEWEST' && !args.before && args.last == null;
  const narrow =
    order === 'RELEVANCE'
      ? await recentBound(prisma, target, matches, published.sql, undefined, RANK_WINDOW)
      : pageAfter
        ? await recentBound(prisma, target, matches, published.sql, args.after ? decodeKeysetCursor(args.after, ordering, 2, 'after') : undefined, (args.first ?? DEFAULT_PAGE_SIZE) + 1)
        : undefined;
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
        : { keys: [rank], window: { orderBy: Prisma.sql`${published.sql} DESC, ${table}.id DESC`, size: RANK_WINDOW } }),
    },
    nodes,
  );
  let snippets: Promise<Map<number, SnippetShape>> | undefined;
  const loadSnippets = async () => {
    const ids = connection.edges.map((edge) => edge.node.id);
    const { text, words } = target.snippet;
    const rows = await rawQuery<{ id: number; headline: string }>(
      prisma,
      Prisma.sql`SELECT ${table}.id, ts_headline('english', ${text}, ${query}, ${headlineOptions(words)}) AS headline
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

/** How far back from the newest date (or the cursor's) the searches for a date bound look, in days. */
const PROBE_DAYS = [7, 30, 180, 730];
/** Below this many rows (PostgreSQL's estimate) visiting every match is cheap: no bound is looked for. */
const PROBE_MIN_ROWS = 500_000;

/**
 * The searched table's size and newest date, read at most once a minute: an older newest date only
 * makes a bound wider than it could be, never wrong (a bound is a lower limit on the date).
 */
const tableFacts = new WeakMap<PrismaClient, Map<string, { readAt: number; rows: number; newest: string | null }>>();
async function factsOf(prisma: PrismaClient, alias: SearchTarget['alias'], published: Prisma.Sql) {
  let facts = tableFacts.get(prisma);
  if (!facts) tableFacts.set(prisma, (facts = new Map()));
  const cached = facts.get(alias);
  if (cached && Date.now() - cached.readAt < 60_000) return cached;
  const [row] = await rawQuery<{ rows: number; newest: string | null }>(
    prisma,
    Prisma.sql`SELECT (SELECT reltuples FROM pg_class WHERE oid = ${TABLES[alias]}::regclass)::float8 AS rows,
      (SELECT max(${published}) FROM ${Prisma.raw(`${TABLES[alias]} ${alias}`)})::text AS newest`,
  );
  const read = { readAt: Date.now(), rows: row?.rows ?? 0, newest: row?.newest ?? null };
  facts.set(alias, read);
  return read;
}

/**
 * A date bound that keeps every row a page can show, or undefined to search everything. A GIN index keeps
 * no order: to find a common word's newest matches PostgreSQL visits every match (a word in 1% of 10 million
 * statements: 100,000 rows). Bounded by date, it ANDs the word's index with the date index and visits only
 * recent rows. The bound is the nearest of PROBE_DAYS within which at least `need` matches lie (older than
 * the cursor `olderThan`, [date, id], when there is one): then the newest `need` matches all lie within it.
 */
async function recentBound(
  prisma: PrismaClient,
  target: SearchTarget,
  matches: Prisma.Sql,
  published: Prisma.Sql,
  olderThan: string[] | undefined,
  need: number,
): Promise<Prisma.Sql | undefined> {
  const table = Prisma.raw(target.alias);
  const facts = await factsOf(prisma, target.alias, published);
  const anchor = olderThan ? olderThan[0]! : facts.newest;
  if (facts.rows < PROBE_MIN_ROWS || !anchor || anchor === '-infinity') return undefined;
  const older = olderThan ? Prisma.sql` AND (${published}, ${table}.id) < (${olderThan[0]}::timestamptz, ${Number(olderThan[1])}::int)` : Prisma.empty;
  for (const days of PROBE_DAYS) {
    const bound = Prisma.sql`${published} >= ${anchor}::timestamptz - make_interval(days => ${days})`;
    const [found] = await rawQuery<{ n: number }>(
      prisma,
      Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${target.from} WHERE ${matches} AND ${bound}${older} LIMIT ${need}) AS probe`,
    );
    if ((found?.n ?? 0) >= need) return bound;
  }
  return undefined;
}
