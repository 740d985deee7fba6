import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { settingsFromEnvironment } from '../../server/app.js';
import { freePort } from '../../server/db/free-port.js';
import { ROOT, isAlive, requestOnce, waitFor } from '../hardening/support.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/** A GraphQL request on a connection of its own, so that the cluster hands each to a worker in turn. */
const post = async (port: number, query: string) => {
  const { status, body } = await requestOnce(port, '/graphql', JSON.stringify({ query }));
  return { status, body: JSON.parse(body) };
};

describe('NEWSGRAPH_WORKERS', () => {
  it('is one process by default, `auto` for one per core, or a count; anything else is refused by name', () => {
    expect(settingsFromEnvironment({}).workers).toBe(1);
    expect(settingsFromEnvironment({ NEWSGRAPH_WORKERS: 'auto' }).workers).toBe(availableParallelism());
    expect(settingsFromEnvironment({ NEWSGRAPH_WORKERS: ' 3 ' }).workers).toBe(3);
    for (const bad of ['0', 'two', '1.5', '-2']) {
      expect(() => settingsFromEnvironment({ NEWSGRAPH_WORKERS: bad })).toThrow(
        `NEWSGRAPH_WORKERS must be "auto" or a whole number of at least 1, not "${bad}".`,
      );
    }
  });
});

describe('NEWSGRAPH_WORKERS=2: one port served by two processes (node:cluster)', () => {
  let database: TestDatabase;
  let admin: pg.Client;
  let server: ChildProcess;
  let output = '';
  let port: number;
  const workerPids = async () => {
    const { rows } = await admin.query(
      `SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'newsgraph api %'`,
    );
    return rows.map((row) => Number(row.application_name.split(' ').at(-1))).sort();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        NEWSGRAPH_WORKERS: '2',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(
      'the server to listen',
      () =>
        output.includes('served by 2 processes')
          ? true
          : server.exitCode !== null
            ? Promise.reject(new Error(output))
            : undefined,
      120_000,
    );
  }, 180_000);
  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await admin?.end();
    await database?.drop();
  });

  it('answers from both workers, each with its own database connections', async () => {
    for (let i = 0; i < 20; i++) {
      const { status, body } = await post(port, '{ articles(first: 1) { totalCount } }');
      expect(status).toBe(200);
      expect(body.data.articles.totalCount).toBe(4); // the seed articles, ingested once by the primary
    }
    const pids = await workerPids();
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(server.pid);
    for (const pid of pids) expect(isAlive(pid)).toBe(true);
  });

  it('replaces a worker that dies, and keeps answering', async () => {
    const [victim] = await workerPids();
    process.kill(victim!, 'SIGKILL');
    await waitFor(
      'a replacement worker',
      () => (output.includes(`Server process ${victim} ended (SIGKILL): starting another.`) ? true : undefined),
      30_000,
    );
    await waitFor(
      'both workers to serve again',
      async () => {
        await post(port, '{ articles(first: 1) { totalCount } }'); // opens the new worker's connections
        const pids = await workerPids();
        return pids.length === 2 && !pids.includes(victim!) && pids.every(isAlive) ? true : undefined;
      },
      30_000,
    );
    for (let i = 0; i < 6; i++) expect((await post(port, '{ __typename }')).status).toBe(200);
  }, 60_000);

  it('stops every worker on SIGTERM, finishing the request in flight, and exits 0', async () => {
    const pids = await workerPids();
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE article IN ACCESS EXCLUSIVE MODE');
    const inFlight = post(port, '{ articles(first: 1) { totalCount } }');
    inFlight.catch(() => {});
    await waitFor('the request to wait on the lock', async () => {
      // Inside the locking transaction pg_stat_activity is a snapshot taken once: take a new one each time.
      await admin.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      return rows[0].n > 0 ? true : undefined;
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    await waitFor('the server to begin stopping', () =>
      output.includes('SIGTERM: finishing in-flight requests') ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.exitCode).toBeNull();
    await admin.query('COMMIT');
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.body.data.articles.totalCount).toBe(4);
    expect(await exited).toBe(0);
    expect(output).toMatch(/Stopped\.\s*$/);
    for (const pid of pids) expect(isAlive(pid)).toBe(false);
  }, 60_000);
});
