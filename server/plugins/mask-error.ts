import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database-unavailable.js';

/** SQLSTATE 57014: the statement was cancelled, here by statement_timeout. */
const TIMEOUT = /57014|statement timeout/i;

/** Seconds a client is asked to wait (Retry-After) while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Unexpected errors reach clients as "Unexpected error." (yoga's masking), except two a client can act on:
 * a statement cancelled by the database's statement_timeout (a limit: narrow the query), and a database
 * that cannot be reached (503 with `code: "DATABASE_UNAVAILABLE"` and Retry-After: try again).
 */
export function maskErrorWithTimeouts(statementTimeoutMs: number): YogaMaskedErrorOpts['maskError'] {
  return (error, message, isDev) => {
    const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
    const path = error instanceof GraphQLError ? error.path : undefined;
    if (original && !(original instanceof GraphQLError) && isDatabaseUnavailable(original)) {
      return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
        path,
        extensions: {
          code: 'DATABASE_UNAVAILABLE',
          http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
        },
      });
    }
    if (
      original &&
      !(original instanceof GraphQLError) &&
      TIMEOUT.test(`${(original as { code?: string }).code ?? ''} ${(original as Error).message ?? ''}`)
    ) {
      return new GraphQLError(
        `Query refused: it ran longer than the database’s statement timeout of ${statementTimeoutMs.toLocaleString('en-US')} ms and was cancelled. Narrow the filter or ask for fewer items.`,
        { path, extensions: { code: 'QUERY_LIMIT', limit: 'statementTimeoutMs', max: statementTimeoutMs } },
      );
    }
    return yogaMaskError(error, message, isDev);
  };
}
