import { GraphQLError } from 'graphql';

/** The web-search query, checked: a blank query is refused rather than matching nothing silently. */
export function searchQuery(query: string, argument = 'query'): string {
  if (!query.trim()) {
    throw new GraphQLError(`Argument "${argument}" is blank: give words to search for.`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  return query;
}
