import { graphql } from '../generated/gql.js';

/** Full-text search over statements, best matches first, each with a highlighted snippet. */
export const SearchStatementsQuery = graphql(`
  query SearchStatements($query: String!, $filter: StatementFilter, $first: Int = 20, $after: String) {
    searchStatements(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        rank
        snippet {
          text
          highlights {
            start
            end
          }
        }
        node {
          ...StatementFields
        }
      }
    }
  }
`);
