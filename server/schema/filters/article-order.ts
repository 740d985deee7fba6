import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { KeysetPlan, SortKey } from '../connection/sql-connection.js';
import { OrderDirection, type OrderDirectionValue } from './order-direction.js';

export const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What articles can be ordered by: each is a field of `Article`.',
  values: {
    PUBLISHED_AT: { description: 'Its `publishedAt`; undated articles count as the oldest.' },
    INGESTED_AT: { description: 'Its `ingestedAt`: when the article (this version of it) was stored.' },
    TITLE: { description: 'Its `title`, alphabetically.' },
    STATEMENT_COUNT: { description: 'Its `statementCount`: how many statements it reports.' },
  } as const,
});

export interface ArticleOrderShape {
  field: 'PUBLISHED_AT' | 'INGESTED_AT' | 'TITLE' | 'STATEMENT_COUNT';
  direction: OrderDirectionValue;
}

export const ArticleOrder = builder.inputRef<ArticleOrderShape>('ArticleOrder').implement({
  description: 'An ordering of articles; ties are broken by id in the same direction.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});

export const DEFAULT_ARTICLE_ORDER: ArticleOrderShape = { field: 'PUBLISHED_AT', direction: 'DESC' };

const KEYS: Record<ArticleOrderShape['field'], SortKey> = {
  PUBLISHED_AT: { sql: Prisma.sql`coalesce(a.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' },
  INGESTED_AT: { sql: Prisma.sql`a.ingested_at`, type: 'timestamptz' },
  TITLE: { sql: Prisma.sql`a.title`, type: 'text' },
  STATEMENT_COUNT: { sql: Prisma.sql`(SELECT count(*) FROM statement c WHERE c.article_id = a.id)`, type: 'int8' },
};

/** The sort keys of an ordering, on `article a`. */
export function articleOrderKeys(order: ArticleOrderShape): Pick<KeysetPlan, 'ordering' | 'keys' | 'descending'> {
  return {
    ordering: `article:${order.field}:${order.direction}`,
    keys: [KEYS[order.field]],
    descending: order.direction === 'DESC',
  };
}
