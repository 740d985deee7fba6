import { graphql } from '../generated/gql.js';

/** What every ready-made operation asks of a statement: its text and kind, who said it, and where. */
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
      ... on Person {
        id
        name
      }
      ... on Organization {
        id
        name
      }
    }
    article {
      id
      url
      title
      outlet
      publishedAt
    }
  }
`);
