import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { ROOT, runNewsgraph, type ProcessResult } from './support.js';

// `newsgraph ingest` on files it cannot or must not read (issue 17), as root and as an unprivileged user.
const NOBODY = 65_534;
let database: TestDatabase;
const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-v2-'));
chmodSync(folder, 0o777);

const article = (slug: string) =>
  `https://example.org/2020/03/04/${slug}\n\n“We will ingest ${slug},” said Maria Example.\n`;
function write(relative: string, content: string, mode = 0o644): string {
  const target = path.join(folder, relative);
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
  writeFileSync(target, content, { mode });
  chmodSync(target, mode);
  return target;
}

/** `newsgraph <args>` as the unprivileged user `nobody`, through setpriv. */
function runAsNobody(args: string[], env: Record<string, string>): Promise<ProcessResult> {
  const child = spawn(
    'setpriv',
    [
      '--reuid',
      String(NOBODY),
      '--regid',
      String(NOBODY),
      '--clear-groups',
      '--',
      process.execPath,
      'server/cli/bin.js',
      ...args,
    ],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: folder, CHECKPOINT_DISABLE: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('an unreadable file, run as an unprivileged user', () => {
  it('is one `file: reason` line, the report is written and the files after it are still ingested', async () => {
    write('perm/a.txt', article('perm-a'));
    const locked = write('perm/b.txt', article('perm-b'), 0o000);
    write('perm/c.txt', article('perm-c'));
    const report = path.join(folder, 'perm-report.json');
    const run = await runAsNobody(['ingest', path.join(folder, 'perm'), '--no-progress', '--report', report], {
      DATABASE_URL: database.url,
    });
    expect(run.stderr).toContain(`${locked}: cannot be read: permission denied (EACCES)`);
    noStackTrace(run.stderr);
    expect(run.code).toBe(1);
    const urls = (await database.prisma.article.findMany({ select: { url: true } })).map(({ url }) => url);
    expect(urls).toEqual(
      expect.arrayContaining([expect.stringContaining('perm-a'), expect.stringContaining('perm-c')]),
    );
    expect(urls.some((url) => url.includes('perm-b'))).toBe(false);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(JSON.stringify(written)).toContain('permission denied');
  }, 180_000);

  it('joining a data folder of another user is a clear error, not an uncaught EPERM from chmod', async () => {
    const dataDir = path.join(folder, 'root-data');
    mkdirSync(dataDir, { mode: 0o755 });
    const run = await runAsNobody(['migrate'], { NEWSGRAPH_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The data folder .*root-data belongs to another user \(uid 0\)/);
    expect(run.stderr).toMatch(/set NEWSGRAPH_DATA_DIR to a folder of your own/);
    expect(run.stderr).not.toMatch(/EPERM/);
    noStackTrace(run.stderr);
    // With a server of root's running on it (pid 1 stands in for it here), the folder is joined, not changed.
    writeFileSync(path.join(dataDir, 'owner.json'), JSON.stringify({ pid: 1, port: new URL(database.url).port }));
    const joined = await runAsNobody(['migrate'], { NEWSGRAPH_DATA_DIR: dataDir });
    expect(joined.stderr).toContain('Using the embedded PostgreSQL run by process 1');
    expect(joined.stderr).not.toMatch(/EPERM/);
    noStackTrace(joined.stderr);
  }, 120_000);
});

describe('files that are not articles', () => {
  it('a folder named x.txt with nothing in it is reported, not "0 failed"', async () => {
    const empty = path.join(folder, 'x.txt');
    mkdirSync(empty);
    const run = await runNewsgraph(['ingest', empty, '--no-progress', '--report', path.join(folder, 'r1.json')], {
      DATABASE_URL: database.url,
    });
    expect(run.stderr).toContain(`${empty}: the folder holds no article files`);
    expect(run.code).toBe(1);
  }, 120_000);

  it('a FIFO is "not a regular file", named or found in a folder, and the run does not hang', async () => {
    const named = path.join(folder, 'pipe.txt');
    execFileSync('mkfifo', [named]);
    mkdirSync(path.join(folder, 'pipes'));
    const inside = path.join(folder, 'pipes', 'inner.txt');
    execFileSync('mkfifo', [inside]);
    write('pipes/real.txt', article('beside-a-fifo'));
    const run = await runNewsgraph(
      ['ingest', named, path.join(folder, 'pipes'), '--no-progress', '--report', path.join(folder, 'r2.json')],
      { DATABASE_URL: database.url },
    );
    expect(run.stderr).toContain(`${named}: not a regular file (a FIFO)`);
    expect(run.stderr).toContain(`${inside}: not a regular file (a FIFO)`);
    expect(run.stderr).not.toMatch(/empty/);
    expect(run.code).toBe(1);
  }, 120_000);

  it('never echoes a file that is not an article; symbolic links inside folders are not followed', async () => {
    const secret = write('outside/passwd', 'root:x:0:0:root:/root:/bin/bash\nsecret line\n');
    mkdirSync(path.join(folder, 'links'));
    symlinkSync(secret, path.join(folder, 'links', 'passwd.txt'));
    write('links/real.txt', article('beside-a-link'));
    const named = path.join(folder, 'named-link.txt');
    symlinkSync(secret, named);
    const run = await runNewsgraph(
      ['ingest', path.join(folder, 'links'), named, '--no-progress', '--report', path.join(folder, 'r3.json')],
      { DATABASE_URL: database.url },
    );
    expect(run.stderr).toContain(
      `${path.join(folder, 'links', 'passwd.txt')}: a symbolic link inside a folder: not followed`,
    );
    expect(run.stderr).toMatch(
      /named-link\.txt:1: field "url": line 1 should hold the article URL .* holds 31 characters/,
    );
    expect(`${run.stdout}${run.stderr}${readFileSync(path.join(folder, 'r3.json'), 'utf8')}`).not.toContain('root:x');
    expect(existsSync(path.join(folder, 'r3.json'))).toBe(true);
  }, 120_000);
});
