import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient };

export interface PrismaClientOptions {
  /** Log every SQL statement through this callback (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Cancel any statement running longer than this, in milliseconds. @default 15000 */
  statementTimeoutMs?: number;
  /** Give up opening a connection after this many milliseconds. @default 5000 */
  connectionTimeoutMs?: number;
}

/** A Prisma client on the `pg` driver adapter (Prisma 7 has no built-in driver). */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    // A runaway query is cancelled by the server instead of holding a connection forever.
    options: `-c statement_timeout=${options.statementTimeoutMs ?? 15_000}`,
    // A database that does not answer (a host gone, a firewall dropping packets) fails a request after
    // 5 s with DATABASE_UNAVAILABLE instead of holding it forever; a refused connection fails at once.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => options.onQuery!(event.query));
  return client;
}
