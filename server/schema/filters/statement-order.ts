import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { KeysetPlan } from '../connection/sql-connection.js';
import { OrderDirection, type OrderDirectionValue } from './order-direction.js';

export const StatementOrderField = builder.enumType('StatementOrderField', {
  description: 'What statements can be ordered by.',
  values: {
    PUBLISHED_AT: { description: 'The article’s publication date; undated articles count as the oldest.' },
    INGESTED: { description: 'The order the statements were stored in.' },
  } as const,
});

export interface StatementOrderShape {
  field: 'PUBLISHED_AT' | 'INGESTED';
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

/** The sort keys of an ordering, on `statement s JOIN article a`. */
export function statementOrderKeys(order: StatementOrderShape): Pick<KeysetPlan, 'ordering' | 'keys' | 'descending'> {
  const keys =
    order.field === 'PUBLISHED_AT'
      ? [{ sql: Prisma.sql`coalesce(s.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' as const }]
      : [];
  return { ordering: `statement:${order.field}:${order.direction}`, keys, descending: order.direction === 'DESC' };
}
