import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { KeysetPlan, SortKey } from '../connection/sql-connection.js';
import { OrderDirection, type OrderDirectionValue } from './order-direction.js';
import { STATEMENT_FROM, statementFrom, statementWhere, type StatementFilterShape } from './statement-filter.js';

export const StatementOrderField = builder.enumType('StatementOrderField', {
  description: 'What statements can be ordered by: each is a field of `Statement`.',
  values: {
    PUBLISHED_AT: { description: 'The `publishedAt` of its article; undated articles count as the oldest.' },
    INGESTED_AT: { description: 'The `ingestedAt` of its article: when it was stored.' },
    START: { description: 'Its `start` offset: reading order within an article.' },
  } as const,
});

export interface StatementOrderShape {
  field: 'PUBLISHED_AT' | 'INGESTED_AT' | 'START';
  direction: OrderDirectionValue;
}

export const StatementOrder = builder.inputRef<StatementOrderShape>('StatementOrder').implement({
  description: 'An ordering of statements; ties are broken by id in the same direction.',
  fields: (t) => ({
    field: t.field({ type: StatementOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});

export const DEFAULT_STATEMENT_ORDER: StatementOrderShape = { field: 'PUBLISHED_AT', direction: 'DESC' };

const KEYS: Record<StatementOrderShape['field'], SortKey[]> = {
  PUBLISHED_AT: [{ sql: Prisma.sql`coalesce(s.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' }],
  INGESTED_AT: [{ sql: Prisma.sql`a.ingested_at`, type: 'timestamptz' }],
  START: [{ sql: Prisma.sql`s.start`, type: 'int4' }],
};

/** The sort keys of an ordering, on `statement s JOIN article a`. */
export function statementOrderKeys(order: StatementOrderShape): Pick<KeysetPlan, 'ordering' | 'keys' | 'descending'> {
  return {
    ordering: `statement:${order.field}:${order.direction}`,
    keys: KEYS[order.field],
    descending: order.direction === 'DESC',
  };
}

/** A page of statements matching `filter` (and `scope`, a condition of the caller's) in `order`. */
export function statementPlan(
  filter: StatementFilterShape | null | undefined,
  order: StatementOrderShape,
  scope: Prisma.Sql = Prisma.sql`TRUE`,
): Omit<KeysetPlan, 'window' | 'extras' | 'narrow'> {
  return {
    ...statementOrderKeys(order),
    // INGESTED_AT reads the article: the join is then always there.
    from: order.field === 'INGESTED_AT' ? STATEMENT_FROM : statementFrom(filter),
    id: Prisma.sql`s.id`,
    where: Prisma.sql`${scope} AND ${statementWhere(filter)}`,
  };
}
