import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/free-port.js';
import { ROOT, requestOnce as get, waitFor } from '../hardening/support.js';

// Two `npm start` on one data folder: the second joins the first one's embedded PostgreSQL (issue 17).
describe('a second `npm start` sharing the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-shared-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(port: number) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEWSGRAPH_DATA_DIR: dataDir,
      CHECKPOINT_DISABLE: '1',
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(
      `the server on port ${port} to listen`,
      () =>
        output.includes('GraphQL API: http')
          ? true
          : child.exitCode !== null
            ? Promise.reject(new Error(output))
            : undefined,
      180_000,
    );
    const stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    return { output: () => output, stop };
  }
  const ready = async (port: number) => (await get(port, '/ready').catch(() => ({ status: 0 }))).status;

  it('recovers by itself when the owner stops and starts again', async () => {
    const [ownerPort, secondPort] = [await freePort(), await freePort()];
    const owner = await start(ownerPort);
    const clusterPort = JSON.parse(readFileSync(path.join(dataDir, 'owner.json'), 'utf8')).port;
    const second = await start(secondPort);
    expect(second.output()).toContain('Using the embedded PostgreSQL run by process');
    expect(await ready(secondPort)).toBe(200);

    await owner.stop();
    await waitFor('the second server to notice', async () => ((await ready(secondPort)) === 503 ? true : undefined));

    await start(ownerPort);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'owner.json'), 'utf8')).port).toBe(clusterPort);
    // No restart of the second server: its pool reaches the cluster again.
    await waitFor(
      'the second server to be ready again',
      async () => ((await ready(secondPort)) === 200 ? true : undefined),
      30_000,
    );
    const { status, body } = await get(secondPort, '/graphql', JSON.stringify({ query: '{ __typename }' }));
    expect([status, JSON.parse(body).data]).toEqual([200, { __typename: 'Query' }]);
    await second.stop();
  }, 600_000);
});
