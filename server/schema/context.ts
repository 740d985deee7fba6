import type { Role } from '../auth/role.js';
import type { PrismaClient } from '../db/prisma-client.js';
import type { ExtractionPool } from '../ingest/extraction-pool.js';

/** What every resolver gets. */
export interface Context {
  /** The database this request reads from: the primary, or a read replica for a read-only operation. */
  prisma: PrismaClient;
  /** SHA-256 of the request's API key (who wrote, for read-your-writes), or null without one. */
  keyHash: string | null;
  /** The role of the request's API key, or null when it came without one. */
  role: Role | null;
  /** The threads that convert and extract articles off the event loop (started on first use). */
  extractionPool(): ExtractionPool;
  /** Set by the rate limit when the server has a query-cost budget. */
  rateLimit?: RateLimitStatus;
}

/** The caller's query-cost budget after this request, as the `rateLimit` field tells it. */
export interface RateLimitStatus {
  /** This query's cost in points. */
  cost: number;
  /** The nodes the query could return, the cost's measure. */
  nodeCount: number;
  /** Points per window. */
  limit: number;
  used: number;
  remaining: number;
  /** When the window ends and the budget is whole again. */
  resetAt: Date;
}
