import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, NewsgraphRequestError, operations } from '../../sdk/src/index.js';
import { startTestServer, type RunningServer } from '../setup/http-server.js';
import { SAMPLE_ARTICLE, SAMPLE_URL } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

describe('the SDK against a running server', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer({ prisma: database.prisma });
    client = createClient({ url: server.url });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('ingests the sample and gets it back by URL with typed statements', async () => {
    const result = await client.ingestArticle(SAMPLE_ARTICLE);
    if (result.__typename !== 'IngestArticleSuccess') throw new Error(`unexpected ${result.__typename}`);
    expect(result.data.status).toBe('CREATED');

    const article = await client.articleByUrl(SAMPLE_URL);
    expect(article?.outlet).toBe('The Washington Post');
    const hollande = article?.statements.edges.find(({ node }) => node.text.includes('I asked myself the question'));
    expect(hollande?.node.speaker?.__typename === 'Person' && hollande.node.speaker.name).toBe('François Hollande');
    expect(article?.body.slice(hollande!.node.start, hollande!.node.end)).toBe(hollande!.node.text);
  });

  it('finds a person with their statements', async () => {
    const person = await client.personByName('Peskov');
    expect(person?.name).toBe('Dmitri Peskov');
    expect(person?.statements.edges.some(({ node }) => node.cue === 'added')).toBe(true);
  });

  it('returns the API’s expected errors as typed results', async () => {
    const result = await client.ingestArticle({ url: 'https://example.com/empty', text: '   ' });
    expect(result.__typename).toBe('InvalidArticleError');
    if (result.__typename === 'InvalidArticleError') expect(result.field).toBe('text');
  });

  it('sends any ready-made operation through the typed request function', async () => {
    const data = await client.request(operations.PersonByNameQuery, { name: 'Merkel', first: 1 });
    expect(data.person?.name).toBe('Angela Merkel');
  });

  it('throws NewsgraphRequestError with the server’s message when the server refuses the query', async () => {
    const failing = createClient({ url: server.url, fetch: (input, init) => fetch(input, { ...init, body: JSON.stringify({ query: '{ nope }' }) }) });
    const error = await failing.request(operations.ArticleByUrlQuery, { url: SAMPLE_URL }).catch((caught) => caught);
    expect(error).toBeInstanceOf(NewsgraphRequestError);
    expect(error.message).toMatch(/Cannot query field "nope"/);
  });
});
