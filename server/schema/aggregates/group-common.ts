import { GraphQLError, Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';
import { builder } from '../builder.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection/page-size.js';
import { OrderDirection, type OrderDirectionValue } from '../filters/order-direction.js';

export const TimeBucket = builder.enumType('TimeBucket', {
  description: 'The length of the periods a count over time is split into (UTC; weeks start on Monday).',
  values: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
    YEAR: { description: 'Calendar years.' },
  } as const,
});
export type TimeBucketValue = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export const GroupOrderField = builder.enumType('GroupOrderField', {
  description: 'What groups of a count can be ordered by.',
  values: {
    COUNT: { description: 'The group’s `count`.' },
    KEY: {
      description:
        'The group’s fields of the dimensions grouped by (`period`, `speaker`, `outlet`…), in `groupBy` order: chronological for periods, alphabetical for outlets, by id for people and organizations (groups without a value last).',
    },
  } as const,
});

export interface GroupOrderShape {
  field: 'COUNT' | 'KEY';
  direction: OrderDirectionValue;
}

export const DEFAULT_GROUP_ORDER: GroupOrderShape = { field: 'COUNT', direction: 'DESC' };

export const GroupOrder = builder.inputRef<GroupOrderShape>('GroupOrder').implement({
  description: 'An ordering of groups; ties (equal counts) go by the group keys, ascending, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: GroupOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});

export interface PeriodShape {
  start: Date;
  bucket: TimeBucketValue;
}

const ADD: Record<TimeBucketValue, (date: Date) => void> = {
  DAY: (date) => date.setUTCDate(date.getUTCDate() + 1),
  WEEK: (date) => date.setUTCDate(date.getUTCDate() + 7),
  MONTH: (date) => date.setUTCMonth(date.getUTCMonth() + 1),
  YEAR: (date) => date.setUTCFullYear(date.getUTCFullYear() + 1),
};

export const Period = builder.objectRef<PeriodShape>('Period').implement({
  description: 'A stretch of time a count is grouped by: start ≤ t < end.',
  fields: (t) => ({
    start: t.field({
      type: 'DateTime',
      description: 'The first instant of the period (UTC).',
      resolve: (period) => period.start,
    }),
    end: t.field({
      type: 'DateTime',
      description: 'The first instant after the period.',
      resolve: ({ start, bucket }) => {
        const end = new Date(start);
        ADD[bucket](end);
        return end;
      },
    }),
    bucket: t.field({ type: TimeBucket, description: 'The period’s length.', resolve: (period) => period.bucket }),
  }),
});

/** date_trunc's name for a bucket. */
export function bucketSql(bucket: TimeBucketValue): Prisma.Sql {
  return Prisma.sql`${bucket.toLowerCase()}`;
}

/** Refuses an empty or repeated groupBy with a message that says so. */
export function checkDimensions<D extends string>(groupBy: readonly D[], max = 3): void {
  if (groupBy.length === 0 || groupBy.length > max) {
    throw new GraphQLError(`Argument "groupBy" needs 1 to ${max} dimensions; ${groupBy.length} were given.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' },
    });
  }
  const repeated = groupBy.find((dimension, i) => groupBy.indexOf(dimension) !== i);
  if (repeated)
    throw new GraphQLError(`Argument "groupBy" names ${repeated} twice.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' },
    });
}

export interface GroupQuery {
  /** `expr AS name` for every group key column. */
  columns: { sql: Prisma.Sql; name: string }[];
  /** FROM … WHERE … without GROUP BY. */
  source: Prisma.Sql;
  /** The counts, e.g. `count(DISTINCT s.id)::int AS count`. */
  measures: Prisma.Sql;
  order: GroupOrderShape;
  /**
   * Set when `source` already has one row per group (a summary table): no GROUP BY, `measures` are
   * plain columns, and largest-first is this ORDER BY, which an index can serve, not a sort of every group.
   */
  countOrderOfRows?: Prisma.Sql;
  /**
   * Values read for each group of the page, over its columns (`page.<key>`): the rows a group names, as
   * node-select's scalar subqueries, so that the counts and what they name come in one statement.
   */
  perGroup?: { name: string; sql: string }[];
}

/**
 * A page of groups by offset (group keys have no natural cursor); counts come from one GROUP BY, and
 * the number of groups from a second statement only when `totalCount` is asked for.
 */
export async function resolveGroups<Row>(prisma: PrismaClient, args: DefaultConnectionArguments, query: GroupQuery) {
  const keys = query.columns.map((column) => column.name);
  const select = Prisma.join(query.columns.map((column) => Prisma.sql`${column.sql} AS ${Prisma.raw(column.name)}`));
  const keyDirection = query.order.field === 'KEY' ? query.order.direction : 'ASC';
  const keyOrder = keys.map((key) => `${key} ${keyDirection} NULLS LAST`).join(', ');
  const orderBy = Prisma.raw(query.order.field === 'COUNT' ? `count ${query.order.direction}, ${keyOrder}` : keyOrder);
  // The summary's own order serves only largest-first.
  const countOrderOfRows = query.order.field === 'COUNT' && query.order.direction === 'DESC';
  const groupBy = Prisma.raw(keys.map((_, i) => String(i + 1)).join(', '));
  let total: Promise<number> | undefined;
  const rows = query.countOrderOfRows;
  const perGroup = query.perGroup?.length
    ? Prisma.raw(query.perGroup.map((value) => `${value.sql} AS ${value.name}`).join(', '))
    : undefined;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    ({ offset, limit }) => {
      const page = rows
        ? Prisma.sql`SELECT ${select}, ${query.measures} ${query.source} ORDER BY ${countOrderOfRows ? rows : orderBy} OFFSET ${offset} LIMIT ${limit}`
        : Prisma.sql`SELECT ${select}, ${query.measures} ${query.source} GROUP BY ${groupBy} ORDER BY ${orderBy} OFFSET ${offset} LIMIT ${limit}`;
      // Over the page only, in the page's order (in its output columns: the same order either way).
      return rawQuery<Row>(
        prisma,
        perGroup ? Prisma.sql`SELECT page.*, ${perGroup} FROM (${page}) AS page ORDER BY ${orderBy}` : page,
      );
    },
  );
  const countGroups = rows
    ? Prisma.sql`SELECT count(*)::int AS count ${query.source}`
    : Prisma.sql`SELECT count(*)::int AS count FROM (SELECT ${select} ${query.source} GROUP BY ${groupBy}) AS groups`;
  return {
    ...connection,
    totalCount: () => (total ??= rawQuery<{ count: number }>(prisma, countGroups).then(([row]) => row?.count ?? 0)),
  };
}

/**
 * Whether the query asks for `field` on the nodes of the connection being resolved (through fragments
 * too): a costly measure such as a distinct article count is computed only when someone reads it.
 */
export function selectsNodeField(info: GraphQLResolveInfo, field: string): boolean {
  const children = (selections: readonly SelectionNode[] | undefined, name: string): SelectionNode[] =>
    (selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD)
        return selection.name.value === name ? (selection.selectionSet?.selections ?? []) : [];
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      return fragment ? children(fragment.selectionSet.selections, name) : [];
    });
  const edges = info.fieldNodes.flatMap((node) => children(node.selectionSet?.selections, 'edges'));
  const nodes = children(edges, 'node');
  const has = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      return fragment ? has(fragment.selectionSet.selections) : false;
    });
  return has(nodes);
}

/** Loads rows by id with the selection the query makes at `path`, for the group fields that return objects. */
export async function loadById<T extends { id: number }>(
  ids: (number | null)[],
  load: (ids: number[]) => Promise<T[]>,
): Promise<Map<number, T>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  return new Map((wanted.length ? await load(wanted) : []).map((row) => [row.id, row]));
}
