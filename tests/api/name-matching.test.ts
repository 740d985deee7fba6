import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../server/names/name-key.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

// One name rule everywhere (person(name:), speakerName, mentioningName, quotingName), ambiguity shown.
describe('name matching: one rule, ambiguity visible', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    graphql = graphqlCaller(database.prisma);
    const article = await database.prisma.article.create({
      data: {
        url: 'https://example.org/bushes',
        canonicalUrl: 'example.org/bushes',
        title: 'Bushes',
        outlet: 'Example',
        domain: 'example.org',
        body: 'George W. Bush spoke. Jeb Bush spoke twice. Laura Welch spoke.',
        contentHash: 'bushes',
        metadata: [],
      },
    });
    for (const [name, aliases, statements] of [
      ['George W. Bush', ['George W. Bush', 'Dubya'], 1],
      ['Jeb Bush', ['Jeb Bush'], 2],
      ['Laura Welch', ['Laura Welch', 'Laura Bush'], 1],
    ] as const) {
      const person = await database.prisma.person.create({
        data: { name, nameKey: nameKey(name), aliases: [...aliases] },
      });
      ids[name] = person.id;
      for (let i = 0; i < statements; i++)
        await database.prisma.statement.create({
          data: {
            articleId: article.id,
            text: `${name} ${i}`,
            content: `${name} ${i}`,
            kind: 'DIRECT',
            start: 0,
            end: 5,
            speakerPersonId: person.id,
          },
        });
    }
  });
  afterAll(() => database?.drop());

  const PERSON = `query ($name: String!, $mode: NameMatchMode) {
    person(name: $name, mode: $mode) {
      __typename
      ... on Person { id name }
      ... on AmbiguousNameError { message name candidates { ... on Person { id name } } }
    }
  }`;

  it('person(name:) lists the candidates with their IDs when a surname names several people', async () => {
    const { data, errors } = await graphql(PERSON, { name: 'Bush' });
    expect(errors).toBeUndefined();
    expect(data.person).toMatchObject({
      __typename: 'AmbiguousNameError',
      name: 'Bush',
      candidates: [
        { id: encodeGlobalID('Person', ids['George W. Bush']!), name: 'George W. Bush' },
        { id: encodeGlobalID('Person', ids['Jeb Bush']!), name: 'Jeb Bush' },
      ],
    });
    expect(data.person.message).toMatch(/"Bush" matches 2 people: George W\. Bush \(id \d+\), Jeb Bush/);
    expect((await graphql(PERSON, { name: 'jeb bush' })).data.person).toMatchObject({ name: 'Jeb Bush' });
    expect((await graphql(PERSON, { name: 'Dubya' })).data.person).toMatchObject({ name: 'George W. Bush' });
    expect((await graphql(PERSON, { name: 'Bush', mode: 'EXACT' })).data.person).toBeNull();
    expect((await graphql(PERSON, { name: 'Nobody' })).data.person).toBeNull();
  });

  it('a name filter takes an explicit mode and says whom it matched, so mixed counts show', async () => {
    const STATEMENTS = `query ($filter: StatementFilter) {
      statements(filter: $filter) {
        totalCount
        nameMatches { field name mode ambiguous entities { ... on Person { name } } }
      }
    }`;
    const surname = await graphql(STATEMENTS, { filter: { speakerName: { name: 'Bush', mode: 'SURNAME' } } });
    expect(surname.errors).toBeUndefined();
    expect(surname.data.statements.totalCount).toBe(3); // George 1 + Jeb 2: mixed, and the response says so
    expect(surname.data.statements.nameMatches).toEqual([
      {
        field: 'filter.speakerName',
        name: 'Bush',
        mode: 'SURNAME',
        ambiguous: true,
        entities: [{ name: 'George W. Bush' }, { name: 'Jeb Bush' }],
      },
    ]);
    const exact = await graphql(STATEMENTS, {
      filter: { OR: [{ speakerName: { name: 'Laura Bush', mode: 'EXACT' } }] },
    });
    expect(exact.data.statements.totalCount).toBe(1);
    expect(exact.data.statements.nameMatches).toEqual([
      {
        field: 'filter.OR[0].speakerName',
        name: 'Laura Bush',
        mode: 'EXACT',
        ambiguous: false,
        entities: [{ name: 'Laura Welch' }],
      },
    ]);
    const missingMode = await graphql(STATEMENTS, { filter: { speakerName: { name: 'Bush' } } });
    expect(missingMode.errors?.[0]?.message).toMatch(/mode/);
    expect((await graphql(STATEMENTS, {})).data.statements.nameMatches).toEqual([]);
  });

  it('applies the same rule to quotingName on articles and to aggregate counts', async () => {
    const { data, errors } = await graphql(`
      {
        articles(filter: { quotingName: { name: "Bush", mode: SURNAME } }) {
          totalCount
          nameMatches {
            ambiguous
          }
        }
        statementCounts(groupBy: [SPEAKER], filter: { speakerName: { name: "Bush", mode: SURNAME } }) {
          edges {
            node {
              count
            }
          }
          nameMatches {
            entities {
              ... on Person {
                name
              }
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data.articles).toEqual({ totalCount: 1, nameMatches: [{ ambiguous: true }] });
    expect(data.statementCounts.edges.map(({ node }: any) => node.count)).toEqual([2, 1]);
    expect(data.statementCounts.nameMatches[0].entities).toHaveLength(2);
  });
});
