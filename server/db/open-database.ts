import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

export interface OpenDatabaseOptions {
  /** Use this server instead of the embedded one. @default process.env.DATABASE_URL */
  databaseUrl?: string;
  /** The embedded server's data folder. @default '.data' */
  dataDir?: string;
  log?: (line: string) => void;
}

/**
 * The database the server and the CLI share: `DATABASE_URL` when set, else the embedded PostgreSQL
 * in the project's data folder (started here, stopped by `stop()`).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<RunningDatabase> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) return { url: databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: options.dataDir ?? process.env.NEWSGRAPH_DATA_DIR, log: options.log });
}
