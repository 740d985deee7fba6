import type { PrismaClient } from '../db/prisma-client.js';

/** What every resolver gets. */
export interface Context {
  prisma: PrismaClient;
}
