import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const SDK_DIR = fileURLToPath(new URL('../../../sdk/', import.meta.url));

/** Settings an `npm test` passes down that the child npm should keep: where the cache and config are. */
const KEPT_NPM_SETTINGS = new Set([
  'npm_config_cache',
  'npm_config_userconfig',
  'npm_config_globalconfig',
  'npm_config_registry',
]);

/**
 * npm for child processes, without the rest of what an `npm test` that started vitest passes down
 * (`npm_config_local_prefix` would point the child at this repository instead of its own folder).
 */
export async function npm(args: string[], cwd: string): Promise<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.toLowerCase().startsWith('npm_') || KEPT_NPM_SETTINGS.has(name.toLowerCase()),
    ),
  );
  // Asynchronous, so that vitest's worker stays responsive through a build of a minute or more.
  const { stdout } = await execFileAsync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** `npm pack` of sdk/ (its prepack builds dist/) into a fresh folder; returns the tarball's path. */
export async function packSdk(): Promise<string> {
  const destination = mkdtempSync(path.join(tmpdir(), 'newsgraph-sdk-pack-'));
  await npm(['pack', '--pack-destination', destination], SDK_DIR);
  const tarballs = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${destination}`);
  return path.join(destination, tarballs[0]!);
}

/**
 * A throwaway ES-module project outside the repository with the tarball installed the way a user
 * installs it: nothing of this repository's node_modules is reachable. From the npm cache where it can
 * (`npm ci` caches the dependencies' tarballs but not the registry's version lists that resolving the
 * SDK's `^` ranges needs, so on a fresh machine those come from the registry).
 */
export async function createConsumerProject(tarball: string, files: Record<string, string> = {}): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sdk-consumer-'));
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}
