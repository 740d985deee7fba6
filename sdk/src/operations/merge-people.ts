import { graphql } from '../generated/gql.js';

/** Folds people into one (statements, mentions and names move to the target); failures are typed results. */
export const MergePeopleMutation = graphql(`
  mutation MergePeople($targetId: ID!, $sourceIds: [ID!]!) {
    mergePeople(targetId: $targetId, sourceIds: $sourceIds) {
      __typename
      ... on MergePeopleSuccess {
        data {
          mergedIds
          movedStatementCount
          movedMentionCount
          person {
            id
            name
            aliases
            statementCount
            mentionCount
          }
        }
      }
      ... on Error {
        message
      }
      ... on NotFoundError {
        id
        typename
      }
      ... on InvalidInputError {
        field
        reason
      }
    }
  }
`);
