/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, refusing
 * connections, connection cut), as opposed to a bug or a bad query. Prisma, its pg adapter and pg report
 * this in several shapes; all of them are recognised here.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  // Bounded: an error chain is short, and `seen` stops cycles.
  for (let steps = 0; queue.length > 0 && steps < 32; steps++) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const fields = current as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      errors?: unknown;
    };
    if (
      typeof fields.code === 'string' &&
      (PRISMA_CODES.has(fields.code) || NODE_CODES.has(fields.code) || unavailableSqlState(fields.code))
    )
      return true;
    if (typeof fields.originalCode === 'string' && unavailableSqlState(fields.originalCode)) return true;
    if (typeof fields.kind === 'string' && ADAPTER_KINDS.has(fields.kind)) return true;
    if (typeof fields.message === 'string' && MESSAGES.test(fields.message)) return true;
    queue.push(fields.originalError, fields.cause, fields.meta?.driverAdapterError);
    if (Array.isArray(fields.errors)) queue.push(...fields.errors);
  }
  return false;
}

/** Prisma: can't reach (P1001), timed out (P1002, P1008), connection closed (P1017), no pool connection in time (P2024). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** What @prisma/adapter-pg calls a lost or refused connection. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const MESSAGES =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|server closed the connection unexpectedly|Client has encountered a connection error/i;

/** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now), 53300 (too many connections). */
function unavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** What a client is told while the database is unavailable. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable right now (it may be restarting): try again in a few seconds.';

/** The last non-empty line of an error's message: the driver's own words, without Prisma's preamble. */
export function lastErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? 'unknown error'
  );
}
