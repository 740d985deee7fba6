/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StatementFields on Statement {\n    id\n    text\n    kind\n    cue\n    start\n    end\n    speaker {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n    }\n    article { id url title outlet publishedAt }\n  }\n": typeof types.StatementFieldsFragmentDoc,
    "\n  query ArticleByUrl($url: String!, $first: Int = 50) {\n    article(url: $url) {\n      id\n      url\n      title\n      outlet\n      publishedAt\n      body\n      statements(first: $first) {\n        totalCount\n        edges { node { ...StatementFields } }\n      }\n      personMentions { start end text form role person { id name } }\n      organizationMentions { start end text form organization { id name } }\n    }\n  }\n": typeof types.ArticleByUrlDocument,
    "\n  query PersonByName($name: String!, $first: Int = 20, $after: String) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      statementCount\n      mentionCount\n      statements(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...StatementFields } }\n      }\n    }\n  }\n": typeof types.PersonByNameDocument,
    "\n  mutation IngestArticle($input: ArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticleSuccess {\n        data {\n          status\n          article {\n            id\n            url\n            title\n            statements(first: 100) { totalCount edges { node { ...StatementFields } } }\n          }\n        }\n      }\n      ... on InvalidArticleError { message field reason }\n    }\n  }\n": typeof types.IngestArticleDocument,
};
const documents: Documents = {
    "\n  fragment StatementFields on Statement {\n    id\n    text\n    kind\n    cue\n    start\n    end\n    speaker {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n    }\n    article { id url title outlet publishedAt }\n  }\n": types.StatementFieldsFragmentDoc,
    "\n  query ArticleByUrl($url: String!, $first: Int = 50) {\n    article(url: $url) {\n      id\n      url\n      title\n      outlet\n      publishedAt\n      body\n      statements(first: $first) {\n        totalCount\n        edges { node { ...StatementFields } }\n      }\n      personMentions { start end text form role person { id name } }\n      organizationMentions { start end text form organization { id name } }\n    }\n  }\n": types.ArticleByUrlDocument,
    "\n  query PersonByName($name: String!, $first: Int = 20, $after: String) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      statementCount\n      mentionCount\n      statements(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...StatementFields } }\n      }\n    }\n  }\n": types.PersonByNameDocument,
    "\n  mutation IngestArticle($input: ArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticleSuccess {\n        data {\n          status\n          article {\n            id\n            url\n            title\n            statements(first: 100) { totalCount edges { node { ...StatementFields } } }\n          }\n        }\n      }\n      ... on InvalidArticleError { message field reason }\n    }\n  }\n": types.IngestArticleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementFields on Statement {\n    id\n    text\n    kind\n    cue\n    start\n    end\n    speaker {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n    }\n    article { id url title outlet publishedAt }\n  }\n"): (typeof documents)["\n  fragment StatementFields on Statement {\n    id\n    text\n    kind\n    cue\n    start\n    end\n    speaker {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n    }\n    article { id url title outlet publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleByUrl($url: String!, $first: Int = 50) {\n    article(url: $url) {\n      id\n      url\n      title\n      outlet\n      publishedAt\n      body\n      statements(first: $first) {\n        totalCount\n        edges { node { ...StatementFields } }\n      }\n      personMentions { start end text form role person { id name } }\n      organizationMentions { start end text form organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ArticleByUrl($url: String!, $first: Int = 50) {\n    article(url: $url) {\n      id\n      url\n      title\n      outlet\n      publishedAt\n      body\n      statements(first: $first) {\n        totalCount\n        edges { node { ...StatementFields } }\n      }\n      personMentions { start end text form role person { id name } }\n      organizationMentions { start end text form organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByName($name: String!, $first: Int = 20, $after: String) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      statementCount\n      mentionCount\n      statements(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...StatementFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonByName($name: String!, $first: Int = 20, $after: String) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      statementCount\n      mentionCount\n      statements(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...StatementFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticle($input: ArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticleSuccess {\n        data {\n          status\n          article {\n            id\n            url\n            title\n            statements(first: 100) { totalCount edges { node { ...StatementFields } } }\n          }\n        }\n      }\n      ... on InvalidArticleError { message field reason }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestArticle($input: ArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticleSuccess {\n        data {\n          status\n          article {\n            id\n            url\n            title\n            statements(first: 100) { totalCount edges { node { ...StatementFields } } }\n          }\n        }\n      }\n      ... on InvalidArticleError { message field reason }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;