import { readReplicas } from '@prisma/extension-read-replicas';
import type pg from 'pg';
import { isDatabaseUnavailable, lastErrorLine } from './database-unavailable.js';
import {
  createPrismaClient,
  poolOf,
  routeRawQueries,
  type PrismaClient,
  type PrismaClientOptions,
} from './prisma-client.js';

export interface ReadReplicasOptions extends PrismaClientOptions {
  /** How often a replica that failed is tried again, in milliseconds. @default 5000 */
  retryMs?: number;
  /** Where warnings go (a replica down, a replica back). @default console.warn */
  warn?: (line: string) => void;
}

/** One replica as /ready reports it. */
export interface ReplicaStatus {
  /** The replica's host, port and database (never its password). */
  name: string;
  status: 'ready' | 'unavailable';
  /** Why it is unavailable (the driver's message), when it is. */
  reason?: string;
}

/** The reads Prisma's read-replicas extension sends to a replica (outside a transaction). */
const READ_OPERATIONS = new Set([
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'groupBy',
  'aggregate',
  'count',
]);

/** A replica's client, the primary client routed through it, and whether it is in use. */
class Replica {
  readonly name: string;
  readonly client: PrismaClient;
  /** Prisma reads go to the replica (read-replicas extension), writes and transactions to the primary. */
  readonly routed: PrismaClient;
  down: { reason: string; retry: NodeJS.Timeout } | undefined;

  constructor(
    url: string,
    primary: PrismaClient,
    options: ReadReplicasOptions,
    private readonly warn: (line: string) => void,
    private readonly retryMs: number,
  ) {
    this.name = describeUrl(url);
    this.client = createPrismaClient(url, {
      ...options,
      applicationName: `${options.applicationName ?? 'newsgraph'} replica`,
    });
    const replica = this;
    const extended = (primary as any).$extends(readReplicas({ replicas: [this.client as any] })).$extends({
      query: {
        // A read that finds the replica gone is run again on the primary, and the replica is set aside.
        async $allOperations({ model, operation, args, query, __internalParams }: any) {
          try {
            return await query(args);
          } catch (error) {
            if (__internalParams?.transaction || !READ_OPERATIONS.has(operation) || !isDatabaseUnavailable(error))
              throw error;
            replica.setAside(error);
            return model ? (primary as any)[lowerFirst(model)][operation](args) : (primary as any)[operation](args);
          }
        },
      },
    });
    this.routed = extended as PrismaClient;
    const replicaPool = poolOf(this.client)!;
    const primaryPool = poolOf(primary)!;
    // Hand-written SQL of the API (rawQuery) goes to the replica's own pool, the primary's when it is down.
    routeRawQueries(this.routed, async (text, values) => {
      try {
        return await replicaPool.query(text, values);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        this.setAside(error);
        return primaryPool.query(text, values);
      }
    });
  }

  /** Stops sending reads here, says so once, and checks every `retryMs` whether it answers again. */
  setAside(error: unknown) {
    if (this.down) return;
    const reason = lastErrorLine(error);
    this.warn(`Read replica ${this.name} is unavailable (${reason}): its reads go to the primary until it answers.`);
    const retry = setInterval(() => void this.check(), this.retryMs);
    retry.unref();
    this.down = { reason, retry };
  }

  /** Asks the replica `SELECT 1`; true when it answered. Puts a replica that was set aside back in use. */
  async check(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        poolOf(this.client)!.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      if (this.down) {
        clearInterval(this.down.retry);
        this.down = undefined;
        this.warn(`Read replica ${this.name} answers again: reads go to it.`);
      }
      return true;
    } catch (error) {
      this.setAside(error);
      if (this.down) this.down.reason = lastErrorLine(error);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The database clients of a server with read replicas (`DATABASE_READ_URLS`): the primary's, and one per
 * replica through Prisma's read-replicas extension. `forReads()` hands out the replicas in turn, skipping
 * any that failed (a warning says so; it is tried again every few seconds), and the primary when none is up.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;

  constructor(
    readonly primary: PrismaClient,
    urls: readonly string[],
    options: ReadReplicasOptions = {},
  ) {
    const warn = options.warn ?? ((line: string) => console.warn(line));
    this.replicas = urls.map((url) => new Replica(url, primary, options, warn, options.retryMs ?? 5_000));
  }

  get size(): number {
    return this.replicas.length;
  }

  /** A client whose reads go to a replica in use (in turn), its writes and transactions to the primary. */
  forReads(): PrismaClient {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (!replica.down) return replica.routed;
    }
    return this.primary;
  }

  /** Each replica's pg pool (for metrics). */
  pools(): { name: string; pool: pg.Pool | undefined }[] {
    return this.replicas.map((replica) => ({ name: `replica ${replica.name}`, pool: poolOf(replica.client) }));
  }

  /** Asks every replica whether it answers (for /ready); one that does not is set aside until it does. */
  async status(timeoutMs?: number): Promise<ReplicaStatus[]> {
    return Promise.all(
      this.replicas.map(async (replica) =>
        (await replica.check(timeoutMs))
          ? { name: replica.name, status: 'ready' as const }
          : { name: replica.name, status: 'unavailable' as const, reason: replica.down?.reason },
      ),
    );
  }

  /** Closes the replicas' pools (the primary's stays with its owner). */
  async disconnect(): Promise<void> {
    for (const replica of this.replicas) if (replica.down) clearInterval(replica.down.retry);
    await Promise.all(this.replicas.map((replica) => replica.client.$disconnect().catch(() => {})));
  }
}

/** `host:port/database` of a connection URL: what logs and /ready may show. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'a replica with an unreadable URL';
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** DATABASE_READ_URLS: comma- or space-separated PostgreSQL URLs; an entry that is not one stops the server. */
export function readUrlsFromEnvironment(value: string | undefined): string[] {
  const urls = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const [index, url] of urls.entries()) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {}
    if (protocol !== 'postgres:' && protocol !== 'postgresql:')
      throw new Error(
        `DATABASE_READ_URLS entry ${index + 1} is not a postgresql:// URL (${describeUrl(url)}): separate several with commas.`,
      );
  }
  return urls;
}
