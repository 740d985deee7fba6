import { graphql } from '../generated/gql.js';

/** Who said the most among filtered statements (a topic is `filter: { search }`), largest counts first. */
export const TopSpeakersQuery = graphql(`
  query TopSpeakers($filter: StatementFilter, $first: Int = 10, $after: String) {
    topSpeakers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          count
          articleCount
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
`);
