import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../server/curation/delete-article.js';
import { PERSON } from '../../server/db/entity-table.js';
import { mergeEntities } from '../../server/curation/merge-entities.js';
import { splitAlias } from '../../server/curation/split-alias.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import type { ArticleInput } from '../../server/ingest/article-input.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { quoteDrift } from './quote-drift.js';
import { DMITRI_PESKOV, PESKOV_ARTICLES, PESKOV_OTHER_WORDS } from './quote-fixtures.js';

const WAIT = 'We will wait for this convenient time to come';

describe('quotes: one per same words and speaker, kept exact by triggers', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  const ids = new Map<string, number>();

  const ingest = async (input: ArticleInput) => {
    const result = await ingestArticle(database.prisma, normalizeArticle(input));
    ids.set(input.url, result.articleId);
    return result;
  };

  async function peskovQuotes() {
    const { data, errors } = await graphql(`
      {
        quotes(
          filter: { speakerName: { name: "Peskov", mode: SURNAME } }
          orderBy: { field: OCCURRENCE_COUNT, direction: DESC }
        ) {
          totalCount
          edges {
            node {
              id
              text
              firstSeenAt
              lastSeenAt
              occurrenceCount
              articleCount
              outletCount
              speaker {
                ... on Person {
                  name
                }
              }
              firstArticle {
                outlet
              }
              occurrences(first: 10) {
                totalCount
                edges {
                  node {
                    id
                    text
                    quote {
                      id
                    }
                    article {
                      outlet
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    return data.quotes;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    graphql = graphqlCaller(database.prisma);
    // The shortened form first: the full line, printed later, takes it in.
    for (const input of [PESKOV_ARTICLES[2]!, PESKOV_ARTICLES[0]!, PESKOV_ARTICLES[1]!, PESKOV_OTHER_WORDS])
      await ingest(input);
  });
  afterAll(() => database?.drop());

  it('makes the line three outlets print one quote, and other words by him a second', async () => {
    const quotes = (await peskovQuotes()).edges.map((edge: any) => edge.node);
    const wait = quotes[0];
    const other = quotes.find((quote: any) => quote.text.startsWith('These sanctions'));
    expect(wait).toMatchObject({
      text: WAIT,
      occurrenceCount: 3,
      articleCount: 3,
      outletCount: 3,
      firstSeenAt: '2020-03-01T18:30:00.000Z',
      lastSeenAt: '2020-03-03T10:00:00.000Z',
      speaker: { name: 'Dmitry Peskov' },
      firstArticle: { outlet: 'Third Outlet' },
    });
    expect(wait.occurrences.totalCount).toBe(3);
    // Curly marks with a comma, straight marks with a full stop, and the shortened, interrupted form.
    expect(wait.occurrences.edges.map((edge: any) => edge.node.article.outlet)).toEqual([
      'Third Outlet',
      'First Outlet',
      'Second Outlet',
    ]);
    for (const edge of wait.occurrences.edges) expect(edge.node.quote.id).toBe(wait.id);
    expect(other).toMatchObject({
      speaker: { name: 'Dmitry Peskov' },
      occurrenceCount: 1,
      outletCount: 1,
    });
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });

  it('counts each quote once with distinct: QUOTES', async () => {
    const { data, errors } = await graphql(`
      {
        statements: topSpeakers(filter: { speakerName: { name: "Dmitry Peskov", mode: EXACT } }) {
          edges {
            node {
              count
            }
          }
        }
        quotes: topSpeakers(filter: { speakerName: { name: "Dmitry Peskov", mode: EXACT } }, distinct: QUOTES) {
          edges {
            node {
              count
            }
          }
        }
        byOutlet: statementCounts(
          groupBy: [OUTLET]
          distinct: QUOTES
          filter: { speakerName: { name: "Dmitry Peskov", mode: EXACT }, kind: [DIRECT] }
        ) {
          edges {
            node {
              outlet
              count
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const statements = await database.prisma.statement.count({ where: { speakerPerson: { name: 'Dmitry Peskov' } } });
    const quotes = await database.prisma.quote.count({ where: { speakerPerson: { name: 'Dmitry Peskov' } } });
    expect(data.statements.edges[0].node.count).toBe(statements);
    expect(data.quotes.edges[0].node.count).toBe(quotes);
    expect(quotes).toBeLessThan(statements);
    expect(data.byOutlet.edges.every((edge: any) => edge.node.count === 1)).toBe(true);
  });

  it('stays exact when an article is re-ingested with other words', async () => {
    const changed = {
      ...PESKOV_ARTICLES[1]!,
      text: PESKOV_ARTICLES[1]!.text.replace('this convenient time', 'a better time'),
    };
    expect((await ingest(changed)).status).toBe('UPDATED');
    expect((await peskovQuotes()).edges[0].node).toMatchObject({ occurrenceCount: 2, outletCount: 2 });
    expect(await quoteDrift(database.prisma)).toEqual([]);
    expect((await ingest(PESKOV_ARTICLES[1]!)).status).toBe('UPDATED');
    expect((await peskovQuotes()).edges[0].node).toMatchObject({ occurrenceCount: 3, outletCount: 3 });
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });

  it('merges the quotes of two people merged, and parts them again on a split', async () => {
    await ingest(DMITRI_PESKOV);
    const people = await database.prisma.person.findMany({
      where: { name: { in: ['Dmitry Peskov', 'Dmitri Peskov'] } },
    });
    expect(people).toHaveLength(2);
    const byTwo = (await peskovQuotes()).edges.filter((edge: any) => edge.node.text === WAIT);
    expect(byTwo.map((edge: any) => [edge.node.speaker.name, edge.node.occurrenceCount])).toEqual([
      ['Dmitry Peskov', 3],
      ['Dmitri Peskov', 1],
    ]);
    const target = people.find((person) => person.name === 'Dmitry Peskov')!;
    const source = people.find((person) => person.name === 'Dmitri Peskov')!;
    await mergeEntities(database.prisma, PERSON, target.id, [source.id]);
    const merged = (await peskovQuotes()).edges.filter((edge: any) => edge.node.text === WAIT);
    expect(merged).toHaveLength(1);
    expect(merged[0].node).toMatchObject({ occurrenceCount: 4, outletCount: 4, speaker: { name: 'Dmitry Peskov' } });
    expect(await quoteDrift(database.prisma)).toEqual([]);

    await splitAlias(database.prisma, PERSON, target.id, 'Dmitri Peskov');
    const split = (await peskovQuotes()).edges.filter((edge: any) => edge.node.text === WAIT);
    expect(split.map((edge: any) => [edge.node.speaker.name, edge.node.occurrenceCount])).toEqual([
      ['Dmitry Peskov', 3],
      ['Dmitri Peskov', 1],
    ]);
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });

  it('decrements on deletion and removes a quote whose articles are all deleted', async () => {
    await deleteArticle(database.prisma, ids.get(PESKOV_ARTICLES[2]!.url)!);
    let wait = (await peskovQuotes()).edges.find((edge: any) => edge.node.speaker.name === 'Dmitry Peskov').node;
    expect(wait).toMatchObject({
      text: WAIT,
      occurrenceCount: 2,
      outletCount: 2,
      firstSeenAt: '2020-03-02T09:00:00.000Z',
    });
    expect(await quoteDrift(database.prisma)).toEqual([]);
    for (const input of PESKOV_ARTICLES.slice(0, 2)) await deleteArticle(database.prisma, ids.get(input.url)!);
    const left = await peskovQuotes();
    expect(left.edges.map((edge: any) => [edge.node.speaker.name, edge.node.text])).toEqual(
      expect.arrayContaining([['Dmitry Peskov', 'These sanctions will not change our course in any way']]),
    );
    expect(
      left.edges.filter((edge: any) => edge.node.speaker.name === 'Dmitry Peskov' && edge.node.text === WAIT),
    ).toEqual([]);
    const { data } = await graphql(
      `
        query ($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `,
      { id: wait.id },
    );
    expect(data.node).toBeNull();
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });
});
