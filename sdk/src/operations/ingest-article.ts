import { graphql } from '../generated/gql.js';

/**
 * Ingests one article and returns what was extracted: the first `$first` statements (the article's
 * `statementCount` says how many there are). Expected failures come back as typed error results.
 */
export const IngestArticleMutation = graphql(`
  mutation IngestArticle($input: IngestArticleInput!, $first: Int = 50) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticlePayload {
        status
        article {
          id
          url
          title
          outlet
          publishedAt
          statementCount
          statements(first: $first) {
            edges {
              node {
                id
                text
                kind
                cue
                start
                end
                speaker {
                  __typename
                  ... on Person {
                    id
                    name
                  }
                  ... on Organization {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
      ... on Error {
        message
      }
      ... on InvalidArticleError {
        field
        reason
      }
      ... on DuplicateArticleError {
        url
        existing {
          id
          url
          title
        }
      }
    }
  }
`);
