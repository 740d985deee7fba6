import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** prisma/migrations, found from this file so that any working directory works. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
/** prisma/functions: one file per SQL function (and its trigger), applied after the migrations. */
export const FUNCTIONS_DIR = fileURLToPath(new URL('../../prisma/functions', import.meta.url));

/** The table that records which function file, with which checksum, the database last applied. */
export const FUNCTIONS_TABLE = '_newsgraph_functions';

// The key `prisma migrate` itself locks with, so our runner and Prisma's never interleave.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
  /** The function files (re)applied: new, changed since last time, or all of them after a migration ran. */
  functions: string[];
}

export interface MigrationOptions {
  /** @default MIGRATIONS_DIR */
  migrationsDir?: string;
  /** @default FUNCTIONS_DIR */
  functionsDir?: string;
}

/**
 * Applies the SQL migrations in Prisma's folder layout that the database has not seen yet, each in its
 * own transaction, recording them in `_prisma_migrations` exactly as `prisma migrate deploy` would, so
 * the two tools agree about what is applied. (Prisma 7's migration engine cannot be downloaded offline.)
 * Then the function files, as Flyway applies repeatable migrations: see {@link applyFunctions}.
 */
export async function applyMigrations(
  databaseUrl: string,
  { migrationsDir = MIGRATIONS_DIR, functionsDir = FUNCTIONS_DIR }: MigrationOptions = {},
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum"            VARCHAR(64) NOT NULL,
        "finished_at"         TIMESTAMPTZ,
        "migration_name"      VARCHAR(255) NOT NULL,
        "logs"                TEXT,
        "rolled_back_at"      TIMESTAMPTZ,
        "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0
      )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    for (const migration of listMigrations(migrationsDir)) {
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead of editing it.`,
          );
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        const startedAt = new Date();
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    const functions = await applyFunctions(client, functionsDir, applied.length > 0);
    return { applied, alreadyApplied: done.size, functions };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/**
 * Applies each file of prisma/functions (CREATE OR REPLACE, so it runs again and again) whose checksum
 * differs from the one recorded for it, in file name order, all in one transaction. After a migration
 * ran, every file is applied again: a migration may have replaced or dropped what a file defines.
 */
async function applyFunctions(client: pg.Client, functionsDir: string, migrationsRan: boolean): Promise<string[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS "${FUNCTIONS_TABLE}" (
      "file_name"  TEXT PRIMARY KEY,
      "checksum"   VARCHAR(64) NOT NULL,
      "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
  const { rows } = await client.query<{ file_name: string; checksum: string }>(
    `SELECT file_name, checksum FROM "${FUNCTIONS_TABLE}"`,
  );
  const recorded = new Map(rows.map((row) => [row.file_name, row.checksum]));
  const due = listSqlFiles(functionsDir).filter((file) => migrationsRan || recorded.get(file.name) !== file.checksum);
  if (!due.length) return [];
  await client.query('BEGIN');
  try {
    for (const file of due) {
      try {
        await client.query(file.sql);
      } catch (error) {
        throw new Error(`Function file prisma/functions/${file.name} failed: ${(error as Error).message}`);
      }
      await client.query(
        `INSERT INTO "${FUNCTIONS_TABLE}" (file_name, checksum) VALUES ($1, $2)
         ON CONFLICT (file_name) DO UPDATE SET checksum = excluded.checksum, applied_at = now()`,
        [file.name, file.checksum],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return due.map((file) => file.name);
}

interface SqlFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The .sql files of a folder in name order, with their SHA-256 checksums. */
export function listSqlFiles(dir: string): SqlFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

function listMigrations(migrationsDir: string): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      // Prisma's checksum: SHA-256 of the file's bytes, hex.
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}
