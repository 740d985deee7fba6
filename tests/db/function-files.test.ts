import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  FUNCTIONS_DIR,
  FUNCTIONS_TABLE,
  listSqlFiles,
  MIGRATIONS_DIR,
} from '../../server/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * Every SQL function and trigger lives in one file of prisma/functions, applied after the migrations
 * (Flyway's repeatable migrations). These tests keep the database and the files the same thing.
 */

/** The last migration that defined functions itself; later ones change prisma/functions instead. */
const LAST_MIGRATION_WITH_FUNCTIONS = '20261128200000_surname_prominence';
/** Later migrations that create a function their own generated columns need (see the last test). */
const GENERATED_COLUMN_FUNCTIONS: Record<string, RegExp> = {
  '20261202000000_article_language': /CREATE FUNCTION "newsgraph_search_config"[\s\S]*?\$\$;/,
};

/** Functions of our own (not an extension's) and user triggers, each as PostgreSQL prints its definition. */
async function definitions(client: pg.ClientBase): Promise<Map<string, string>> {
  const functions = await client.query<{ name: string; definition: string }>(`
    SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`);
  const triggers = await client.query<{ name: string; definition: string }>(`
    SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS definition FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid AND c.relnamespace = 'public'::regnamespace
    WHERE NOT t.tgisinternal`);
  return new Map([...functions.rows, ...triggers.rows].map((row) => [row.name, row.definition]));
}

describe('prisma/functions and the migrated database', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('has each function and trigger exactly as its file defines it, and none that no file defines', async () => {
    const inDatabase = await definitions(client);
    const fromFiles = new Map<string, string>();
    for (const file of listSqlFiles(FUNCTIONS_DIR)) {
      // What the file makes of the database, rolled back: if it changes nothing, the database holds the file.
      await client.query('BEGIN');
      const before = await definitions(client);
      await client.query(file.sql);
      const after = await definitions(client);
      await client.query('ROLLBACK');
      const names = [...file.sql.matchAll(/CREATE\s+OR\s+REPLACE\s+(?:FUNCTION|TRIGGER)\s+"?(\w+)/gi)].map((m) => m[1]);
      expect(names[0], 'a file is named after its function').toBe(path.basename(file.name, '.sql'));
      for (const name of names) {
        expect(before.get(name), `${name} in the database equals prisma/functions/${file.name}`).toBe(after.get(name));
        fromFiles.set(name, after.get(name)!);
      }
    }
    expect([...inDatabase.keys()].sort()).toEqual([...fromFiles.keys()].sort());
  });

  it('records each file with its checksum', async () => {
    const { rows } = await client.query(`SELECT file_name, checksum FROM "${FUNCTIONS_TABLE}" ORDER BY 1`);
    expect(rows).toEqual(listSqlFiles(FUNCTIONS_DIR).map(({ name, checksum }) => ({ file_name: name, checksum })));
  });

  it('applies a file again when it changed, and not when it did not', async () => {
    const functionsDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-functions-'));
    try {
      cpSync(FUNCTIONS_DIR, functionsDir, { recursive: true });
      // Changed by hand in the database, unchanged in its file: the runner leaves it (the checksum decides).
      await client.query(
        `CREATE OR REPLACE FUNCTION "newsgraph_name_keys"("names" TEXT[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$ SELECT "names" $$`,
      );
      expect((await applyMigrations(database.url, { functionsDir })).functions).toEqual([]);
      const changedByHand = (await definitions(client)).get('newsgraph_name_keys');

      const file = path.join(functionsDir, 'newsgraph_name_keys.sql');
      writeFileSync(file, `-- edited\n${readFileSync(file, 'utf8')}`);
      expect((await applyMigrations(database.url, { functionsDir })).functions).toEqual(['newsgraph_name_keys.sql']);
      const reapplied = (await definitions(client)).get('newsgraph_name_keys');
      expect(reapplied).not.toBe(changedByHand);
      const { rows } = await client.query(`SELECT checksum FROM "${FUNCTIONS_TABLE}" WHERE file_name = $1`, [
        'newsgraph_name_keys.sql',
      ]);
      expect(rows[0].checksum).toBe(
        listSqlFiles(functionsDir).find(({ name }) => name === 'newsgraph_name_keys.sql')!.checksum,
      );
      expect((await applyMigrations(database.url, { functionsDir })).functions).toEqual([]);
    } finally {
      rmSync(functionsDir, { recursive: true, force: true });
      await applyMigrations(database.url);
    }
  });

  it('has no migration after the move that defines a function or trigger (its file is the place)', () => {
    const later = readdirSync(MIGRATIONS_DIR).filter(
      (name) => name > LAST_MIGRATION_WITH_FUNCTIONS && !name.includes('.'),
    );
    for (const name of later) {
      // A function that a generated column of the same migration is built from must exist while the
      // migration runs, before the files are applied: it is created there once, and its file is the
      // source from then on (the test above checks the two agree).
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8').replace(
        GENERATED_COLUMN_FUNCTIONS[name] ?? /^$/,
        '',
      );
      expect(sql, `${name}: define functions and triggers in prisma/functions/`).not.toMatch(
        /CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|TRIGGER|PROCEDURE)/i,
      );
    }
  });
});
