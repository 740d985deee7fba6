import { applyMigrations } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import type { RunningDatabase } from '../db/embedded-postgres.js';

/** The database `npm start` uses (DATABASE_URL, else the embedded server), migrated; stop() when done. */
export async function openMigratedDatabase(log: (line: string) => void): Promise<RunningDatabase> {
  const database = await openDatabase({ log });
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
