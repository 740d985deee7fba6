/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * The request failed as a whole: the server refused the operation (a GraphQL error such as a validation
 * failure, a missing API key or a limit), answered with something that is not GraphQL, or the network
 * failed. Expected failures of a mutation (an invalid article, an unknown person) are not thrown: they come
 * back as typed error results in the data.
 */
export class NewsgraphRequestError extends Error {
  override readonly name = 'NewsgraphRequestError';

  constructor(
    message: string,
    /** The server's GraphQL errors; empty when the response was not GraphQL. */
    readonly errors: readonly GraphQLErrorEntry[] = [],
    /** The HTTP status, when a response arrived. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The `extensions.code` of the first error that has one ("BAD_USER_INPUT", "UNAUTHENTICATED", ...). */
  get code(): string | undefined {
    for (const error of this.errors) if (typeof error.extensions?.code === 'string') return error.extensions.code;
    return undefined;
  }
}
