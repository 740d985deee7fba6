import { builder } from '../builder.js';

/**
 * How many of a search's newest matches are ranked by relevance. A common word matches hundreds of
 * thousands of statements in a large corpus; ranking all of them costs seconds, ranking the newest
 * thousand costs milliseconds, and in news the newest matches are the ones wanted. A word rarer than
 * this is ranked across every match.
 */
export const RANK_WINDOW = 1000;

export type SearchOrderValue = 'RELEVANCE' | 'NEWEST';

export const SearchOrder = builder.enumType('SearchOrder', {
  description: 'The order of search results.',
  values: {
    RELEVANCE: {
      description: `Best match first (PostgreSQL’s ts_rank), among the newest ${RANK_WINDOW.toLocaleString('en-US')} matches; a search with fewer matches ranks them all.`,
    },
    NEWEST: {
      description: 'Newest first, by publication date (undated articles count as the oldest); every match, in order.',
    },
  } as const,
});
