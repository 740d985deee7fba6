import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

describe('node and nodes refetch', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  let personId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    graphql = graphqlCaller(database.prisma);
    personId = (
      await database.prisma.person.create({
        data: { name: 'Ada Lovelace', nameKey: 'ada lovelace', aliases: ['Ada Lovelace'] },
      })
    ).id;
  });
  afterAll(() => database?.drop());

  it('returns null for an ID that names nothing, and the objects in the order asked for', async () => {
    const known = encodeGlobalID('Person', personId);
    const missing = encodeGlobalID('Person', personId + 1000);
    const { data, errors } = await graphql(
      `
        query ($ids: [ID!]!, $one: ID!) {
          node(id: $one) {
            id
          }
          nodes(ids: $ids) {
            id
            ... on Person {
              name
            }
          }
        }
      `,
      {
        ids: [missing, known],
        one: missing,
      },
    );
    expect(errors).toBeUndefined();
    expect(data.node).toBeNull();
    expect(data.nodes).toEqual([null, { id: known, name: 'Ada Lovelace' }]);
  });
});
