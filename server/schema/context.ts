import type { PrismaClient } from '../db/prisma-client.js';
import type { ExtractionPool } from '../ingest/extraction-pool.js';

/** What an API key may do; null for a request without a (valid) key. */
export type Role = 'READER' | 'EDITOR';

/** What every resolver gets. */
export interface Context {
  prisma: PrismaClient;
  /** The role of the request's API key, or null when it came without one. */
  role: Role | null;
  /** The threads that convert and extract articles off the event loop (started on first use). */
  extractionPool(): ExtractionPool;
}
