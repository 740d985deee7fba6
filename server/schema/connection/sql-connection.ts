import { resolveCursorConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

/** A PostgreSQL type a sort value is compared as when a cursor comes back. */
export type SqlType = 'text' | 'int4' | 'int8' | 'float8' | 'timestamptz';

/** One ORDER BY expression. It must never be NULL: a NULL breaks the keyset comparison (COALESCE it). */
export interface SortKey {
  sql: Prisma.Sql;
  type: SqlType;
}

/** What a SQL-backed connection pages over: rows of `from` matching `where`, by `keys` then id. */
export interface KeysetPlan {
  /** Names the ordering, so that a cursor from another ordering is refused instead of misread. */
  ordering: string;
  from: Prisma.Sql;
  id: Prisma.Sql;
  where: Prisma.Sql;
  keys: SortKey[];
  descending: boolean;
  /**
   * Pages over only the first `size` rows of `from`/`where` in `orderBy` (a search ranks only its newest
   * matches: ranking every match of a common word among millions costs seconds). `totalCount` still
   * counts every row. @default every row
   */
  window?: { orderBy: Prisma.Sql; size: number };
  /** Values selected with each row but not ordered by (a search's rank when it orders by date). */
  extras?: SortKey[];
}

export interface SqlEdge<Node> {
  cursor: string;
  node: Node;
  /** The sort values of the row, as text. */
  values: string[];
  /** The plan's `extras` for the row, as text. */
  extras: string[];
}

export interface SqlConnection<Node> {
  edges: SqlEdge<Node>[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  /** Counted only when asked for. */
  totalCount: () => Promise<number>;
}

interface KeysetRow {
  id: number;
  values: string[];
  extras: string[];
}

/**
 * One page of a connection in two statements however deep the selection below it: the ids of the
 * page by keyset pagination in SQL (filters, full-text search and computed orderings Prisma cannot
 * express), then the nodes with everything the query selects beneath them through `load`.
 */
export async function resolveSqlConnection<Node extends { id: number }>(
  prisma: PrismaClient,
  args: DefaultConnectionArguments,
  plan: KeysetPlan,
  load: (ids: number[]) => Promise<Node[]>,
): Promise<SqlConnection<Node>> {
  const page = (await resolveCursorConnection(
    {
      args,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
      toCursor: (row) => encodeKeysetCursor(plan.ordering, [...(row as KeysetRow).values, String((row as KeysetRow).id)]),
    },
    ({ before, after, limit, inverted }) => selectPage(prisma, plan, { before, after, limit, inverted }),
  )) as unknown as { edges: { cursor: string; node: KeysetRow }[]; pageInfo: SqlConnection<Node>['pageInfo'] };
  const rows = page.edges.map((edge) => edge.node);
  const nodes = rows.length ? await load(rows.map((row) => row.id)) : [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = page.edges.flatMap((edge) => {
    const node = byId.get(edge.node.id);
    // A row deleted between the two statements is left out rather than returned as null.
    return node ? [{ cursor: edge.cursor, node, values: edge.node.values, extras: edge.node.extras }] : [];
  });
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: page.pageInfo,
    totalCount: () => (count ??= countRows(prisma, plan)),
  };
}

async function selectPage(
  prisma: PrismaClient,
  plan: KeysetPlan,
  { before, after, limit, inverted }: { before?: string; after?: string; limit: number; inverted: boolean },
): Promise<KeysetRow[]> {
  const names = [...plan.keys.map((_, i) => `k${i}`), 'id'];
  const types: SqlType[] = [...plan.keys.map((key) => key.type), 'int4'];
  const tuple = Prisma.raw(`(${names.join(', ')})`);
  const bound = (cursor: string, argument: string, operator: '<' | '>') => {
    const values = decodeKeysetCursor(cursor, plan.ordering, names.length, argument);
    return Prisma.sql`${tuple} ${Prisma.raw(operator)} (${Prisma.join(values.map((value, i) => Prisma.sql`${value}::${Prisma.raw(types[i]!)}`))})`;
  };
  const conditions: Prisma.Sql[] = [];
  if (after) conditions.push(bound(after, 'after', plan.descending ? '<' : '>'));
  if (before) conditions.push(bound(before, 'before', plan.descending ? '>' : '<'));
  const direction = plan.descending !== inverted ? 'DESC' : 'ASC';
  const extras = plan.extras ?? [];
  const keyColumns = [
    ...plan.keys.map((key, i) => Prisma.sql`, ${key.sql} AS ${Prisma.raw(`k${i}`)}`),
    ...extras.map((extra, i) => Prisma.sql`, ${extra.sql} AS ${Prisma.raw(`e${i}`)}`),
  ];
  const textColumns = [...plan.keys.map((_, i) => `, k${i}::text AS c${i}`), ...extras.map((_, i) => `, e${i}::text AS x${i}`)];
  const rows = await rawQuery<Record<string, unknown>>(prisma, Prisma.sql`
    SELECT id${Prisma.raw(textColumns.join(''))}
    FROM (SELECT ${plan.id} AS id${keyColumns.length ? Prisma.join(keyColumns, '') : Prisma.empty} FROM ${plan.from} WHERE ${plan.where}${windowSql(plan)}) AS page
    WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}
    ORDER BY ${Prisma.raw(names.map((name) => `${name} ${direction}`).join(', '))}
    LIMIT ${limit}`);
  return rows.map((row) => ({
    id: row.id as number,
    values: plan.keys.map((_, i) => row[`c${i}`] as string),
    extras: extras.map((_, i) => row[`x${i}`] as string),
  }));
}

function windowSql({ window }: KeysetPlan): Prisma.Sql {
  return window ? Prisma.sql` ORDER BY ${window.orderBy} LIMIT ${window.size}` : Prisma.empty;
}

async function countRows(prisma: PrismaClient, plan: KeysetPlan): Promise<number> {
  const [row] = await rawQuery<{ count: number }>(prisma, Prisma.sql`SELECT count(*)::int AS count FROM ${plan.from} WHERE ${plan.where}`);
  return row?.count ?? 0;
}

/** Reads `totalCount` off a connection whichever way it was built (a number, or a function to call). */
export function readTotalCount(connection: object): number | Promise<number> {
  const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
  return typeof totalCount === 'function' ? totalCount() : (totalCount ?? 0);
}
