import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `newsgraph <args>` as a user runs it (server/cli/bin.js), against the given database. */
export function startCli(
  args: string[],
  databaseUrl: string,
): {
  child: ChildProcess;
  result: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>;
} {
  const child = spawn(process.execPath, ['server/cli/bin.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  const result = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
    },
  );
  return { child, result };
}

export const runCli = (args: string[], databaseUrl: string) => startCli(args, databaseUrl).result;
