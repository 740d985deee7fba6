import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../../server/ingest/bulk-ingest.js';
import type { SourceItem } from '../../server/ingest/read-article-source.js';
import { createWriterPool } from '../../server/ingest/writer-pool.js';
import { syntheticArticles } from '../ingest/synthetic-corpus.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { startServerProcess } from './start-server-process.js';

type Server = Awaited<ReturnType<typeof startServerProcess>>;

async function graphql(server: Server, query: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const SNAPSHOT = `{
  articles(first: 20) { totalCount edges { node { url title statements(first: 10) { totalCount edges { node { text speaker { __typename ... on Person { name } ... on Organization { name } } } } } } } }
  people(first: 50) { totalCount edges { node { name aliases statementCount } } }
}`;

describe('two server processes on one database (the server is stateless)', () => {
  let database: TestDatabase;
  let servers: Server[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    // Started together on an empty database, both seed it at once: a race the ingestion must survive.
    servers = await Promise.all([startServerProcess(database.url), startServerProcess(database.url)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  });

  it('agree on everything, including what was written behind their backs', async () => {
    const [a, b] = await Promise.all(servers.map((server) => graphql(server, SNAPSHOT)));
    expect(a.articles.totalCount).toBe(4); // the seed articles, once each although both servers seeded
    expect(a).toEqual(b);
    const names = a.people.edges.map((edge: any) => edge.node.name);
    expect(new Set(names).size).toBe(names.length);

    // A bulk ingester (another process in real life) writes; both servers see it on the next request.
    const db = createWriterPool(database.url);
    try {
      async function* source(): AsyncGenerator<SourceItem> {
        for (const [index, article] of syntheticArticles(0, 6).entries())
          yield { kind: 'article', input: article, origin: { line: index + 1 }, bytes: 0 };
      }
      expect((await bulkIngest(db, source(), { threads: 1 })).created).toBe(6);
    } finally {
      await db.end();
    }
    const [c, d] = await Promise.all(servers.map((server) => graphql(server, SNAPSHOT)));
    expect(c.articles.totalCount).toBe(10);
    expect(c).toEqual(d);
  }, 120_000);
});
