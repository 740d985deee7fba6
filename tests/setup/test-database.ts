import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations } from '../../server/db/migrate.js';
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from '../../server/db/prisma-client.js';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Drops the database; call in afterAll. */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, on the run's PostgreSQL server. */
export async function createTestDatabase(options: PrismaClientOptions = {}): Promise<TestDatabase> {
  const serverUrl = new URL(inject('serverUrl'));
  const name = `newsgraph_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.href);
  const prisma = createPrismaClient(url.href, options);
  return {
    url: url.href,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
