import { GraphQLError } from 'graphql';

/**
 * Cursors of the SQL-backed connections: the sort values of a row and its id, tagged with the ordering
 * they belong to. Keeping the values (not only the id) means a page boundary survives the deletion of
 * the row it was taken from.
 */
export function encodeKeysetCursor(ordering: string, values: string[]): string {
  return Buffer.from(JSON.stringify([ordering, ...values]), 'utf8').toString('base64url');
}

export function decodeKeysetCursor(cursor: string, ordering: string, width: number, argument: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.some((value) => typeof value !== 'string'))
    throw badCursor(argument, cursor, 'it is not a cursor of this connection');
  if (parsed[0] !== ordering)
    throw badCursor(argument, cursor, `it was made for another ordering (${parsed[0]}, not ${ordering})`);
  if (parsed.length !== width + 1) throw badCursor(argument, cursor, 'it is not a cursor of this connection');
  return parsed.slice(1) as string[];
}

function badCursor(argument: string, cursor: string, why: string): GraphQLError {
  const shown = cursor.length > 40 ? `${cursor.slice(0, 39)}…` : cursor;
  return new GraphQLError(
    `Argument "${argument}" ("${shown}") cannot be used: ${why}. Use a cursor from the same connection with the same orderBy.`,
    {
      extensions: { code: 'BAD_USER_INPUT', argument },
    },
  );
}
