import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { ClientOptions, RequestOptions } from './client-options.js';
import { NewsgraphRequestError, type GraphQLErrorEntry } from './request-error.js';

/**
 * The arguments after the document: the variables are optional exactly when the operation has none that
 * are required, then per-request options.
 */
export type RequestArguments<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** Sends one typed operation and resolves with its typed `data`. */
export type RequestFunction = <TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables, options]: RequestArguments<TVariables>
) => Promise<TResult>;

// Printing a document costs more than the rest of a request's bookkeeping: do it once per document.
const printedDocuments = new WeakMap<DocumentNode, string>();

function printOnce(document: DocumentNode): string {
  let query = printedDocuments.get(document);
  if (query === undefined) printedDocuments.set(document, (query = print(document)));
  return query;
}

/** The hash codegen put on one of the SDK's own documents (`__meta__.hash`, "sha256:<hex>"), as hex. */
function documentHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/** The request body: the document's text, or with `trustedDocuments` the hash of one of the SDK's own. */
function requestBody(document: DocumentNode, variables: unknown, trustedDocuments: boolean | undefined): string {
  const hash = trustedDocuments ? documentHash(document) : undefined;
  if (hash === undefined) return JSON.stringify({ query: printOnce(document), variables });
  return JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
}

/** The transport under every client method: POSTs `{ query, variables }` as JSON and unwraps `data`. */
export function createRequest(options: ClientOptions): RequestFunction {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('No fetch available: pass `fetch` to createClient.');
  const clientHeaders: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    ...lowerCaseKeys(options.headers),
  };

  return async function request(document, ...[variables, requestOptions]) {
    const init: RequestInit = {
      method: 'POST',
      headers: { ...clientHeaders, ...lowerCaseKeys(requestOptions?.headers) },
      body: requestBody(document, variables, options.trustedDocuments),
      signal: requestOptions?.signal,
    };
    let response: Response;
    try {
      // With globalThis as `this`: a browser's fetch throws "Illegal invocation" when called on another object.
      response = await fetchImpl.call(globalThis, options.url, init);
    } catch (error) {
      if (requestOptions?.signal?.aborted) throw error;
      throw new NewsgraphRequestError(
        `Could not reach ${options.url}: ${(error as Error)?.message ?? error}`,
        [],
        undefined,
        { cause: error },
      );
    }
    const text = await response.text();
    let body: { data?: unknown; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new NewsgraphRequestError(
        `HTTP ${response.status} from ${options.url} is not GraphQL: ${text.slice(0, 200)}`,
        [],
        response.status,
      );
    }
    if (body.errors?.length) {
      throw new NewsgraphRequestError(
        body.errors.map((error) => error.message).join('; '),
        body.errors,
        response.status,
      );
    }
    if (body.data == null)
      throw new NewsgraphRequestError(`HTTP ${response.status} from ${options.url} without data`, [], response.status);
    return body.data as never;
  };
}

function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}
