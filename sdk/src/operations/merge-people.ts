import { graphql } from '../generated/gql.js';

/**
 * Folds people into one (statements, mentions and names move to the target), or with `dryRun: true` only
 * shows what that would change; failures are typed results.
 */
export const MergePeopleMutation = graphql(`
  mutation MergePeople($input: MergePeopleInput!) {
    mergePeople(input: $input) {
      __typename
      ... on MergePeoplePayload {
        dryRun
        mergedIds
        movedStatementCount
        movedMentionCount
        aliases
        person {
          id
          name
          aliases
          statementCount
          mentionCount
        }
      }
      ... on Error {
        message
      }
      ... on NotFoundError {
        id
        entityType
      }
      ... on InvalidInputError {
        field
        reason
      }
    }
  }
`);
