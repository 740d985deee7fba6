import { encodeGlobalID } from '@pothos/plugin-relay';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../server/schema/index.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { loadFixture, type Fixture } from './analyst-fixture.js';

// Every expectation below is worked out by hand from tests/api/analyst-fixture.ts.

describe('the analyst API: filters, orders, search, aggregates', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  let fixture: Fixture;
  const sql: string[] = [];
  const person = (key: keyof Fixture['people']) => encodeGlobalID('Person', fixture.people[key]);
  const organization = (key: keyof Fixture['organizations']) =>
    encodeGlobalID('Organization', fixture.organizations[key]);
  const article = (key: string) => encodeGlobalID('Article', fixture.articles[key]!);
  /** The fixture key (s1…s9) of each statement text. */
  const keyOf = (text: string) => Object.entries(TEXTS).find(([, known]) => known === text)?.[0] ?? text;

  async function statementKeys(filter: object, extra = '') {
    const { data, errors } = await graphql(
      `query ($filter: StatementFilter) { statements(first: 100, filter: $filter ${extra}) { totalCount edges { node { text } } } }`,
      { filter },
    );
    expect(errors).toBeUndefined();
    expect(data.statements.totalCount).toBe(data.statements.edges.length);
    return data.statements.edges.map((edge: any) => keyOf(edge.node.text)).sort();
  }

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (query) => sql.push(query) });
    graphql = graphqlCaller(database.prisma);
    fixture = await loadFixture(database.prisma);
  });
  afterAll(() => database?.drop());

  describe('statement filters', () => {
    it('by speaker id (people and organizations alike), name, alias and surname', async () => {
      expect(await statementKeys({ speakerId: [person('putin')] })).toEqual(['s3', 's7']);
      expect(await statementKeys({ speakerId: [person('merkel'), organization('kremlin')] })).toEqual([
        's2',
        's4',
        's8',
      ]);
      expect(await statementKeys({ speakerName: { name: 'angela merkel', mode: 'SURNAME' } })).toEqual(['s4', 's8']);
      expect(await statementKeys({ speakerName: { name: 'Francois Hollande', mode: 'SURNAME' } })).toEqual(['s1']);
      expect(await statementKeys({ speakerName: { name: 'Hollande', mode: 'SURNAME' } })).toEqual(['s1']);
      expect(await statementKeys({ speakerName: { name: 'ICC', mode: 'SURNAME' } })).toEqual(['s9']);
    });

    it('by speaker type, kind, cue (case ignored) and article', async () => {
      expect(await statementKeys({ speakerType: 'ORGANIZATION' })).toEqual(['s2', 's9']);
      expect(await statementKeys({ speakerType: 'NONE' })).toEqual(['s6']);
      expect((await statementKeys({ speakerType: 'PERSON' })).length).toBe(6);
      expect(await statementKeys({ kind: ['PARTIAL', 'INDIRECT'] })).toEqual(['s2', 's5', 's6', 's7']);
      expect(await statementKeys({ cue: ['SAID'] })).toEqual(['s1', 's2', 's7', 's8', 's9']);
      expect(await statementKeys({ cue: ['warned', 'added'] })).toEqual(['s3', 's4']);
      expect(await statementKeys({ articleId: [article('a2')] })).toEqual(['s4', 's5', 's6']);
    });

    it('by outlet and publication date range (undated articles match no range)', async () => {
      expect(await statementKeys({ outlet: ['the washington post'] })).toEqual(['s1', 's2', 's3', 's7', 's8']);
      expect(await statementKeys({ NOT: { OR: [{ outlet: ['Reuters'] }, { outlet: ['BBC News'] }] } })).toEqual([
        's1',
        's2',
        's3',
        's7',
        's8',
      ]);
      expect(await statementKeys({ publishedAt: { from: '2016-10-15T00:00:00Z' } })).toEqual([
        's4',
        's5',
        's6',
        's7',
        's8',
      ]);
      expect(
        await statementKeys({ publishedAt: { from: '2016-10-11T00:00:00Z', before: '2016-10-20T12:00:00Z' } }),
      ).toEqual(['s1', 's2', 's3']);
    });

    it('by people and organizations mentioned (all of the ids), or by name', async () => {
      expect(await statementKeys({ mentioning: [person('putin')] })).toEqual(['s1', 's5', 's8']);
      expect(await statementKeys({ mentioning: [person('putin'), person('poroshenko')] })).toEqual(['s8']);
      expect(await statementKeys({ mentioning: [organization('icc')] })).toEqual(['s7']);
      expect(await statementKeys({ mentioningName: { name: 'U.N.', mode: 'SURNAME' } })).toEqual(['s4']);
    });

    it('by full-text search with web-search syntax and English stemming', async () => {
      expect(await statementKeys({ search: 'aleppo' })).toEqual(['s1', 's4', 's5']);
      expect(await statementKeys({ search: 'aleppo -ceasefire' })).toEqual(['s1', 's5']);
      // "crimes" is stemmed: the phrase matches "war crimes" and "war crime".
      expect(await statementKeys({ search: '"war crime"' })).toEqual(['s1', 's5']);
      expect(await statementKeys({ search: 'waiting' })).toEqual(['s2', 's3']);
      expect(await statementKeys({ search: 'ukraine or berlin' })).toEqual(['s6', 's9']);
    });

    it('combines with AND, OR and NOT (NOT keeps statements without a speaker)', async () => {
      expect(await statementKeys({ OR: [{ speakerType: 'ORGANIZATION' }, { kind: ['PARTIAL'] }] })).toEqual([
        's2',
        's5',
        's9',
      ]);
      expect(
        await statementKeys({
          AND: [{ search: 'aleppo' }, { NOT: { speakerName: { name: 'Merkel', mode: 'SURNAME' } } }],
        }),
      ).toEqual(['s1', 's5']);
      expect(await statementKeys({ NOT: { speakerId: [person('putin'), person('merkel')] } })).toEqual([
        's1',
        's2',
        's5',
        's6',
        's9',
      ]);
      // Who said what about Putin: mentions him, said by someone else.
      expect(await statementKeys({ mentioning: [person('putin')], NOT: { speakerId: [person('putin')] } })).toEqual([
        's1',
        's5',
        's8',
      ]);
      expect(await statementKeys({ OR: [] })).toEqual([]);
    });

    it('refuses an ID of the wrong type in a filter with a message naming the argument', async () => {
      const { errors } = await graphql(
        `
          query ($id: ID!) {
            statements(filter: { speakerId: [$id] }) {
              totalCount
            }
          }
        `,
        { id: article('a1') },
      );
      expect(errors?.[0]?.message).toMatch(
        /filter\.speakerId: an ID of a Article was given where a Person or an Organization is expected/,
      );
    });
  });

  describe('ordering and paging', () => {
    it('orders statements by publication date both ways, undated last when newest first, ties by id', async () => {
      const ordered = async (direction: string) =>
        (
          await graphql(
            `{ statements(first: 100, orderBy: { field: PUBLISHED_AT, direction: ${direction} }) { edges { node { text } } } }`,
          )
        ).data.statements.edges.map((edge: any) => keyOf(edge.node.text));
      expect(await ordered('DESC')).toEqual(['s8', 's7', 's6', 's5', 's4', 's3', 's2', 's1', 's9']);
      expect(await ordered('ASC')).toEqual(['s9', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    });

    it('pages forward and backward with cursors, with pageInfo and totalCount, without overlap', async () => {
      const page = (args: string) =>
        graphql(
          `{ statements(${args}, orderBy: { field: PUBLISHED_AT, direction: ASC }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { text } } } }`,
        );
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { data } = await page(`first: 4${after ? `, after: "${after}"` : ''}`);
        expect(data.statements.totalCount).toBe(9);
        seen.push(...data.statements.edges.map((edge: any) => keyOf(edge.node.text)));
        pages += 1;
        if (!data.statements.pageInfo.hasNextPage) break;
        after = data.statements.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(['s9', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);

      const last = await page('last: 3');
      expect(last.data.statements.edges.map((edge: any) => keyOf(edge.node.text))).toEqual(['s6', 's7', 's8']);
      expect(last.data.statements.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const before = await page(`last: 2, before: "${last.data.statements.pageInfo.startCursor}"`);
      expect(before.data.statements.edges.map((edge: any) => keyOf(edge.node.text))).toEqual(['s4', 's5']);
      expect(before.data.statements.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it('takes the root filter and orderBy on Person.statements and Article.statements, with the same results', async () => {
      const { data, errors } = await graphql(
        `
          query ($putin: ID!, $a1: ID!) {
            putin: node(id: $putin) {
              ... on Person {
                all: statements {
                  totalCount
                  edges {
                    node {
                      text
                    }
                  }
                }
                direct: statements(filter: { kind: [DIRECT] }, orderBy: { field: START, direction: DESC }) {
                  totalCount
                  edges {
                    node {
                      text
                    }
                  }
                }
              }
            }
            root: statements(
              filter: { speakerId: [$putin], kind: [DIRECT] }
              orderBy: { field: START, direction: DESC }
            ) {
              totalCount
              edges {
                node {
                  text
                }
              }
            }
            rootAll: statements(filter: { speakerId: [$putin] }) {
              edges {
                node {
                  text
                }
              }
            }
            a1: node(id: $a1) {
              ... on Article {
                reading: statements {
                  edges {
                    node {
                      start
                    }
                  }
                }
                backwards: statements(orderBy: { field: START, direction: DESC }) {
                  edges {
                    node {
                      start
                    }
                  }
                }
                byPutin: statements(filter: { speakerId: [$putin] }) {
                  totalCount
                }
              }
            }
          }
        `,
        { putin: person('putin'), a1: article('a1') },
      );
      expect(errors).toBeUndefined();
      const texts = (connection: any) => connection.edges.map(({ node }: any) => keyOf(node.text));
      expect(data.putin.direct.totalCount).toBeLessThan(data.putin.all.totalCount);
      expect(texts(data.putin.direct)).toEqual(texts(data.root));
      // Without arguments: the root field's default order (newest articles first).
      expect(texts(data.putin.all)).toEqual(texts(data.rootAll));
      const starts = data.a1.reading.edges.map(({ node }: any) => node.start);
      expect(starts.length).toBeGreaterThan(1);
      expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
      expect(data.a1.backwards.edges.map(({ node }: any) => node.start)).toEqual([...starts].reverse());
      expect(data.a1.byPutin.totalCount).toBe(1); // s3
    });

    it('refuses a cursor made for another ordering', async () => {
      const { data } = await graphql(`
        {
          statements(first: 1, orderBy: { field: INGESTED_AT, direction: ASC }) {
            pageInfo {
              endCursor
            }
          }
        }
      `);
      const { errors } = await graphql(
        `
          query ($after: String) {
            statements(first: 1, after: $after) {
              totalCount
            }
          }
        `,
        { after: data.statements.pageInfo.endCursor },
      );
      expect(errors?.[0]?.message).toMatch(/Argument "after" .* cannot be used: it was made for another ordering/);
    });

    it('orders people by statement and mention counts, ties broken by id', async () => {
      const names = async (orderBy: string) =>
        (
          await graphql(`{ people(orderBy: ${orderBy}) { edges { node { name statementCount mentionCount } } } }`)
        ).data.people.edges.map((edge: any) => edge.node.name);
      // Statements: Putin 2, Merkel 2, Poroshenko 1, Hollande 1; ids in fixture order.
      expect(await names('{ field: STATEMENT_COUNT, direction: DESC }')).toEqual([
        'Angela Merkel',
        'Vladimir Putin',
        'François Hollande',
        'Petro Poroshenko',
      ]);
      // Mentions: Putin 6, Poroshenko 2, Merkel 2, Hollande 2.
      expect(await names('{ field: MENTION_COUNT, direction: DESC }')).toEqual([
        'Vladimir Putin',
        'François Hollande',
        'Angela Merkel',
        'Petro Poroshenko',
      ]);
      expect(await names('{ field: NAME, direction: ASC }')).toEqual([
        'Angela Merkel',
        'François Hollande',
        'Petro Poroshenko',
        'Vladimir Putin',
      ]);
      const organizations = await graphql(`
        {
          organizations(orderBy: { field: MENTION_COUNT, direction: DESC }) {
            edges {
              node {
                name
                mentionCount
                statementCount
              }
            }
          }
        }
      `);
      expect(
        organizations.data.organizations.edges.map((edge: any) => [
          edge.node.name,
          edge.node.mentionCount,
          edge.node.statementCount,
        ]),
      ).toEqual([
        ['International Criminal Court', 3, 1],
        ['United Nations', 1, 0],
        ['Kremlin', 1, 1],
      ]);
    });

    it('orders articles by date, title and statement count', async () => {
      const titles = async (orderBy: string) =>
        (await graphql(`{ articles(orderBy: ${orderBy}) { edges { node { title } } } }`)).data.articles.edges.map(
          (edge: any) => edge.node.title,
        );
      expect(await titles('{ field: PUBLISHED_AT, direction: DESC }')).toEqual([
        'Russia withdraws from the International Criminal Court',
        'Berlin talks on Ukraine end without a deal',
        'Putin cancels Paris visit amid pressure over Aleppo',
        'Court responds to Russian withdrawal',
      ]);
      expect((await titles('{ field: TITLE, direction: ASC }'))[0]).toBe('Berlin talks on Ukraine end without a deal');
      expect(await titles('{ field: STATEMENT_COUNT, direction: ASC }')).toEqual([
        'Court responds to Russian withdrawal',
        'Russia withdraws from the International Criminal Court',
        'Putin cancels Paris visit amid pressure over Aleppo',
        'Berlin talks on Ukraine end without a deal',
      ]);
    });
  });

  describe('article and entity filters', () => {
    async function articleKeys(filter: object) {
      const { data, errors } = await graphql(
        `
          query ($filter: ArticleFilter) {
            articles(filter: $filter) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { filter },
      );
      expect(errors).toBeUndefined();
      const byId = Object.fromEntries(
        Object.entries(fixture.articles).map(([key, id]) => [encodeGlobalID('Article', id), key]),
      );
      return data.articles.edges.map((edge: any) => byId[edge.node.id]).sort();
    }

    it('filters articles by outlet, date, who is mentioned, who is quoted, text, and combinations', async () => {
      expect(await articleKeys({ outlet: ['Reuters', 'BBC News'] })).toEqual(['a2', 'a4']);
      expect(await articleKeys({ publishedAt: { before: '2016-10-20T00:00:00Z' } })).toEqual(['a1']);
      expect(await articleKeys({ mentioning: [person('poroshenko')] })).toEqual(['a2', 'a3']);
      expect(await articleKeys({ mentioning: [person('putin'), organization('kremlin')] })).toEqual(['a1']);
      expect(await articleKeys({ mentioningName: { name: 'ICC', mode: 'SURNAME' } })).toEqual(['a3', 'a4']);
      expect(await articleKeys({ quoting: [person('merkel')] })).toEqual(['a2', 'a3']);
      expect(await articleKeys({ quotingName: { name: 'Putin', mode: 'SURNAME' } })).toEqual(['a1', 'a3']);
      expect(await articleKeys({ search: 'aleppo' })).toEqual(['a1', 'a2']);
      expect(
        await articleKeys({ OR: [{ outlet: ['BBC News'] }, { quotingName: { name: 'Hollande', mode: 'SURNAME' } }] }),
      ).toEqual(['a1', 'a4']);
      expect(
        await articleKeys({
          NOT: { outlet: ['The Washington Post'] },
          mentioningName: { name: 'Putin', mode: 'SURNAME' },
        }),
      ).toEqual(['a2']);
    });

    it('filters people and organizations by exact, prefix and fuzzy name', async () => {
      const people = async (filter: object) =>
        (
          await graphql(
            `
              query ($filter: PersonFilter) {
                people(filter: $filter) {
                  edges {
                    node {
                      name
                    }
                  }
                }
              }
            `,
            { filter },
          )
        ).data.people.edges.map((edge: any) => edge.node.name);
      expect(await people({ name: { exact: 'francois HOLLANDE' } })).toEqual(['François Hollande']);
      expect(await people({ name: { exact: 'Poroshenko' } })).toEqual(['Petro Poroshenko']); // an alias
      expect(await people({ name: { exact: 'Porosh' } })).toEqual([]);
      expect(await people({ name: { prefix: 'poro' } })).toEqual(['Petro Poroshenko']);
      expect(await people({ name: { prefix: 'an' } })).toEqual(['Angela Merkel']);
      for (const spelling of ['Poroshenko', 'poroshenk', 'Petro Poroshenko', 'Poroshenco']) {
        expect(await people({ name: { fuzzy: spelling } }), spelling).toEqual(['Petro Poroshenko']);
      }
      expect(await people({ hasStatements: false })).toEqual([]);
      expect(await people({ OR: [{ name: { prefix: 'vlad' } }, { name: { exact: 'Merkel' } }] })).toEqual([
        'Vladimir Putin',
        'Angela Merkel',
      ]);
      const organizations = await graphql(`
        {
          organizations(filter: { name: { fuzzy: "criminal cort" } }) {
            edges {
              node {
                name
              }
            }
          }
        }
      `);
      expect(organizations.data.organizations.edges.map((edge: any) => edge.node.name)).toEqual([
        'International Criminal Court',
      ]);
    });

    it('ranks fuzzy name search by similarity', async () => {
      for (const spelling of ['Poroshenko', 'poroshenk', 'Petro Poroshenko']) {
        const { data } = await graphql(
          `
            query ($name: String!) {
              searchPeople(name: $name) {
                totalCount
                edges {
                  similarity
                  node {
                    name
                  }
                }
              }
            }
          `,
          { name: spelling },
        );
        expect(data.searchPeople.edges[0].node.name, spelling).toBe('Petro Poroshenko');
        expect(data.searchPeople.edges[0].similarity).toBeGreaterThanOrEqual(0.6);
      }
      const { data } = await graphql(`
        {
          searchOrganizations(name: "kremlin") {
            edges {
              similarity
              node {
                name
              }
            }
          }
        }
      `);
      expect(data.searchOrganizations.edges).toEqual([{ similarity: 1, node: { name: 'Kremlin' } }]);
    });
  });

  describe('full-text search', () => {
    it('ranks statements and highlights the matched words in snippets', async () => {
      const { data, errors } = await graphql(`
        {
          searchStatements(search: "\\"war crime\\" or ceasefire") {
            totalCount
            edges {
              rank
              snippet {
                text
                html
                highlights {
                  start
                  end
                }
              }
              node {
                text
              }
            }
          }
        }
      `);
      expect(errors).toBeUndefined();
      const edges = data.searchStatements.edges;
      expect(edges.map((edge: any) => keyOf(edge.node.text)).sort()).toEqual(['s1', 's4', 's5']);
      expect(data.searchStatements.totalCount).toBe(3);
      const ranks = edges.map((edge: any) => edge.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      const s5 = edges.find((edge: any) => keyOf(edge.node.text) === 's5');
      expect(s5.snippet.text).toBe('what Putin did in Aleppo a war crime');
      expect(s5.snippet.highlights.map(({ start, end }: any) => s5.snippet.text.slice(start, end))).toEqual([
        'war',
        'crime',
      ]);
      expect(s5.snippet.html).toBe('what Putin did in Aleppo a <mark>war</mark> <mark>crime</mark>');
    });

    it('searches statements within a filter, and refuses a blank query', async () => {
      const { data } = await graphql(`
        {
          searchStatements(search: "aleppo", filter: { outlet: ["Reuters"] }) {
            edges {
              node {
                text
              }
            }
          }
        }
      `);
      expect(data.searchStatements.edges.map((edge: any) => keyOf(edge.node.text)).sort()).toEqual(['s4', 's5']);
      const blank = await graphql(`
        {
          searchStatements(search: "  ") {
            totalCount
          }
        }
      `);
      expect(blank.errors?.[0]?.message).toMatch(/"search" is blank/);
    });

    it('searches articles, the title weighing more than the body, with escaped HTML snippets', async () => {
      const { data } = await graphql(`
        {
          searchArticles(search: "court") {
            edges {
              rank
              snippet {
                text
                html
              }
              node {
                title
              }
            }
          }
        }
      `);
      const titles = data.searchArticles.edges.map((edge: any) => edge.node.title);
      expect(titles).toEqual([
        'Court responds to Russian withdrawal',
        'Russia withdraws from the International Criminal Court',
      ]);
      expect(data.searchArticles.edges[0].snippet.html).toContain('<mark>court</mark>');
      expect(data.searchArticles.edges[0].snippet.html).toContain('&#39;');
      expect(data.searchArticles.edges[0].snippet.text).not.toContain('<mark>');
    });
  });

  describe('aggregates', () => {
    it('counts statements by speaker, with the unattributed ones as a null group', async () => {
      const { data } = await graphql(`
        {
          statementCounts(groupBy: [SPEAKER]) {
            totalCount
            edges {
              node {
                count
                articleCount
                speaker {
                  __typename
                  ... on Person {
                    name
                  }
                  ... on Organization {
                    name
                  }
                }
              }
            }
          }
        }
      `);
      expect(data.statementCounts.totalCount).toBe(7);
      expect(data.statementCounts.edges.map(({ node }: any) => [node.speaker?.name ?? null, node.count])).toEqual([
        ['Vladimir Putin', 2],
        ['Angela Merkel', 2],
        ['Petro Poroshenko', 1],
        ['François Hollande', 1],
        ['Kremlin', 1],
        ['International Criminal Court', 1],
        [null, 1],
      ]);
      expect(data.statementCounts.edges[0].node.articleCount).toBe(2);
    });

    it('counts articles when articleCount is asked for through fragments too (it is computed only when asked)', async () => {
      const { data, errors } = await graphql(`
        {
          statementCounts(groupBy: [SPEAKER]) {
            ...Page
          }
        }
        fragment Page on StatementGroupConnection {
          edges {
            ... on StatementGroupEdge {
              node {
                ...Counts
              }
            }
          }
        }
        fragment Counts on StatementGroup {
          count
          ... on StatementGroup {
            articleCount
          }
        }
      `);
      expect(errors).toBeUndefined();
      expect(data.statementCounts.edges[0].node).toEqual({ count: 2, articleCount: 2 });
    });

    it('counts by outlet, kind and cue', async () => {
      const counts = async (dimension: string, field: string) =>
        (
          await graphql(`{ statementCounts(groupBy: [${dimension}]) { edges { node { count ${field} } } } }`)
        ).data.statementCounts.edges.map(({ node }: any) => [node[field], node.count]);
      expect(await counts('OUTLET', 'outlet')).toEqual([
        ['The Washington Post', 5],
        ['Reuters', 3],
        ['BBC News', 1],
      ]);
      expect(await counts('KIND', 'kind')).toEqual([
        ['DIRECT', 5],
        ['INDIRECT', 3],
        ['PARTIAL', 1],
      ]);
      expect(await counts('CUE', 'cue')).toEqual([
        ['said', 5],
        ['according to', 1],
        ['added', 1],
        ['called', 1],
        ['warned', 1],
      ]);
    });

    it('counts by time bucket (day, week, month) under any filter', async () => {
      const periods = async (bucket: string, filter = '{}') =>
        (
          await graphql(
            `{ statementCounts(groupBy: [PERIOD], bucket: ${bucket}, orderBy: { field: KEY, direction: ASC }, filter: ${filter}) { edges { node { count period { start end bucket } } } } }`,
          )
        ).data.statementCounts.edges.map(({ node }: any) => [node.period?.start ?? null, node.count]);
      expect(await periods('MONTH')).toEqual([
        ['2016-10-01T00:00:00.000Z', 6],
        ['2016-11-01T00:00:00.000Z', 2],
        [null, 1],
      ]);
      expect(await periods('MONTH', '{ speakerType: PERSON }')).toEqual([
        ['2016-10-01T00:00:00.000Z', 4],
        ['2016-11-01T00:00:00.000Z', 2],
      ]);
      // 2016-10-11 is a Tuesday (week of Monday the 10th), 2016-10-20 a Thursday (week of the 17th), 2016-11-02 a Wednesday (week of Oct 31).
      expect(await periods('WEEK', '{ publishedAt: { from: "2016-01-01T00:00:00Z" } }')).toEqual([
        ['2016-10-10T00:00:00.000Z', 3],
        ['2016-10-17T00:00:00.000Z', 3],
        ['2016-10-31T00:00:00.000Z', 2],
      ]);
      expect(await periods('DAY', '{ speakerName: { name: "Merkel", mode: SURNAME } }')).toEqual([
        ['2016-10-20T00:00:00.000Z', 1],
        ['2016-11-02T00:00:00.000Z', 1],
      ]);
      const week = await graphql(`
        {
          statementCounts(groupBy: [PERIOD], bucket: WEEK, first: 1, orderBy: { field: KEY, direction: ASC }) {
            edges {
              node {
                period {
                  start
                  end
                }
              }
            }
          }
        }
      `);
      expect(week.data.statementCounts.edges[0].node.period).toEqual({
        start: '2016-10-10T00:00:00.000Z',
        end: '2016-10-17T00:00:00.000Z',
      });
    });

    it('counts by two dimensions (speaker per month) and by who is mentioned', async () => {
      const { data } = await graphql(`
        {
          statementCounts(
            groupBy: [SPEAKER, PERIOD]
            filter: { speakerName: { name: "Merkel", mode: SURNAME } }
            orderBy: { field: KEY, direction: ASC }
          ) {
            edges {
              node {
                count
                speaker {
                  ... on Person {
                    name
                  }
                }
                period {
                  start
                }
              }
            }
          }
          byMentioned: statementCounts(groupBy: [MENTIONED_PERSON]) {
            edges {
              node {
                count
                mentionedPerson {
                  name
                }
              }
            }
          }
          byOrganization: statementCounts(groupBy: [MENTIONED_ORGANIZATION]) {
            edges {
              node {
                count
                mentionedOrganization {
                  name
                }
              }
            }
          }
        }
      `);
      expect(
        data.statementCounts.edges.map(({ node }: any) => [node.speaker.name, node.period.start, node.count]),
      ).toEqual([
        ['Angela Merkel', '2016-10-01T00:00:00.000Z', 1],
        ['Angela Merkel', '2016-11-01T00:00:00.000Z', 1],
      ]);
      expect(data.byMentioned.edges.map(({ node }: any) => [node.mentionedPerson.name, node.count])).toEqual([
        ['Vladimir Putin', 3],
        ['Petro Poroshenko', 1],
      ]);
      expect(data.byOrganization.edges.map(({ node }: any) => [node.mentionedOrganization.name, node.count])).toEqual([
        ['International Criminal Court', 1],
        ['United Nations', 1],
      ]);
    });

    it('pages through groups with offset cursors', async () => {
      const first = await graphql(`
        {
          statementCounts(groupBy: [SPEAKER], first: 3) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                count
              }
            }
          }
        }
      `);
      expect(first.data.statementCounts.pageInfo.hasNextPage).toBe(true);
      const rest = await graphql(
        `
          query ($after: String) {
            statementCounts(groupBy: [SPEAKER], first: 10, after: $after) {
              pageInfo {
                hasNextPage
                hasPreviousPage
              }
              edges {
                node {
                  count
                }
              }
            }
          }
        `,
        {
          after: first.data.statementCounts.pageInfo.endCursor,
        },
      );
      expect(rest.data.statementCounts.edges.length).toBe(4);
      expect(rest.data.statementCounts.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    });

    it('refuses an empty or repeated groupBy', async () => {
      expect(
        (
          await graphql(`
            {
              statementCounts(groupBy: []) {
                totalCount
              }
            }
          `)
        ).errors?.[0]?.message,
      ).toMatch(/needs 1 to 3 dimensions; 0 were given/);
      expect(
        (
          await graphql(`
            {
              statementCounts(groupBy: [KIND, KIND]) {
                totalCount
              }
            }
          `)
        ).errors?.[0]?.message,
      ).toMatch(/names KIND twice/);
    });

    it('counts mentions by entity, outlet and period', async () => {
      const { data } = await graphql(`
        {
          people: mentionCounts(type: PERSON, groupBy: [ENTITY]) {
            edges {
              node {
                count
                articleCount
                entity {
                  ... on Person {
                    name
                  }
                }
              }
            }
          }
          organizations: mentionCounts(
            type: ORGANIZATION
            groupBy: [ENTITY, OUTLET]
            filter: { outlet: ["The Washington Post", "BBC News"] }
          ) {
            edges {
              node {
                count
                outlet
                entity {
                  ... on Organization {
                    name
                  }
                }
              }
            }
          }
          perMonth: mentionCounts(type: PERSON, groupBy: [PERIOD], orderBy: { field: KEY, direction: ASC }) {
            edges {
              node {
                count
                period {
                  start
                }
              }
            }
          }
        }
      `);
      expect(data.people.edges.map(({ node }: any) => [node.entity.name, node.count, node.articleCount])).toEqual([
        ['Vladimir Putin', 6, 3],
        ['Petro Poroshenko', 2, 2],
        ['Angela Merkel', 2, 2],
        ['François Hollande', 2, 1],
      ]);
      expect(data.organizations.edges.map(({ node }: any) => [node.entity.name, node.outlet, node.count])).toEqual([
        ['International Criminal Court', 'BBC News', 2],
        ['Kremlin', 'The Washington Post', 1],
        ['International Criminal Court', 'The Washington Post', 1],
      ]);
      expect(data.perMonth.edges.map(({ node }: any) => [node.period.start, node.count])).toEqual([
        ['2016-10-01T00:00:00.000Z', 8], // a1: Putin 3, Hollande 2; a2: Merkel, Poroshenko, Putin
        ['2016-11-01T00:00:00.000Z', 4], // a3: Putin 2, Merkel, Poroshenko
      ]);
    });

    it('orders groups by { field, direction }: COUNT ASC is the reverse of COUNT DESC, KEY DESC of KEY ASC', async () => {
      const page = async (orderBy: string, dimension = 'SPEAKER') => {
        const { data, errors } = await graphql(
          `{ statementCounts(groupBy: [${dimension}], orderBy: ${orderBy}, first: 100) { edges { node { count kind speaker { ... on Person { name } ... on Organization { name } } } } } }`,
        );
        expect(errors).toBeUndefined();
        return data.statementCounts.edges.map(({ node }: any) => [node.speaker?.name ?? node.kind, node.count]);
      };
      const largest = await page('{ field: COUNT, direction: DESC }');
      const smallest = await page('{ field: COUNT, direction: ASC }');
      expect(largest.length).toBeGreaterThan(2);
      expect(smallest.map(([, count]: any) => count)).toEqual(largest.map(([, count]: any) => count).reverse());
      expect(largest).toEqual(await page('{ field: COUNT }')); // DESC by default
      const byKey = await page('{ field: KEY, direction: ASC }', 'KIND');
      expect(byKey.length).toBeGreaterThan(1);
      expect(await page('{ field: KEY, direction: DESC }', 'KIND')).toEqual([...byKey].reverse());
    });

    it('ranks top speakers on a topic', async () => {
      const { data } = await graphql(`
        {
          aleppo: topSpeakers(filter: { search: "aleppo" }) {
            edges {
              node {
                count
                speaker {
                  ... on Person {
                    name
                  }
                }
              }
            }
          }
          all: topSpeakers(first: 2) {
            totalCount
            edges {
              node {
                count
                speaker {
                  ... on Person {
                    name
                  }
                }
              }
            }
          }
          inOctober: topSpeakers(filter: { publishedAt: { before: "2016-11-01T00:00:00Z" } }, first: 1) {
            edges {
              node {
                count
                speaker {
                  ... on Person {
                    name
                  }
                }
              }
            }
          }
        }
      `);
      expect(data.aleppo.edges.map(({ node }: any) => [node.speaker.name, node.count])).toEqual([
        ['Petro Poroshenko', 1],
        ['Angela Merkel', 1],
        ['François Hollande', 1],
      ]);
      expect(data.all.totalCount).toBe(6); // unattributed statements are not a speaker
      expect(data.all.edges.map(({ node }: any) => [node.speaker.name, node.count])).toEqual([
        ['Vladimir Putin', 2],
        ['Angela Merkel', 2],
      ]);
      expect(data.inOctober.edges[0].node).toEqual({ count: 1, speaker: { name: 'Vladimir Putin' } });
    });

    it('lists who is co-mentioned with a person, in articles and in statements', async () => {
      const { data } = await graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              ... on Person {
                people: coMentions(type: PERSON) {
                  totalCount
                  edges {
                    node {
                      articleCount
                      statementCount
                      entity {
                        ... on Person {
                          name
                        }
                      }
                    }
                  }
                }
                organizations: coMentions(type: ORGANIZATION) {
                  edges {
                    node {
                      articleCount
                      statementCount
                      entity {
                        ... on Organization {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        { id: person('putin') },
      );
      // Putin is in a1, a2, a3. Statements involving him: s1, s3, s5, s7, s8.
      expect(
        data.node.people.edges.map(({ node }: any) => [node.entity.name, node.articleCount, node.statementCount]),
      ).toEqual([
        ['Petro Poroshenko', 2, 2], // a2, a3; s5 (speaker), s8 (mentioned)
        ['Angela Merkel', 2, 1], // a2, a3; s8 (speaker)
        ['François Hollande', 1, 1], // a1; s1
      ]);
      expect(data.node.people.totalCount).toBe(3);
      expect(
        data.node.organizations.edges.map(({ node }: any) => [
          node.entity.name,
          node.articleCount,
          node.statementCount,
        ]),
      ).toEqual([
        ['International Criminal Court', 1, 1], // a3; s7 mentions it
        ['Kremlin', 1, 0],
        ['United Nations', 1, 0],
      ]);
    });

    it('answers "quoted about": what others said that mentions a person', async () => {
      const { data } = await graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              ... on Person {
                quotedAbout {
                  totalCount
                  edges {
                    node {
                      text
                      speaker {
                        ... on Person {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        {
          id: person('putin'),
        },
      );
      expect(data.node.quotedAbout.totalCount).toBe(3);
      expect(data.node.quotedAbout.edges.map(({ node }: any) => [keyOf(node.text), node.speaker.name])).toEqual([
        ['s8', 'Angela Merkel'],
        ['s5', 'Petro Poroshenko'],
        ['s1', 'François Hollande'],
      ]);
      const own = await graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              ... on Person {
                articles(filter: { outlet: ["Reuters"] }) {
                  totalCount
                }
              }
            }
          }
        `,
        { id: person('putin') },
      );
      expect(own.data.node.articles.totalCount).toBe(1);
    });
  });

  describe('relations and efficiency', () => {
    it('serves every list as a connection: mentions of an article, people mentioned in a statement', async () => {
      const { data } = await graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              ... on Article {
                statements(first: 1) {
                  totalCount
                  pageInfo {
                    hasNextPage
                  }
                  edges {
                    node {
                      mentionedPeople {
                        totalCount
                        edges {
                          node {
                            name
                          }
                        }
                      }
                    }
                  }
                }
                personMentions(first: 2) {
                  totalCount
                  pageInfo {
                    hasNextPage
                  }
                }
                organizationMentions {
                  totalCount
                }
              }
            }
          }
        `,
        { id: article('a1') },
      );
      expect(data.node.statements).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(data.node.statements.edges[0].node.mentionedPeople).toEqual({
        totalCount: 1,
        edges: [{ node: { name: 'Vladimir Putin' } }],
      });
      expect(data.node.personMentions).toEqual({ totalCount: 5, pageInfo: { hasNextPage: true } });
      expect(data.node.organizationMentions.totalCount).toBe(1);
    });

    it('runs a nested query in the same number of SQL statements whatever the page size (no N+1)', async () => {
      const nested = (first: number) => `{
        statements(first: ${first}, orderBy: { field: INGESTED_AT, direction: ASC }) { totalCount edges { node {
          text article { title outlet }
          mentionedPeople { edges { node { name } } }
          speaker { ... on Person { name statements(first: 3) { totalCount edges { node { text article { outlet } } } } } ... on Organization { name mentions(first: 2) { totalCount } } }
        } } }
      }`;
      const statementsFor = async (first: number) => {
        sql.length = 0;
        const { data, errors } = await graphql(nested(first));
        expect(errors).toBeUndefined();
        expect(data.statements.edges.length).toBe(first);
        return sql.length;
      };
      const forTwo = await statementsFor(2);
      const forNine = await statementsFor(9);
      expect(forNine).toBe(forTwo);
      expect(forNine).toBeLessThanOrEqual(12);
    });
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

const TEXTS: Record<string, string> = {
  s1: 'Putin must answer for the war crimes in Aleppo',
  s2: 'the visit would wait for a convenient time',
  s3: 'We will wait for this convenient time to come',
  s4: 'The United Nations must monitor a ceasefire in Aleppo',
  s5: 'what Putin did in Aleppo a war crime',
  s6: 'the talks in Berlin lasted five hours',
  s7: 'the International Criminal Court had failed to be independent',
  s8: 'Putin and Poroshenko must keep talking',
  s9: "Russia's withdrawal does not affect the court's work on Ukraine",
};
