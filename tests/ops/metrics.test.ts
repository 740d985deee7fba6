import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { enqueueArticles } from '../../server/ingest/ingest-queue.js';
import type { SourceItem } from '../../server/ingest/read-article-source.js';
import { syntheticArticles } from '../ingest/synthetic-corpus.js';
import { SAMPLE_ARTICLE } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/** The value of one sample in Prometheus's text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let editor: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ prisma: database.prisma });
    editor = (await createApiKey(database.prisma, { role: 'EDITOR', name: 'metrics' })).key;
  });
  afterAll(() => database?.drop());

  const post = (body: object, headers: Record<string, string> = {}) =>
    app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const metrics = async () => {
    const response = await app.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('counts requests and their latency per operation name, and errors by code', async () => {
    for (let i = 0; i < 3; i++) await post({ query: 'query Newest { articles(first: 1) { totalCount } }' });
    await post({ query: 'query Broken { articles(first: 1) { noSuchField } }' });
    await post({ query: 'mutation Write { deleteArticle(input: { id: "QXJ0aWNsZTox" }) { __typename } }' });
    const text = await metrics();
    expect(sample(text, 'newsgraph_graphql_requests_total', { operation: 'Newest', type: 'query' })).toBe(3);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_count', { operation: 'Newest' })).toBe(3);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_sum', { operation: 'Newest' })).toBeGreaterThan(0);
    expect(sample(text, 'newsgraph_graphql_request_duration_seconds_bucket', { operation: 'Newest', le: '+Inf' })).toBe(
      3,
    );
    expect(sample(text, 'newsgraph_graphql_errors_total', { operation: 'Newest' })).toBeUndefined();
    expect(
      sample(text, 'newsgraph_graphql_errors_total', { operation: 'Broken', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBe(1);
    expect(sample(text, 'newsgraph_graphql_errors_total', { operation: 'Write', code: 'UNAUTHENTICATED' })).toBe(1);
  });

  it('puts operation names past the limit, or unlike GraphQL names, under "other"', async () => {
    await post({ query: 'query { articles(first: 1) { totalCount } }', operationName: 'x'.repeat(100) });
    const text = await metrics();
    expect(text).not.toContain('x'.repeat(100));
  });

  it('reports the database pool, the articles ingested and the ingest queue', async () => {
    const ingest = await post(
      {
        query:
          'mutation Ingest($article: ArticleInput!) { ingestArticle(input: { article: $article }) { __typename } }',
        variables: { article: SAMPLE_ARTICLE },
      },
      { authorization: `Bearer ${editor}` },
    );
    expect(ingest.status).toBe(200);
    async function* queued(): AsyncGenerator<SourceItem> {
      for (const [index, article] of syntheticArticles(0, 6).entries())
        yield { kind: 'article', input: article, origin: { file: 'memory.jsonl', line: index + 1 }, bytes: 1 };
    }
    await enqueueArticles(database.url, queued(), { jobSize: 2 });

    const text = await metrics();
    expect(sample(text, 'newsgraph_db_pool_connections', { database: 'primary', state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'newsgraph_db_pool_connections', { database: 'primary', state: 'waiting' })).toBe(0);
    expect(sample(text, 'newsgraph_articles_ingested_total', { status: 'CREATED' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'newsgraph_article_ingest_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'newsgraph_ingest_queue_jobs', { state: 'created' })).toBe(3);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
