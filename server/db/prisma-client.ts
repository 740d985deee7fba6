import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Prisma } from './generated/prisma/client.js';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient };

export interface PrismaClientOptions {
  /** Log every SQL statement through this callback (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Cancel any statement running longer than this, in milliseconds. @default 15000 */
  statementTimeoutMs?: number;
  /** Give up opening a connection after this many milliseconds. @default 5000 */
  connectionTimeoutMs?: number;
  /** How the connections name themselves to PostgreSQL (pg_stat_activity.application_name). @default 'newsgraph' */
  applicationName?: string;
}

/** The pg pool under each client made here. */
const pools = new WeakMap<PrismaClient, pg.Pool>();
/** How rawQuery runs SQL for a client: on its pool, or (a replica-routed client) on a replica's. */
type RawRunner = (text: string, values: unknown[]) => Promise<pg.QueryResult>;
const rawRunners = new WeakMap<PrismaClient, RawRunner>();

/** A Prisma client on the `pg` driver adapter (Prisma 7 has no built-in driver), over a pool rawQuery shares. */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    application_name: options.applicationName ?? 'newsgraph',
    // A runaway query is cancelled by the server instead of holding a connection forever.
    options: `-c statement_timeout=${options.statementTimeoutMs ?? 15_000}`,
    // A database that does not answer (a host gone, a firewall dropping packets) fails a request after
    // 5 s with DATABASE_UNAVAILABLE instead of holding it forever; a refused connection fails at once.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  // An idle connection the server ends (a restart, a dropped database) must not crash the process: the
  // pool replaces it, and the next query that cannot get one fails with DATABASE_UNAVAILABLE. (The adapter
  // listens only once Prisma has sent a query; rawQuery may come first.)
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = options.onQuery
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter });
  if (options.onQuery) client.$on('query' as never, (event: { query: string }) => options.onQuery!(event.query));
  pools.set(client, pool);
  rawRunners.set(client, (text, values) => {
    options.onQuery?.(text);
    return pool.query(text, values);
  });
  return client;
}

/** The pg pool under a client made by createPrismaClient. */
export function poolOf(prisma: PrismaClient): pg.Pool | undefined {
  return pools.get(prisma);
}

/** Makes rawQuery run a client's SQL this way (read replicas route their clients' SQL to the replica). */
export function routeRawQueries(prisma: PrismaClient, run: RawRunner): void {
  rawRunners.set(prisma, run);
}

/**
 * Runs hand-written SQL (a Prisma.sql template: values stay bound parameters) straight on the client's
 * pg pool. The API's keyset pages and aggregates go this way: through `$queryRaw` each costs about three
 * times the CPU, in Prisma's query interpreter. Rows come as `pg` gives them (int8 and numeric as
 * strings: cast counts to int in the SQL). A client made elsewhere falls back to `$queryRaw`.
 */
export async function rawQuery<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const run = rawRunners.get(prisma);
  if (!run) return prisma.$queryRaw<Row[]>(sql);
  return (await run(sql.text, sql.values)).rows as Row[];
}
