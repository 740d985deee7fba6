/** How a client reaches a Newsgraph server. */
export interface ClientOptions {
  /**
   * The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. In a browser a path such as `/graphql`
   * works too (it resolves against the page).
   */
  url: string;
  /**
   * An API key, sent as `Authorization: Bearer <apiKey>`. Reads may be open; writes (ingest, merge)
   * need a key with the EDITOR role.
   * @default undefined (no Authorization header)
   */
  apiKey?: string;
  /**
   * The fetch to send requests with: a proxy-aware fetch, one with retries, a server-side fetch with
   * cookies. It is called as `fetch(url, init)`.
   * @default globalThis.fetch (browsers, Node 20 and later)
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Extra headers sent with every request. They override the SDK's own `content-type` and `accept`,
   * and `authorization` here overrides `apiKey`.
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Send the SDK's own operations by their SHA-256 hash instead of their text, as a server that runs only
   * trusted documents (NEWSGRAPH_TRUSTED_DOCUMENTS=only) needs; such a server knows these hashes. Your
   * own documents are still sent as text (and that server refuses them).
   * @default false
   */
  trustedDocuments?: boolean;
}

/** Per-request settings, the last argument of `request` and of every method. */
export interface RequestOptions {
  /**
   * Cancels the request (the returned promise rejects with the signal's reason), e.g. when a newer
   * search replaces this one.
   * @default undefined (the request runs to completion)
   */
  signal?: AbortSignal;
  /**
   * Headers for this request only, merged over the client's.
   * @default {}
   */
  headers?: Record<string, string>;
}
