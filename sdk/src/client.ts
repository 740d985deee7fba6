import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface ClientOptions {
  /** The API endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; writes need a key with the editor role. */
  apiKey?: string;
  /** The fetch to use (a test double, a proxy-aware fetch). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** The server answered with GraphQL errors (or not with GraphQL at all). */
export class NewsgraphRequestError extends Error {
  constructor(
    message: string,
    readonly errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'NewsgraphRequestError';
  }
}

/** Variables are optional exactly when the operation has none that are required. */
export type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

// Printing a document costs more than a request's bookkeeping: do it once per document.
const printed = new WeakMap<DocumentNode, string>();

/** Sends typed GraphQL operations to a Newsgraph server. */
export function createRequest(options: ClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (!fetchImpl) throw new Error('No fetch available: pass `fetch` to createClient.');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  return async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult> {
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    const response = await fetchImpl(options.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    let body: { data?: TResult | null; errors?: NewsgraphRequestError['errors'] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new NewsgraphRequestError(`HTTP ${response.status} from ${options.url}: ${text.slice(0, 200)}`, [], response.status);
    }
    if (body.errors?.length) {
      throw new NewsgraphRequestError(body.errors.map((error) => error.message).join('; '), body.errors, response.status);
    }
    if (!body.data) throw new NewsgraphRequestError(`HTTP ${response.status} from ${options.url} without data`, [], response.status);
    return body.data;
  };
}

export type RequestFunction = ReturnType<typeof createRequest>;
