import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/auth/api-keys.js';
import { startEmbeddedPostgres, type RunningDatabase } from '../../server/db/embedded-postgres.js';
import { applyMigrations } from '../../server/db/migrate.js';
import { createPrismaClient, type PrismaClient } from '../../server/db/prisma-client.js';
import { freePort } from '../../server/db/free-port.js';
import { waitFor } from '../hardening/support.js';
import { startTestServer, type RunningServer } from '../setup/http-server.js';

/**
 * The API server's own embedded PostgreSQL, on a fixed port, is stopped and started again underneath it
 * (as a restart, a failover or a maintenance window would): the server stays alive, says why requests
 * fail meanwhile, and recovers with no help.
 */
describe('PostgreSQL restarted while the server runs', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-restart-'));
  let port: number;
  let database: RunningDatabase | undefined;
  let prisma: PrismaClient;
  let server: RunningServer;
  let editor: string;
  const base = () => server.url.replace(/\/graphql$/, '');

  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'newsgraph', log: () => {} });
  async function graphql(query: string, headers: Record<string, string> = {}) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] },
    };
  }
  const READ = `{ articles(first: 1) { totalCount } }`;
  const WRITE = `mutation { ingestArticle(input: { article: { url: "https://example.com/after-restart", body: "“We are back,” said Jane Doe." } }) { __typename } }`;

  beforeAll(async () => {
    port = await freePort();
    database = await start();
    await applyMigrations(database.url);
    prisma = createPrismaClient(database.url);
    editor = (await createApiKey(prisma, { role: 'EDITOR', name: 'restart' })).key;
    server = await startTestServer({ prisma });
  });
  afterAll(async () => {
    await server?.close();
    await prisma?.$disconnect();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 DATABASE_UNAVAILABLE while it is down, keeps /health up, reports /ready down, and recovers by itself', async () => {
    expect((await graphql(READ)).body.data.articles.totalCount).toBe(0);
    expect((await fetch(`${base()}/ready`)).status).toBe(200);

    await database!.stop();
    database = undefined;

    const read = await graphql(READ);
    expect(read.status).toBe(503);
    expect(read.retryAfter).toBe('5');
    expect(read.body.errors).toEqual([
      expect.objectContaining({
        message: 'The database is unavailable right now (it may be restarting): try again in a few seconds.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      }),
    ]);
    // Nothing of the driver's error reaches the client.
    expect(JSON.stringify(read.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|prisma|P1001/i);
    // A request with a key cannot have it checked: the same answer, not a 401.
    const write = await graphql(WRITE, { authorization: `Bearer ${editor}` });
    expect(write.status).toBe(503);
    expect(write.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'the database cannot be reached' });

    database = await start();
    // The pool reconnects on its own: no restart of the API server, no call to it.
    const recovered = await waitFor('the API to answer again', async () => {
      const answer = await graphql(READ);
      return answer.status === 200 && answer.body.data ? answer : undefined;
    });
    expect(recovered.body.data.articles.totalCount).toBe(0);
    expect(await (await fetch(`${base()}/ready`)).json()).toEqual({ status: 'ready' });
    const written = await graphql(WRITE, { authorization: `Bearer ${editor}` });
    expect(written.body.data.ingestArticle.__typename).toBe('IngestArticlePayload');
    expect((await graphql(READ)).body.data.articles.totalCount).toBe(1);
  }, 90_000);

  it('fails a query that was running when the database went away with the same clear error', async () => {
    // A name check made slow on purpose keeps the query running on the server while it stops.
    await prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION newsgraph_name_key(name text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN PERFORM pg_sleep(3); RETURN lower(name); END $$`,
    );
    const running = graphql(`
      {
        people(filter: { name: { exact: "Jane Doe" } }) {
          totalCount
        }
      }
    `);
    await waitFor('the slow query to run', async () => {
      const rows = await prisma.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%person%' AND state = 'active' AND pid <> pg_backend_pid()`;
      return rows[0]!.n > 0 ? true : undefined;
    });
    await database!.stop();
    database = undefined;
    const { status, body } = await running;
    expect(status).toBe(503);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    database = await start();
    await waitFor('the API to answer again', async () => ((await graphql(READ)).status === 200 ? true : undefined));
  }, 90_000);
});
