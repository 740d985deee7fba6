import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFromEnvironment } from '../../server/app.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { graphqlCaller } from '../setup/graphql.js';
import { startTestServer, type RunningServer } from '../setup/http-server.js';
import { SAMPLE_ARTICLE } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

// The machine's Redis service (README, "Operations": REDIS_URL); CI runs with it too.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A page of 100 statements with 5 of each speaker's statements: 100 + 100 × 5 = 600 nodes, cost 6. */
const COST_6 = `{
  rateLimit { cost nodeCount limit used remaining resetAt }
  statements(first: 100) { edges { node { text speaker { ... on Person { statements(first: 5) { totalCount } } } } } }
}`;
/**
 * With $first = 99: 100 + 100 × 99 = 10 000 nodes, the most a query may ask for: cost 100. (A variable, as
 * graphql-armor's static cost estimate multiplies literal page sizes only.)
 */
const COST_100 = `query ($first: Int!) {
  statements(first: 100) { edges { node { speaker { ... on Person { statements(first: $first) { totalCount } } } } } }
}`;

describe('rate limits: per-key (or per-IP) request and query-cost budgets per minute', () => {
  let database: TestDatabase;
  let editorKey: string;
  const servers: RunningServer[] = [];
  const start = async (rateLimits: Parameters<typeof startTestServer>[0]['rateLimits']) => {
    const server = await startTestServer({ prisma: database.prisma, rateLimits });
    servers.push(server);
    return server;
  };
  const post = (
    server: RunningServer,
    query: string,
    headers: Record<string, string> = {},
    variables?: Record<string, unknown>,
  ) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    await ingestArticle(database.prisma, normalizeArticle({ url: SAMPLE_ARTICLE.url, text: SAMPLE_ARTICLE.body }));
    editorKey = (await createApiKey(database.prisma, { role: 'EDITOR', name: 'rate limit test' })).key;
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await database?.drop();
  });

  it('answers 429 with Retry-After once a caller has used its requests of the minute; a key has a budget of its own', async () => {
    const server = await start({ requestsPerMinute: 3, costPerMinute: null });
    for (let i = 0; i < 3; i++) expect((await post(server, '{ __typename }')).status).toBe(200);
    const refused = await post(server, '{ __typename }');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await refused.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/^Rate limit: more than 3 requests a minute\. Try again in \d+ s\.$/);
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'requests', limit: 3, retryAfter });
    // Even a query that would fail to parse counts: the budget is taken before parsing.
    expect((await post(server, '{ broken')).status).toBe(429);
    // The same address with a key draws on the key's budget.
    expect((await post(server, '{ __typename }', { authorization: `Bearer ${editorKey}` })).status).toBe(200);
  });

  it('charges each query its cost, reports the budget in rateLimit and X-RateLimit-* headers, and refuses a query over it', async () => {
    const server = await start({ requestsPerMinute: null, costPerMinute: 100 });
    const before = Date.now();
    const response = await post(server, COST_6);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.statements.edges.length).toBeGreaterThan(0);
    expect(data.rateLimit).toMatchObject({ cost: 6, nodeCount: 600, limit: 100, used: 6, remaining: 94 });
    const resetAt = Date.parse(data.rateLimit.resetAt);
    expect(resetAt).toBeGreaterThan(before);
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(response.headers.get('x-ratelimit-limit')).toBe('100');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('94');
    expect(response.headers.get('x-ratelimit-used')).toBe('6');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBe(Math.ceil(resetAt / 1000));

    // 6 used + 100 is over 100: refused before it runs.
    const refused = await post(server, COST_100, {}, { first: 99 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = await refused.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'cost', limit: 100 });
    expect(body.errors[0].message).toContain('this query costs 100');
  });

  it('shares the budgets among servers through Redis (REDIS_URL)', async () => {
    const shared = { requestsPerMinute: 2, costPerMinute: null, redisUrl: REDIS_URL };
    const keyPrefix = `newsgraph-test:${randomBytes(6).toString('hex')}`;
    const [first, second] = [await start({ ...shared, keyPrefix }), await start({ ...shared, keyPrefix })];
    expect((await post(first, '{ __typename }')).status).toBe(200);
    expect((await post(second, '{ __typename }')).status).toBe(200);
    // The third request of this address, whichever server it reaches, is over the shared budget.
    expect((await post(first, '{ __typename }')).status).toBe(429);
    expect((await post(second, '{ __typename }')).status).toBe(429);
  });

  it('has rateLimit null on a server without a cost budget', async () => {
    const graphql = graphqlCaller(database.prisma);
    expect((await graphql('{ rateLimit { cost } }')).data).toEqual({ rateLimit: null });
  });

  it('reads the budgets from the environment, and stops on a value that makes no sense', () => {
    expect(settingsFromEnvironment({}).rateLimits).toEqual({
      requestsPerMinute: null,
      costPerMinute: null,
      redisUrl: undefined,
    });
    expect(
      settingsFromEnvironment({
        NEWSGRAPH_RATE_LIMIT_REQUESTS: '600',
        NEWSGRAPH_RATE_LIMIT_COST: '5_000',
        REDIS_URL: 'redis://cache:6379/2',
      }).rateLimits,
    ).toEqual({ requestsPerMinute: 600, costPerMinute: 5000, redisUrl: 'redis://cache:6379/2' });
    expect(settingsFromEnvironment({ NEWSGRAPH_RATE_LIMIT_COST: 'off' }).rateLimits.costPerMinute).toBeNull();
    expect(() => settingsFromEnvironment({ NEWSGRAPH_RATE_LIMIT_COST: '50' })).toThrow(
      'NEWSGRAPH_RATE_LIMIT_COST must be a whole number of at least 100, not "50".',
    );
    expect(() => settingsFromEnvironment({ NEWSGRAPH_RATE_LIMIT_REQUESTS: 'lots' })).toThrow(
      'NEWSGRAPH_RATE_LIMIT_REQUESTS',
    );
    expect(() => settingsFromEnvironment({ REDIS_URL: 'http://cache' })).toThrow(
      'REDIS_URL must be a redis:// or rediss:// URL',
    );
  });
});
