import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import type { ModelName, ModelRow } from '../connection/node-select.js';
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
  snippet: { table: Prisma.Sql; text: Prisma.Sql; words: { min: number; max: number; fragments: number } };
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
  const connection = await resolveSqlConnection(
    prisma,
    args,
    {
      ordering: `${target.name}:${order}`,
      from: target.from,
      id: Prisma.sql`${table}.id`,
      where: Prisma.sql`${table}.search_vector @@ ${query} AND ${target.where}`,
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
    const { table: from, text, words } = target.snippet;
    const rows = await rawQuery<{ id: number; headline: string }>(
      prisma,
      Prisma.sql`SELECT ${table}.id, ts_headline('english', ${text}, ${query}, ${headlineOptions(words)}) AS headline
      FROM ${from} WHERE ${table}.id = ANY(${ids}::int[])`,
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
