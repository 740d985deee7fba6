import type pg from 'pg';
import type { Prisma } from '../db/generated/prisma/client.js';

/**
 * The one thing the write path needs from a connection: run a parameterised statement, get rows.
 * Lets the same SQL run inside a Prisma interactive transaction (the API's mutation) and on a bare `pg`
 * client (bulk ingestion, where Prisma's per-query overhead would be the bottleneck).
 */
export interface SqlRunner {
  query<Row>(text: string, params: unknown[]): Promise<Row[]>;
}

/** On a `pg` client, pool client or pool (a pool runs each statement on whichever connection is free). */
export function pgRunner(client: pg.ClientBase | pg.Pool): SqlRunner {
  return {
    query: async <Row>(text: string, params: unknown[]) => (await client.query(text, params)).rows as Row[],
  };
}

export function prismaRunner(tx: Prisma.TransactionClient): SqlRunner {
  return {
    query: <Row>(text: string, params: unknown[]) => tx.$queryRawUnsafe<Row[]>(text, ...params),
  };
}
