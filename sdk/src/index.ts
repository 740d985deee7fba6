export { createClient, type NewsgraphClient } from './create-client.js';
export type { ClientOptions, RequestOptions } from './client-options.js';
export type {
  CoMentionsOptions,
  IngestArticleOptions,
  MergePeopleInput,
  PageOptions,
  PersonReference,
  QuotesOptions,
  SearchStatementsOptions,
  StatementQueryOptions,
  TopSpeakersOptions,
} from './method-options.js';
export type * from './result-types.js';
export { NewsgraphRequestError, type GraphQLErrorEntry } from './request-error.js';
export type { RequestArguments, RequestFunction } from './request.js';
export type { ConnectionPage, PageableDocument, PaginateOptions, PaginateVariables } from './paginate.js';
export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
export { graphql } from './generated/gql.js';
export type * from './generated/graphql.js';
export * as operations from './operations/index.js';
