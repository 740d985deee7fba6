import { builder } from '../builder.js';
import { OrderDirection, type OrderDirectionValue } from '../filters/order-direction.js';

/**
 * How many of a search's newest matches are ranked by relevance. A common word matches hundreds of
 * thousands of statements in a large corpus; ranking all of them costs seconds, ranking the newest
 * thousand costs milliseconds, and in news the newest matches are the ones wanted. A word rarer than
 * this is ranked across every match.
 */
export const RANK_WINDOW = 1000;

export interface SearchOrderShape {
  field: 'RANK' | 'PUBLISHED_AT';
  direction: OrderDirectionValue;
}

export const DEFAULT_SEARCH_ORDER: SearchOrderShape = { field: 'RANK', direction: 'DESC' };

export const SearchOrderField = builder.enumType('SearchOrderField', {
  description: 'What search results can be ordered by.',
  values: {
    RANK: {
      description: `The edge’s \`rank\`, how well it matched (PostgreSQL’s ts_rank), among the newest ${RANK_WINDOW.toLocaleString('en-US')} matches; a search with fewer matches ranks them all.`,
    },
    PUBLISHED_AT: {
      description: 'The `publishedAt` of the article (undated articles count as the oldest); every match, in order.',
    },
  } as const,
});

export const SearchOrder = builder.inputRef<SearchOrderShape>('SearchOrder').implement({
  description: 'An ordering of search results; ties are broken by id in the same direction.',
  fields: (t) => ({
    field: t.field({ type: SearchOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});
