import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { QUERY_LIMITS } from '../../server/plugins/armor.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/** Nests `statements → speaker(Person) → statements` n times: each hop is 4 levels deep. */
function nested(hops: number, useFragments: boolean): string {
  let selection = 'text';
  const fragments: string[] = [];
  for (let hop = 0; hop < hops; hop++) {
    const speaker = useFragments
      ? `...Speaker${hop}`
      : `... on Person { name statements(first: 1) { edges { node { ${selection} } } } }`;
    if (useFragments)
      fragments.push(
        `fragment Speaker${hop} on Person { name statements(first: 1) { edges { node { ${selection} } } } }`,
      );
    selection = `text speaker { ${speaker} }`;
  }
  return `{ statements(first: 1) { edges { node { ${selection} } } } } ${fragments.join(' ')}`;
}

describe('depth and cost count nesting, not fragments', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  async function errorsOf(query: string) {
    const response = await createApp({ prisma: database.prisma }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return ((await response.json()) as { errors?: { message: string }[] }).errors ?? [];
  }

  it('accepts the same query written with fragments that it accepts inline', async () => {
    expect(QUERY_LIMITS.depth).toBe(12);
    expect(await errorsOf(nested(2, false))).toEqual([]);
    expect(await errorsOf(nested(2, true))).toEqual([]);
  });

  it('still refuses a query too deep, with or without fragments', async () => {
    for (const useFragments of [false, true]) {
      const [error] = await errorsOf(nested(4, useFragments));
      expect(error?.message).toMatch(/depth/i);
    }
  });
});
