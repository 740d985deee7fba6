import { resolveCursorConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';
import {
  findManyByIds,
  nodeSelect,
  type ModelName,
  type ModelRow,
  type NodeQuery,
  type NodeSelect,
} from './node-select.js';
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
  /**
   * A condition for the page's statement only, which the caller knows every row of the page meets (a
   * date bound a search found enough matches after): an index can then skip the other rows. `totalCount`
   * does not see it.
   */
  narrow?: Prisma.Sql;
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

/** The nodes of a page: which model, and what the query selects of it (`queryFromInfo`). */
export interface NodeLoad<M extends ModelName> {
  model: M;
  query: NodeQuery;
}

interface KeysetRow {
  id: number;
  values: string[];
  extras: string[];
  /** The node, when the page's statement read it too. */
  node?: Record<string, unknown>;
}

/**
 * One page of a connection by keyset pagination in SQL (filters, full-text search and computed
 * orderings Prisma cannot express). The nodes come in the same statement when the selection beneath
 * them is columns and to-one relations (node-select.ts); otherwise a second statement loads them with
 * everything selected however deep.
 */
export async function resolveSqlConnection<M extends ModelName>(
  prisma: PrismaClient,
  args: DefaultConnectionArguments,
  plan: KeysetPlan,
  nodes: NodeLoad<M>,
): Promise<SqlConnection<ModelRow<M>>> {
  type Node = ModelRow<M>;
  const select = nodeSelect(nodes.model, nodes.query);
  const page = (await resolveCursorConnection(
    {
      args,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
      toCursor: (row) =>
        encodeKeysetCursor(plan.ordering, [...(row as KeysetRow).values, String((row as KeysetRow).id)]),
    },
    ({ before, after, limit, inverted }) => selectPage(prisma, plan, { before, after, limit, inverted }, select),
  )) as unknown as { edges: { cursor: string; node: KeysetRow }[]; pageInfo: SqlConnection<Node>['pageInfo'] };
  const rows = page.edges.map((edge) => edge.node);
  const loaded = select
    ? rows.map((row) => row.node as unknown as Node)
    : rows.length
      ? await findManyByIds(
          prisma,
          nodes.model,
          nodes.query,
          rows.map((row) => row.id),
        )
      : [];
  const byId = new Map(loaded.map((node) => [node.id, node]));
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
  select: NodeSelect | null,
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
  const textColumns = [
    ...plan.keys.map((_, i) => `, k${i}::text AS c${i}`),
    ...extras.map((_, i) => `, e${i}::text AS x${i}`),
  ];
  const order = Prisma.raw(names.map((name) => `${name} ${direction}`).join(', '));
  const keyset = Prisma.sql`
    SELECT id${Prisma.raw(textColumns.join(''))}${Prisma.raw(select ? plan.keys.map((_, i) => `, k${i}`).join('') : '')}
    FROM (SELECT ${plan.id} AS id${keyColumns.length ? Prisma.join(keyColumns, '') : Prisma.empty} FROM ${plan.from} WHERE ${plan.where}${plan.narrow ? Prisma.sql` AND ${plan.narrow}` : Prisma.empty}${windowSql(plan)}) AS page
    WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}
    ORDER BY ${order}
    LIMIT ${limit}`;
  // The nodes joined onto the page by primary key: one statement, one round trip.
  const rows = await rawQuery<Record<string, unknown>>(
    prisma,
    select
      ? Prisma.sql`SELECT page.*, ${Prisma.raw(select.columns)} FROM (${keyset}) AS page JOIN ${Prisma.raw(select.table)} t0 ON t0.${Prisma.raw(select.id)} = page.id ORDER BY ${order}`
      : keyset,
  );
  return rows.map((row) => ({
    id: row.id as number,
    values: plan.keys.map((_, i) => row[`c${i}`] as string),
    extras: extras.map((_, i) => row[`x${i}`] as string),
    node: select?.read(row),
  }));
}

function windowSql({ window }: KeysetPlan): Prisma.Sql {
  return window ? Prisma.sql` ORDER BY ${window.orderBy} LIMIT ${window.size}` : Prisma.empty;
}

async function countRows(prisma: PrismaClient, plan: KeysetPlan): Promise<number> {
  const [row] = await rawQuery<{ count: number }>(
    prisma,
    Prisma.sql`SELECT count(*)::int AS count FROM ${plan.from} WHERE ${plan.where}`,
  );
  return row?.count ?? 0;
}

/** Reads `totalCount` off a connection whichever way it was built (a number, or a function to call). */
export function readTotalCount(connection: object): number | Promise<number> {
  const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
  return typeof totalCount === 'function' ? totalCount() : (totalCount ?? 0);
}
