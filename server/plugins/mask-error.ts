import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaMaskedErrorOpts } from 'graphql-yoga';

/** SQLSTATE 57014: the statement was cancelled, here by statement_timeout. */
const TIMEOUT = /57014|statement timeout/i;

/**
 * Unexpected errors reach clients as "Unexpected error." (yoga's masking), except a statement cancelled
 * by the database's statement_timeout: that is a limit the client can act on, so it says so.
 */
export function maskErrorWithTimeouts(statementTimeoutMs: number): YogaMaskedErrorOpts['maskError'] {
  return (error, message, isDev) => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original && !(original instanceof GraphQLError) && TIMEOUT.test(`${(original as { code?: string }).code ?? ''} ${(original as Error).message ?? ''}`)) {
      return new GraphQLError(
        `Query refused: it ran longer than the database’s statement timeout of ${statementTimeoutMs.toLocaleString('en-US')} ms and was cancelled. Narrow the filter or ask for fewer items.`,
        { path: error instanceof GraphQLError ? error.path : undefined, extensions: { code: 'QUERY_LIMIT', limit: 'statementTimeoutMs', max: statementTimeoutMs } },
      );
    }
    return yogaMaskError(error, message, isDev);
  };
}
