import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { graphqlCaller } from '../setup/graphql.js';
import { SAMPLE_ARTICLE, SAMPLE_URL } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

const INGEST = `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticlePayload { status article { id title outlet statements(first: 50) { totalCount } } }
      ... on InvalidArticleError { message field reason }
    }
  }`;

describe('the GraphQL API on the sample article', () => {
  let database: TestDatabase;
  const sqlStatements: string[] = [];
  let graphql: ReturnType<typeof graphqlCaller>;
  let editor: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => sqlStatements.push(sql) });
    graphql = graphqlCaller(database.prisma);
    editor = {
      authorization: `Bearer ${(await createApiKey(database.prisma, { role: 'EDITOR', name: 'spine test' })).key}`,
    };
  });
  afterAll(() => database?.drop());

  it('ingests an article through the mutation, then reports it unchanged the second time', async () => {
    const first = await graphql(INGEST, { input: { article: SAMPLE_ARTICLE } }, editor);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle.__typename).toBe('IngestArticlePayload');
    expect(first.data.ingestArticle.status).toBe('CREATED');
    expect(first.data.ingestArticle.article.outlet).toBe('The Washington Post');
    expect(first.data.ingestArticle.article.statements.totalCount).toBeGreaterThanOrEqual(2);

    const counts = async () => [
      await database.prisma.statement.count(),
      await database.prisma.personMention.count(),
      await database.prisma.person.count(),
    ];
    const before = await counts();
    const second = await graphql(INGEST, { input: { article: SAMPLE_ARTICLE } }, editor);
    expect(second.data.ingestArticle.status).toBe('UNCHANGED');
    expect(await counts()).toEqual(before);
  });

  it('returns a typed error result for a bad article and writes nothing', async () => {
    const articlesBefore = await database.prisma.article.count();
    const result = await graphql(INGEST, { input: { article: { url: 'not a url', body: 'Some text.' } } }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({ __typename: 'InvalidArticleError', field: 'input.article.url' });
    expect(result.data.ingestArticle.message).toMatch(/"not a url" is not a URL/);
    expect(await database.prisma.article.count()).toBe(articlesBefore);
  });

  it('answers who said what in the article, with speakers and offsets into the body', async () => {
    const { data, errors } = await graphql(
      `
        query ($url: String!) {
          article(url: $url) {
            body
            publishedAt
            statements(first: 50) {
              edges {
                node {
                  text
                  start
                  end
                  cue
                  kind
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
            personMentions(first: 100) {
              edges {
                node {
                  start
                  end
                  text
                  person {
                    name
                  }
                }
              }
            }
          }
        }
      `,
      // Tracking parameters and "www." do not matter.
      { url: `${SAMPLE_URL.replace('https://www.', 'http://')}?utm_source=test` },
    );
    expect(errors).toBeUndefined();
    const { body, statements, publishedAt } = data.article;
    const personMentions = data.article.personMentions.edges.map((edge: any) => edge.node);
    expect(publishedAt).toBe('2016-10-11T00:00:00.000Z');
    const peskov = statements.edges
      .map((edge: any) => edge.node)
      .find((node: any) => node.text.includes('We will wait for this convenient time to come'));
    expect(peskov).toMatchObject({
      cue: 'added',
      kind: 'DIRECT',
      speaker: { __typename: 'Person', name: 'Dmitri Peskov' },
    });
    for (const { node } of statements.edges) expect(body.slice(node.start, node.end)).toBe(node.text);
    for (const mention of personMentions) expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    expect(personMentions.map((mention: any) => mention.person.name)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'François Hollande']),
    );
  });

  it('gives each statement its content and confidence, and filters by minConfidence', async () => {
    const all = await graphql(`
      {
        statements(first: 100) {
          totalCount
          edges {
            node {
              content
              confidence
              pieces {
                start
                end
              }
              article {
                body
              }
            }
          }
        }
      }
    `);
    expect(all.errors).toBeUndefined();
    const nodes = all.data.statements.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const node of nodes) {
      expect(node.content).toBe(
        node.pieces.map((piece: any) => node.article.body.slice(piece.start, piece.end)).join(' '),
      );
      expect(node.confidence).toBeGreaterThanOrEqual(0);
      expect(node.confidence).toBeLessThanOrEqual(1);
    }
    const confidences = nodes.map((node: any) => node.confidence).sort((a: number, b: number) => a - b);
    const threshold = confidences[confidences.length - 1];
    const high = await graphql(
      `
        query ($min: Float!) {
          statements(first: 100, filter: { minConfidence: $min }) {
            totalCount
            edges {
              node {
                confidence
              }
            }
          }
        }
      `,
      { min: threshold },
    );
    expect(high.errors).toBeUndefined();
    const expected = confidences.filter((value: number) => value >= threshold).length;
    expect(high.data.statements.totalCount).toBe(expected);
    for (const { node } of high.data.statements.edges) expect(node.confidence).toBeGreaterThanOrEqual(threshold);
    const none = await graphql(`
      {
        statements(first: 1, filter: { minConfidence: 1.5 }) {
          totalCount
        }
      }
    `);
    expect(none.data.statements.totalCount).toBe(0);
  });

  it('finds a person by surname, with their statements and articles, and refetches it by global ID', async () => {
    const { data } = await graphql(`
      {
        person(name: "Hollande") {
          ... on Person {
            id
            name
            statementCount
            articles(first: 5) {
              totalCount
            }
            statements(first: 5) {
              totalCount
              edges {
                node {
                  text
                }
              }
            }
          }
        }
      }
    `);
    expect(data.person.name).toBe('François Hollande');
    expect(data.person.articles.totalCount).toBe(1);
    expect(data.person.statements.edges.map((edge: any) => edge.node.text).join(' ')).toContain(
      'I asked myself the question',
    );
    const refetched = await graphql(
      `
        query ($id: ID!) {
          node(id: $id) {
            __typename
            ... on Person {
              name
            }
          }
        }
      `,
      { id: data.person.id },
    );
    expect(refetched.data.node).toEqual({ __typename: 'Person', name: 'François Hollande' });
  });

  it('lists articles, people, organizations and statements as connections with totalCount', async () => {
    const { data } = await graphql(`
      {
        articles(first: 1) {
          totalCount
          edges {
            cursor
            node {
              title
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        people(first: 100) {
          totalCount
          edges {
            node {
              name
            }
          }
        }
        organizations(first: 100) {
          totalCount
          edges {
            node {
              name
            }
          }
        }
        statements(first: 2) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    expect(data.articles.totalCount).toBe(1);
    expect(data.people.edges.map((edge: any) => edge.node.name)).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'François Hollande',
        'Dmitri Peskov',
        'Angela Merkel',
        'Petro Poroshenko',
        'Bashar al-Assad',
      ]),
    );
    expect(data.organizations.edges.map((edge: any) => edge.node.name)).toEqual(
      expect.arrayContaining(['Kremlin', 'International Criminal Court', 'U.N. Security Council']),
    );
    expect(data.statements.pageInfo.hasNextPage).toBe(data.statements.totalCount > 2);
  });

  it('resolves a nested query (statements → speaker → statements → article) in a bounded number of SQL statements', async () => {
    sqlStatements.length = 0;
    const { errors } = await graphql(`
      {
        statements(first: 20) {
          edges {
            node {
              text
              article {
                title
              }
              speaker {
                ... on Person {
                  name
                  statements(first: 3) {
                    edges {
                      node {
                        text
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
        }
      }
    `);
    expect(errors).toBeUndefined();
    const selects = sqlStatements.filter((sql) => /^\s*SELECT/i.test(sql));
    expect(selects.length).toBeLessThanOrEqual(8);
  });

  it('serves GraphiQL to a browser without any CDN', async () => {
    const response = await createApp({ prisma: database.prisma }).fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Newsgraph');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(html).toContain('WhoSaidWhat');
  });
});
