import type { Role } from '../auth/role.js';
import type { PrismaClient } from '../db/prisma-client.js';

/** What every resolver gets. */
export interface Context {
  prisma: PrismaClient;
  /** The role of the request's API key, or null when it came without one. */
  role: Role | null;
}
