import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/free-port.js';
import { ROOT, isAlive, requestOnce as get, waitFor } from '../hardening/support.js';

describe('SIGTERM to `npm start` (server/main.ts with its embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sigterm-'));
  let child: ChildProcess | undefined;
  let postmaster: number | undefined;
  afterAll(async () => {
    // Only after a failure is anything left: the server, then the PostgreSQL it started.
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (postmaster && isAlive(postmaster)) {
      process.kill(postmaster, 'SIGINT');
      await waitFor('the leftover PostgreSQL to stop', () => (isAlive(postmaster!) ? undefined : true), 15_000).catch(
        () => {},
      );
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the in-flight request, refuses new ones, and stops the embedded PostgreSQL cleanly', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEWSGRAPH_DATA_DIR: dataDir,
      CHECKPOINT_DISABLE: '1',
    };
    delete env.DATABASE_URL; // the embedded server, whatever the test run uses
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      server.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitFor(
      'the server to listen',
      () =>
        output.includes('GraphQL API: http')
          ? true
          : server.exitCode !== null
            ? Promise.reject(new Error(output))
            : undefined,
      120_000,
    );

    // The embedded cluster the server started, reached the way the CLI would.
    const owner = JSON.parse(readFileSync(path.join(dataDir, 'owner.json'), 'utf8')) as { pid: number; port: number };
    const postmasterPidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    postmaster = Number(readFileSync(postmasterPidFile, 'utf8').split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);
    const admin = new pg.Client({
      connectionString: `postgresql://postgres:newsgraph@127.0.0.1:${owner.port}/newsgraph`,
    });
    admin.on('error', () => {}); // the cluster stops under it at the end
    await admin.connect();

    const { rows: stored } = await admin.query('SELECT count(*)::int AS n FROM article');
    expect(stored[0].n).toBeGreaterThan(0); // the seeded samples
    // A slow request: the article table is locked, so the query waits until the lock is released.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE article IN ACCESS EXCLUSIVE MODE');
    const inFlight = get(
      port,
      '/graphql',
      JSON.stringify({ query: '{ articles(first: 2) { totalCount edges { node { title } } } }' }),
    );
    inFlight.catch(() => {}); // awaited below; a failure is reported there
    await waitFor('the request to wait on the lock', async () => {
      // Inside the locking transaction pg_stat_activity is a snapshot taken once: take a new one each time.
      await admin.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'newsgraph'`,
      );
      return rows[0].n > 0 ? true : undefined;
    });

    server.kill('SIGTERM');
    await waitFor('the server to begin stopping', () =>
      output.includes('SIGTERM: finishing in-flight requests') ? true : undefined,
    );
    // New connections are refused; the process lives on for the request it is serving.
    await expect(get(port, '/graphql', JSON.stringify({ query: '{ __typename }' }))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.exitCode).toBeNull();
    expect(isAlive(postmaster)).toBe(true);

    await admin.query('COMMIT');
    await admin.end();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.articles.totalCount).toBe(stored[0].n);

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/Stopped\.\s*$/);
    // PostgreSQL removes postmaster.pid only when it shuts down cleanly (a crash leaves it behind).
    expect(isAlive(postmaster)).toBe(false);
    expect(existsSync(postmasterPidFile)).toBe(false);
    expect(existsSync(path.join(dataDir, 'owner.json'))).toBe(false);
  }, 180_000);

  it('refuses to start with a setting that makes no sense, before starting anything', async () => {
    const untouched = path.join(dataDir, 'never-created');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEWSGRAPH_READ_ACCESS: 'keys',
      NEWSGRAPH_DATA_DIR: untouched,
      PORT: String(await freePort()),
    };
    delete env.DATABASE_URL;
    const bad = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    bad.stderr!.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('NEWSGRAPH_READ_ACCESS must be "open" or "key", not "keys".');
    expect(existsSync(untouched)).toBe(false);
  }, 60_000);
});
