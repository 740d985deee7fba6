import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { applyMigrations } from '../../server/db/migrate.js';

export interface BenchDatabase {
  url: string;
  /** Where it runs, for the printout. */
  description: string;
  /** The server's postmaster when it runs here (embedded), to measure its CPU time. */
  postmasterPid?: number;
  drop(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** A server to create a throwaway database on (user needs CREATEDB). @default process.env.BENCH_SERVER_URL, else an embedded cluster */
  serverUrl?: string;
  /** Where an embedded cluster keeps its files. @default a new folder under the OS temp dir */
  dataDir?: string;
}

/** A fresh, migrated database for one benchmark run, dropped (with its embedded cluster) afterwards. */
export async function createBenchDatabase(options: BenchDatabaseOptions = {}): Promise<BenchDatabase> {
  const serverUrl = options.serverUrl ?? process.env.BENCH_SERVER_URL;
  if (serverUrl) {
    const name = `newsgraph_bench_${randomBytes(4).toString('hex')}`;
    await admin(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await applyMigrations(url.href);
    const { rows } = await query(url.href, 'SHOW server_version');
    return {
      url: url.href,
      description: `PostgreSQL ${rows[0].server_version} at ${url.host}`,
      drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-'));
  const server = await startEmbeddedPostgres({ dataDir, database: 'bench', log: () => {} });
  await applyMigrations(server.url);
  const { rows } = await query(server.url, 'SHOW server_version');
  const drop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // An interrupted benchmark still stops its server and deletes its files.
  const interrupted = (signal: NodeJS.Signals) =>
    void drop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return {
    url: server.url,
    description: `embedded PostgreSQL ${rows[0].server_version} (default settings)`,
    postmasterPid: Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]),
    drop,
  };
}

async function admin(serverUrl: string, sql: string) {
  await query(serverUrl, sql);
}

export async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
