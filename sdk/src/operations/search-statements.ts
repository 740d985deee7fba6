import { graphql } from '../generated/gql.js';

/** Full-text search over statements, best matches first, each with a highlighted snippet. */
export const SearchStatementsQuery = graphql(`
  query SearchStatements(
    $search: String!
    $filter: StatementFilter
    $orderBy: SearchOrder
    $first: Int = 20
    $after: String
  ) {
    searchStatements(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
