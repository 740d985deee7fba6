import type {
  EntityType,
  IfArticleExists,
  QuoteFilter,
  QuoteOrder,
  StatementFilter,
  StatementOrder,
} from './generated/graphql.js';

/** Which page of a connection to get. */
export interface PageOptions {
  /**
   * How many items (the server allows at most 100 a page).
   * @default 20 (10 for `topSpeakers`, 100 for the statements of `articleByUrl`)
   */
  first?: number;
  /**
   * Start after this cursor: `pageInfo.endCursor` of the previous page.
   * @default null (the first page)
   */
  after?: string | null;
}

/** Which statements, in which order, and which page of them. */
export interface StatementQueryOptions extends PageOptions {
  /**
   * Keep only statements matching this filter (kind, cue, outlet, dates, who they mention, text search;
   * combine with AND / OR / NOT).
   * @default undefined (all of them)
   */
  filter?: StatementFilter;
  /**
   * The order.
   * @default { field: 'PUBLISHED_AT', direction: 'DESC' } (the server's: newest articles first)
   */
  orderBy?: StatementOrder;
}

/** Where to search, and which page of the hits. */
export interface SearchStatementsOptions extends PageOptions {
  /**
   * Search only among statements matching this filter.
   * @default undefined (all statements)
   */
  filter?: StatementFilter;
}

/** A person given by name (an alias or a surname does too) or by global ID. */
export type PersonReference = string | { id: string };

/** Whose statements count for `topSpeakers`, and which page of speakers. */
export interface TopSpeakersOptions extends PageOptions {
  /**
   * Count only statements matching this web-search query: `aleppo`, `"war crime" -syria`.
   * @default undefined (every topic)
   */
  topic?: string;
  /**
   * Count only statements matching this filter (outlet, dates, kind...).
   * @default undefined (all statements)
   */
  filter?: StatementFilter;
}

/** Which quotes, in which order, and which page of them. */
export interface QuotesOptions extends PageOptions {
  /**
   * Keep only quotes matching this filter (speaker, first/last seen, text search; AND / OR / NOT).
   * @default undefined (all of them)
   */
  filter?: QuoteFilter;
  /**
   * The order, e.g. `{ field: 'OUTLET_COUNT', direction: 'DESC' }` for the most widely printed.
   * @default { field: 'OCCURRENCE_COUNT', direction: 'DESC' } (the server's: most occurrences first)
   */
  orderBy?: QuoteOrder;
}

/** Which co-mentioned entities, and which page of them. */
export interface CoMentionsOptions extends PageOptions {
  /**
   * People or organizations that appear with the person.
   * @default 'PERSON'
   */
  type?: EntityType;
}

/** How to ingest an article. */
export interface IngestArticleOptions {
  /**
   * What to do when the URL is stored already: UPDATE replaces it when its text changed, KEEP leaves it,
   * FAIL returns a DuplicateArticleError.
   * @default 'UPDATE'
   */
  ifExists?: IfArticleExists;
}

/** Which people to fold into which. */
export interface MergePeopleInput {
  /** The global ID of the person that stays. */
  targetId: string;
  /** The global IDs of the people folded into it; they are deleted, their names become aliases. */
  sourceIds: string[];
  /**
   * Only report what the merge would change (counts, the aliases it would give); change nothing.
   * @default false
   */
  dryRun?: boolean;
}
