import { graphql } from './generated/gql.js';

// The ready-made operations behind the client's methods. `npm run generate` types them from schema.graphql.

export const StatementFields = graphql(`
  fragment StatementFields on Statement {
    id
    text
    kind
    cue
    start
    end
    speaker {
      __typename
      ... on Person { id name }
      ... on Organization { id name }
    }
    article { id url title outlet publishedAt }
  }
`);

export const ArticleByUrlQuery = graphql(`
  query ArticleByUrl($url: String!, $first: Int = 50) {
    article(url: $url) {
      id
      url
      title
      outlet
      publishedAt
      body
      statements(first: $first) {
        totalCount
        edges { node { ...StatementFields } }
      }
      personMentions { start end text form role person { id name } }
      organizationMentions { start end text form organization { id name } }
    }
  }
`);

export const PersonByNameQuery = graphql(`
  query PersonByName($name: String!, $first: Int = 20, $after: String) {
    person(name: $name) {
      id
      name
      aliases
      statementCount
      mentionCount
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...StatementFields } }
      }
    }
  }
`);

export const IngestArticleMutation = graphql(`
  mutation IngestArticle($input: ArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticleSuccess {
        data {
          status
          article {
            id
            url
            title
            statements(first: 100) { totalCount edges { node { ...StatementFields } } }
          }
        }
      }
      ... on InvalidArticleError { message field reason }
    }
  }
`);
