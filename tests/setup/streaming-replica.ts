import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../server/db/free-port.js';

const execFile = promisify(execFileCallback);

/** Where the PostgreSQL server binaries are (Debian's). @default /usr/lib/postgresql/15/bin */
const BIN = process.env.NEWSGRAPH_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface StreamingPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops the replica (fast shutdown): it refuses connections until startReplica. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  /** Stops both servers and removes their folders. */
  stop(): Promise<void>;
}

/**
 * A throwaway primary and a streaming replica made from it with `pg_basebackup -R`, on free loopback
 * ports, in a temporary folder. As root, the servers run as the `postgres` system user (initdb refuses root).
 */
export async function startStreamingPair(database = 'newsgraph'): Promise<StreamingPair> {
  const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-replica-'));
  const asPostgres = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
  if (asPostgres) {
    chmodSync(root, 0o755);
    chownSync(root, asPostgres.uid, asPostgres.gid);
  }
  const run = (command: string, args: string[]) =>
    execFile(path.join(BIN, command), args, { ...asPostgres, cwd: root, timeout: 60_000 }).catch(
      (error: { stderr?: string; message: string }) => {
        throw new Error(`${command} failed: ${error.stderr?.trim() || error.message}`);
      },
    );
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const settings = (port: number) =>
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\n`;
  const start = (dir: string) => run('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', 'start']);
  const stop = (dir: string) =>
    run('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']).then(
      () => {},
      () => {},
    );

  const stopAll = async () => {
    await stop(replicaDir);
    await stop(primaryDir);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    appendFileSync(primaryDir + '/postgresql.conf', settings(primaryPort));
    await start(primaryDir);
    const host = ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'];
    await run('psql', [...host, '-c', `CREATE DATABASE ${database}`]);
    // -c fast: checkpoint now rather than spread over minutes; -R: write the standby's connection settings.
    await run('pg_basebackup', [...host, '-D', replicaDir, '-R', '-c', 'fast']);
    appendFileSync(replicaDir + '/postgresql.conf', settings(replicaPort));
    await start(replicaDir);
  } catch (error) {
    await stopAll();
    throw error;
  }
  const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const psql = (port: number, sql: string) =>
    run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-Atc', sql]).then(
      ({ stdout }) => stdout.trim(),
    );
  return {
    primaryUrl: url(primaryPort),
    replicaUrl: url(replicaPort),
    stopReplica: () => stop(replicaDir),
    startReplica: () => start(replicaDir).then(() => {}),
    async caughtUp() {
      const target = await psql(primaryPort, 'SELECT pg_current_wal_lsn()');
      for (let tries = 0; tries < 300; tries++) {
        if ((await psql(replicaPort, `SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn`)) === 't') return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`The replica did not replay up to ${target} within 15 s.`);
    },
    stop: stopAll,
  };
}

function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
