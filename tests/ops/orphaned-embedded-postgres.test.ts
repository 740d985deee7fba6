import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';

const EMBEDDED = fileURLToPath(new URL('../../server/db/embedded-postgres.ts', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-orphan-'));

/** Starts the embedded server in a child process and kills that process with SIGKILL once it is up. */
async function leaveOrphanedPostmaster(): Promise<number> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(EMBEDDED)};
    const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, log: () => {} });
    console.log('UP ' + db.url);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('UP ') && resolve());
    child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a PostgreSQL left running by a crashed run', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is detected, stopped with a message saying so, and the next start works on the same data', async () => {
    const orphan = await leaveOrphanedPostmaster();
    expect(alive(orphan)).toBe(true);

    const lines: string[] = [];
    const database = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) });
    try {
      expect(lines.join('\n')).toMatch(
        new RegExp(
          `PostgreSQL server \\(pid ${orphan}\\) left running .* by an earlier run that did not stop cleanly; stopping it`,
        ),
      );
      expect(alive(orphan)).toBe(false);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query('SELECT 1 AS ok');
      await client.end();
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await database.stop();
    }
  });
});
