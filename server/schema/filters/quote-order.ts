import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { KeysetPlan } from '../connection/sql-connection.js';
import { OrderDirection, type OrderDirectionValue } from './order-direction.js';

export const QuoteOrderField = builder.enumType('QuoteOrderField', {
  description: 'What quotes can be ordered by.',
  values: {
    OCCURRENCE_COUNT: { description: 'How many statements print it (`occurrenceCount`).' },
    ARTICLE_COUNT: { description: 'How many articles print it (`articleCount`).' },
    OUTLET_COUNT: { description: 'How many outlets print it (`outletCount`).' },
    FIRST_SEEN_AT: { description: 'When it was first printed (`firstSeenAt`); undated quotes count as the oldest.' },
    LAST_SEEN_AT: { description: 'When it was last printed (`lastSeenAt`); undated quotes count as the oldest.' },
  } as const,
});

type QuoteOrderFieldValue = 'OCCURRENCE_COUNT' | 'ARTICLE_COUNT' | 'OUTLET_COUNT' | 'FIRST_SEEN_AT' | 'LAST_SEEN_AT';

export interface QuoteOrderShape {
  field: QuoteOrderFieldValue;
  direction: OrderDirectionValue;
}

export const QuoteOrder = builder.inputRef<QuoteOrderShape>('QuoteOrder').implement({
  description: 'An ordering of quotes; ties are broken by id in the same direction.',
  fields: (t) => ({
    field: t.field({ type: QuoteOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});

export const DEFAULT_QUOTE_ORDER: QuoteOrderShape = { field: 'OCCURRENCE_COUNT', direction: 'DESC' };

const KEYS: Record<QuoteOrderFieldValue, KeysetPlan['keys'][number]> = {
  OCCURRENCE_COUNT: { sql: Prisma.sql`q.occurrence_count`, type: 'int4' },
  ARTICLE_COUNT: { sql: Prisma.sql`q.article_count`, type: 'int4' },
  OUTLET_COUNT: { sql: Prisma.sql`q.outlet_count`, type: 'int4' },
  FIRST_SEEN_AT: { sql: Prisma.sql`coalesce(q.first_seen_at, '-infinity'::timestamptz)`, type: 'timestamptz' },
  LAST_SEEN_AT: { sql: Prisma.sql`coalesce(q.last_seen_at, '-infinity'::timestamptz)`, type: 'timestamptz' },
};

/** The sort keys of an ordering, on `quote q`. */
export function quoteOrderKeys(order: QuoteOrderShape): Pick<KeysetPlan, 'ordering' | 'keys' | 'descending'> {
  return {
    ordering: `quote:${order.field}:${order.direction}`,
    keys: [KEYS[order.field]],
    descending: order.direction === 'DESC',
  };
}
