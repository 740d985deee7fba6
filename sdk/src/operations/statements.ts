import { graphql } from '../generated/gql.js';

/** A page of statements matching a filter, in an order: behind `statementsByPerson`, and pageable with `paginate`. */
export const StatementsQuery = graphql(`
  query Statements($filter: StatementFilter, $orderBy: StatementOrder, $first: Int = 20, $after: String) {
    statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nameMatches {
        field
        name
        ambiguous
        entities {
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
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StatementFields
        }
      }
    }
  }
`);
