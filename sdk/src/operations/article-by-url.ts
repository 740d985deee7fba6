import { graphql } from '../generated/gql.js';

/** An article by URL, with its statements in reading order and who it mentions (the first 100 of each). */
export const ArticleByUrlQuery = graphql(`
  query ArticleByUrl($url: String!, $first: Int = 100, $after: String, $mentionsFirst: Int = 100) {
    article(url: $url) {
      id
      url
      title
      outlet
      publishedAt
      body
      statements(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...StatementFields
          }
        }
      }
      personMentions(first: $mentionsFirst) {
        totalCount
        edges {
          node {
            start
            end
            text
            form
            role
            person {
              id
              name
            }
          }
        }
      }
      organizationMentions(first: $mentionsFirst) {
        totalCount
        edges {
          node {
            start
            end
            text
            form
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);
