import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { applyMigrations } from '../../server/db/migrate.js';
import { createPrismaClient, type PrismaClient } from '../../server/db/prisma-client.js';
import { ReadReplicas } from '../../server/db/read-replicas.js';
import { SAMPLE_ARTICLE } from '../setup/sample-article.js';
import { startStreamingPair, type StreamingPair } from '../setup/streaming-replica.js';

const APP_NAME = 'replica routing test';
const INGEST = `mutation Ingest($article: ArticleInput!) { ingestArticle(input: { article: $article }) { __typename } }`;
const ARTICLES = `{ articles(first: 5) { totalCount edges { node { title } } } }`;
const TITLE = /^Putin calls off visit to France/i;
const PERSON = `{ person(name: "Vladimir Putin") { ... on Person { name } } }`;

interface Activity {
  pid: number;
  query: string;
  started: string;
}

/** The statements our connections (by application_name) began on one server since `before`. */
async function ranSince(pool: pg.Pool, before: Activity[], appName: string): Promise<string[]> {
  const seen = new Map(before.map((row) => [row.pid, row.started]));
  return (await activity(pool, appName)).filter((row) => seen.get(row.pid) !== row.started).map((row) => row.query);
}

async function activity(pool: pg.Pool, appName: string): Promise<Activity[]> {
  const { rows } = await pool.query<Activity>(
    `SELECT pid, query, query_start::text AS started FROM pg_stat_activity WHERE application_name = $1`,
    [appName],
  );
  return rows;
}

describe('read replicas (a real streaming replica made with pg_basebackup -R)', () => {
  let pair: StreamingPair;
  let primary: PrismaClient;
  let replicas: ReadReplicas;
  let app: ReturnType<typeof createApp>;
  let onPrimary: pg.Pool;
  let onReplica: pg.Pool;
  let editor: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    pair = await startStreamingPair();
    await applyMigrations(pair.primaryUrl);
    const setup = createPrismaClient(pair.primaryUrl);
    editor = (await createApiKey(setup, { role: 'EDITOR', name: 'replica test' })).key;
    await setup.$disconnect();
    primary = createPrismaClient(pair.primaryUrl, { applicationName: APP_NAME });
    replicas = new ReadReplicas(primary, [pair.replicaUrl], {
      applicationName: APP_NAME,
      retryMs: 200,
      warn: (line) => warnings.push(line),
    });
    app = createApp({ prisma: primary, replicas, readYourWritesMs: 2_000 });
    onPrimary = new pg.Pool({ connectionString: pair.primaryUrl, max: 1 });
    onReplica = new pg.Pool({ connectionString: pair.replicaUrl, max: 1 });
    // The replica is stopped on purpose below: its idle connection's end is expected.
    onReplica.on('error', () => {});
  }, 120_000);

  afterAll(async () => {
    await replicas?.disconnect();
    await primary?.$disconnect();
    await onPrimary?.end();
    await onReplica?.end();
    await pair?.stop();
  });

  async function graphql(query: string, headers: Record<string, string> = {}, variables?: object) {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** Runs a request and returns the statements our connections began on each server meanwhile. */
  async function where(request: () => Promise<unknown>) {
    const before = {
      primary: await activity(onPrimary, APP_NAME),
      replica: await activity(onReplica, `${APP_NAME} replica`).catch(() => []),
    };
    await request();
    return {
      primary: await ranSince(onPrimary, before.primary, APP_NAME),
      replica: await ranSince(onReplica, before.replica, `${APP_NAME} replica`).catch(() => []),
    };
  }

  it('writes a mutation on the primary, and the read right after it by the same key too', async () => {
    const auth = { authorization: `Bearer ${editor}` };
    const write = await where(() => graphql(INGEST, auth, { article: SAMPLE_ARTICLE }));
    expect(write.primary.join('\n')).toMatch(/ingest_article|INSERT/i);
    expect(write.replica).toEqual([]);

    const readBack = await where(() => graphql(ARTICLES, auth));
    expect(readBack.primary.join('\n')).toMatch(/"?article"?/);
    expect(readBack.replica).toEqual([]);
  });

  it('sends reads to the replica: Prisma queries through the extension and hand-written SQL alike', async () => {
    await pair.caughtUp();
    const page = await where(async () => expect((await graphql(ARTICLES)).articles.edges[0].node.title).toMatch(TITLE));
    expect(page.replica.join('\n')).toMatch(/article/);
    expect(page.primary).toEqual([]);

    const person = await where(async () => expect((await graphql(PERSON)).person.name).toBe('Vladimir Putin'));
    expect(person.replica.join('\n')).toMatch(/"person"/);
    expect(person.primary).toEqual([]);
  });

  it('reads from the primary when the request asks with x-newsgraph-consistency: primary', async () => {
    const strict = await where(() => graphql(ARTICLES, { 'x-newsgraph-consistency': 'primary' }));
    expect(strict.primary.join('\n')).toMatch(/article/);
    expect(strict.replica).toEqual([]);
  });

  it('reports each replica on /ready', async () => {
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      replicas: [{ name: new URL(pair.replicaUrl).host + '/newsgraph', status: 'ready' }],
    });
  });

  it('skips a replica that is down, with a warning, and uses it again once it is back', async () => {
    await pair.stopReplica();
    const fallback = await where(async () =>
      expect((await graphql(ARTICLES)).articles.edges[0].node.title).toMatch(TITLE),
    );
    expect(fallback.primary.join('\n')).toMatch(/article/);
    expect(warnings.join('\n')).toMatch(/Read replica 127\.0\.0\.1:\d+\/newsgraph is unavailable/);
    const person = await where(async () => expect((await graphql(PERSON)).person.name).toBe('Vladimir Putin'));
    expect(person.primary.join('\n')).toMatch(/"person"/);

    const ready = await app.fetch('http://localhost/ready');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).replicas[0]).toMatchObject({ status: 'unavailable' });

    await pair.startReplica();
    await pair.caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(warnings.at(-1)).toMatch(/answers again/);
    const back = await where(() => graphql(ARTICLES));
    expect(back.replica.join('\n')).toMatch(/article/);
    expect(back.primary).toEqual([]);
  });
});
