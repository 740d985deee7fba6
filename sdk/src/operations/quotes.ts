import { graphql } from '../generated/gql.js';

/** Quotes (the same words by the same speaker, however many articles print them), most printed first. */
export const QuotesQuery = graphql(`
  query Quotes($filter: QuoteFilter, $orderBy: QuoteOrder, $first: Int = 20, $after: String) {
    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          text
          firstSeenAt
          lastSeenAt
          occurrenceCount
          articleCount
          outletCount
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
          firstArticle {
            id
            url
            title
            outlet
            publishedAt
          }
        }
      }
    }
  }
`);
