import { graphql } from '../generated/gql.js';

/** Who said the most, optionally on a topic and among filtered statements, largest counts first. */
export const TopSpeakersQuery = graphql(`
  query TopSpeakers($topic: String, $filter: StatementFilter, $first: Int = 10, $after: String) {
    topSpeakers(topic: $topic, filter: $filter, first: $first, after: $after) {
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
