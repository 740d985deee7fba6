import pg from 'pg';

export interface WriterPoolOptions {
  /** Connections: one per write transaction in flight, plus one for lookups. @default 4 */
  connections?: number;
  /**
   * Commit without waiting for the WAL flush (`synchronous_commit = off`). Off by default: an article
   * reported as ingested must survive a crash of the database server too, and waiting for the flush costs
   * almost nothing here (bench/write-cost.ts: under 1 ms of CPU per article). @default false
   */
  asyncCommit?: boolean;
}

/** The `pg` pool bulk ingestion writes through. */
export function createWriterPool(databaseUrl: string, options: WriterPoolOptions = {}): pg.Pool {
  const settings = [`-c statement_timeout=60000`, options.asyncCommit ? '-c synchronous_commit=off' : ''].filter(
    Boolean,
  );
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.connections ?? 4,
    options: settings.join(' '),
  });
  // An idle connection the server drops (restart, shutdown) must not crash the process: the pool replaces
  // it, and a server that is really gone fails the next query, which stops the run with a clear error.
  pool.on('error', () => {});
  return pool;
}
