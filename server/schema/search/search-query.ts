import { GraphQLError } from 'graphql';
import { Prisma } from '../../db/generated/prisma/client.js';

/** The web-search query as a tsquery; a blank query is refused rather than matching nothing silently. */
export function tsQuery(query: string, argument = 'query'): Prisma.Sql {
  if (!query.trim()) {
    throw new GraphQLError(`Argument "${argument}" is blank: give words to search for.`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  return Prisma.sql`websearch_to_tsquery('english', ${query})`;
}
