import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RequestOptions } from './client-options.js';
import type { RequestFunction } from './request.js';

/** What paging needs from a connection: its edges and where the next page starts. */
export interface ConnectionPage<TEdge extends { node: unknown }> {
  edges: readonly TEdge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The variables of a paged operation; `after`, when given, is where the first page starts. */
export type PaginateVariables<TVariables> = Omit<TVariables, 'after'> & { after?: string | null };

/**
 * A document that can be paged through: one with an `$after` variable. A document without one is
 * refused at compile time with this message.
 */
export type PageableDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> &
  ('after' extends keyof TVariables
    ? unknown
    : { 'paginate() needs a document with an `$after: String` variable': never });

/** Options of `paginate` and `paginateEdges`. */
export interface PaginateOptions extends RequestOptions {
  /**
   * Stops after this many pages (requests), whatever is left.
   * @default Infinity
   */
  maxPages?: number;
}

/**
 * Every edge of a connection, page by page: runs the document, yields the edges of the connection that
 * `selectConnection` picks out of the result, then runs it again with `after: pageInfo.endCursor` while
 * `pageInfo.hasNextPage` is true. The page size is the document's `first` variable. Ends when
 * `selectConnection` returns null or undefined (e.g. the person is unknown).
 */
export async function* paginateEdges<TResult, TVariables, TEdge extends { node: unknown }>(
  request: RequestFunction,
  document: PageableDocument<TResult, TVariables>,
  variables: PaginateVariables<TVariables>,
  selectConnection: (data: TResult) => ConnectionPage<TEdge> | null | undefined,
  options: PaginateOptions = {},
): AsyncGenerator<TEdge, void, undefined> {
  const { maxPages = Infinity, ...requestOptions } = options;
  // The variables' type is checked where paginate is called; here they are passed on as they are.
  const send = request as (
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options: RequestOptions,
  ) => Promise<TResult>;
  let after = variables.after ?? null;
  const seen = new Set<string>();
  for (let page = 0; page < maxPages; page++) {
    const connection = selectConnection(await send(document, { ...variables, after } as TVariables, requestOptions));
    if (!connection) return;
    yield* connection.edges;
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage) return;
    if (!endCursor)
      throw new Error(
        'paginate: the connection says hasNextPage but gives no endCursor; select `pageInfo { hasNextPage endCursor }`.',
      );
    if (seen.has(endCursor))
      throw new Error(`paginate: the cursor ${endCursor} came back twice; the connection does not advance.`);
    seen.add(endCursor);
    after = endCursor;
  }
}

/** Every node of a connection, page by page: `paginateEdges` without the edges. */
export async function* paginateNodes<TResult, TVariables, TNode>(
  request: RequestFunction,
  document: PageableDocument<TResult, TVariables>,
  variables: PaginateVariables<TVariables>,
  selectConnection: (data: TResult) => ConnectionPage<{ node: TNode }> | null | undefined,
  options: PaginateOptions = {},
): AsyncGenerator<TNode, void, undefined> {
  for await (const edge of paginateEdges(request, document, variables, selectConnection, options)) yield edge.node;
}
