import { createRequest, type ClientOptions } from './client.js';
import type { ArticleInput } from './generated/graphql.js';
import { ArticleByUrlQuery, IngestArticleMutation, PersonByNameQuery } from './operations.js';

export { NewsgraphRequestError, type ClientOptions, type VariablesOf } from './client.js';
export { graphql } from './generated/gql.js';
export type * from './generated/graphql.js';
export * as operations from './operations.js';

/**
 * A typed Newsgraph client: ready-made methods for common jobs, and `request` for any operation
 * written with `graphql()` (its result and variables are typed from the schema).
 */
export function createClient(options: ClientOptions) {
  const request = createRequest(options);
  return {
    request,
    /** An article by URL, with its statements and mentions; null when it is not stored. */
    articleByUrl: async (url: string, first?: number) => (await request(ArticleByUrlQuery, { url, first })).article,
    /** A person by name or alias, with a page of their statements; null when unknown. */
    personByName: async (name: string, page: { first?: number; after?: string } = {}) =>
      (await request(PersonByNameQuery, { name, ...page })).person,
    /** Ingests an article; expected failures (a bad URL, empty text) come back as a typed error result. */
    ingestArticle: async (input: ArticleInput) => (await request(IngestArticleMutation, { input })).ingestArticle,
  };
}

export type NewsgraphClient = ReturnType<typeof createClient>;
