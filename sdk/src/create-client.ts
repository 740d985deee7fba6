import type { ClientOptions, RequestOptions } from './client-options.js';
import type { ArticleInput, StatementFilter } from './generated/graphql.js';
import type {
  CoMentionsOptions,
  IngestArticleOptions,
  MergePeopleInput,
  PageOptions,
  PersonReference,
  QuotesOptions,
  SearchStatementsOptions,
  StatementQueryOptions,
  TopSpeakersOptions,
} from './method-options.js';
import * as operations from './operations/index.js';
import {
  paginateEdges,
  paginateNodes,
  type ConnectionPage,
  type PageableDocument,
  type PaginateOptions,
  type PaginateVariables,
} from './paginate.js';
import { createRequest } from './request.js';

/**
 * A typed Newsgraph client: ready-made methods for the common jobs, `request` for any typed operation
 * (the SDK's `operations`, or an analyst's own `graphql()` queries), and `paginate` to walk any connection.
 * Every method takes per-request options (an AbortSignal, headers) last.
 */
export function createClient(options: ClientOptions) {
  const request = createRequest(options);

  return {
    /** Sends any typed operation; resolves with its typed data, throws NewsgraphRequestError when refused. */
    request,

    /**
     * Every node of a connection, page by page, following `pageInfo.endCursor`:
     * `for await (const statement of client.paginate(operations.StatementsQuery, { first: 100 }, (data) => data.statements))`.
     * The document needs an `$after: String` variable and must select `pageInfo { hasNextPage endCursor }`.
     */
    paginate: <TResult, TVariables, TNode>(
      document: PageableDocument<TResult, TVariables>,
      variables: PaginateVariables<TVariables>,
      selectConnection: (data: TResult) => ConnectionPage<{ node: TNode }> | null | undefined,
      paginateOptions?: PaginateOptions,
    ) => paginateNodes(request, document, variables, selectConnection, paginateOptions),

    /**
     * Like `paginate`, but yields the edges: their `cursor`, and what a connection puts on its edges
     * (a search hit's `rank` and `snippet`) beside the `node`.
     */
    paginateEdges: <TResult, TVariables, TEdge extends { node: unknown }>(
      document: PageableDocument<TResult, TVariables>,
      variables: PaginateVariables<TVariables>,
      selectConnection: (data: TResult) => ConnectionPage<TEdge> | null | undefined,
      paginateOptions?: PaginateOptions,
    ) => paginateEdges(request, document, variables, selectConnection, paginateOptions),

    /**
     * An article by URL (tracking parameters, "www." and fragments do not matter) with a page of its
     * statements in reading order and its mentions; null when it is not stored.
     */
    articleByUrl: async (url: string, page: PageOptions = {}, requestOptions?: RequestOptions) =>
      (await request(operations.ArticleByUrlQuery, { url, ...page }, requestOptions)).article,

    /**
     * What a person said, as a page of statements, narrowed by `filter` and ordered by `orderBy`. A name
     * matches the person's name, an alias or a surname (accents and case do not matter).
     */
    statementsByPerson: async (
      person: PersonReference,
      { filter, ...rest }: StatementQueryOptions = {},
      requestOptions?: RequestOptions,
    ) => {
      const bySpeaker: StatementFilter =
        typeof person === 'string' ? { speakerName: person, speakerType: 'PERSON' } : { speakerId: [person.id] };
      const variables = { ...rest, filter: filter ? { AND: [bySpeaker, filter] } : bySpeaker };
      return (await request(operations.StatementsQuery, variables, requestOptions)).statements;
    },

    /**
     * Full-text search over statements in web-search syntax (`aleppo -ceasefire "war crime"`), best
     * matches first; each hit has its rank and a snippet with the matched words located.
     */
    searchStatements: async (
      query: string,
      searchOptions: SearchStatementsOptions = {},
      requestOptions?: RequestOptions,
    ) =>
      (await request(operations.SearchStatementsQuery, { query, ...searchOptions }, requestOptions)).searchStatements,

    /** Who made the most statements (on a topic, among filtered statements), with their statement and article counts. */
    topSpeakers: async (topSpeakersOptions: TopSpeakersOptions = {}, requestOptions?: RequestOptions) =>
      (await request(operations.TopSpeakersQuery, topSpeakersOptions, requestOptions)).topSpeakers,

    /**
     * Quotes: the same words by the same speaker counted once however many articles print them, with
     * where they first appeared and how far they spread (occurrences, articles, outlets).
     */
    quotes: async (quotesOptions: QuotesOptions = {}, requestOptions?: RequestOptions) =>
      (await request(operations.QuotesQuery, quotesOptions, requestOptions)).quotes,

    /**
     * The people (or organizations) that appear with a person, most shared statements first, with the
     * person's ID and name; null when no person matches.
     */
    coMentions: async (
      person: PersonReference,
      coMentionsOptions: CoMentionsOptions = {},
      requestOptions?: RequestOptions,
    ) => {
      if (typeof person === 'string')
        return (await request(operations.CoMentionsByNameQuery, { name: person, ...coMentionsOptions }, requestOptions))
          .person;
      const { node } = await request(
        operations.CoMentionsByIdQuery,
        { id: person.id, ...coMentionsOptions },
        requestOptions,
      );
      return node?.__typename === 'Person' ? node : null;
    },

    /**
     * Stores an article and extracts who said what; needs an EDITOR key. Expected failures come back as
     * typed results: `InvalidArticleError` (`field`, `reason`), `DuplicateArticleError` (with `ifExists: 'FAIL'`).
     */
    ingestArticle: async (
      input: ArticleInput,
      { ifExists }: IngestArticleOptions = {},
      requestOptions?: RequestOptions,
    ) =>
      (await request(operations.IngestArticleMutation, { input: { article: input, ifExists } }, requestOptions))
        .ingestArticle,

    /**
     * Folds people into one: their statements and mentions move to the target, their names become its
     * aliases, atomically; needs an EDITOR key. With `dryRun: true` nothing changes and the payload says what
     * would. Failures come back as `NotFoundError` or `InvalidInputError`.
     */
    mergePeople: async ({ targetId, sourceIds, dryRun = false }: MergePeopleInput, requestOptions?: RequestOptions) =>
      (await request(operations.MergePeopleMutation, { input: { targetId, sourceIds, dryRun } }, requestOptions))
        .mergePeople,
  };
}

/** The client `createClient` returns. */
export type NewsgraphClient = ReturnType<typeof createClient>;
