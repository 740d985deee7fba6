import { graphql } from '../generated/gql.js';

/** A person and a page of the people or organizations that appear with them, most often first. */
export const PersonCoMentionsFields = graphql(`
  fragment PersonCoMentionsFields on Person {
    __typename
    id
    name
    coMentions(type: $type, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          statementCount
          articleCount
          entity {
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

/** Co-mentions of the person with this name, alias or surname; the candidates when it names several. */
export const CoMentionsByNameQuery = graphql(`
  query CoMentionsByName(
    $name: String!
    $mode: NameMatchMode! = SURNAME
    $type: EntityType = PERSON
    $first: Int = 20
    $after: String
  ) {
    person(name: $name, mode: $mode) {
      __typename
      ...PersonCoMentionsFields
      ... on AmbiguousNameError {
        message
        candidates {
          ... on Person {
            id
            name
            statementCount
          }
        }
      }
    }
  }
`);

/** Co-mentions of the person with this global ID. */
export const CoMentionsByIdQuery = graphql(`
  query CoMentionsById($id: ID!, $type: EntityType = PERSON, $first: Int = 20, $after: String) {
    node(id: $id) {
      __typename
      ...PersonCoMentionsFields
    }
  }
`);
