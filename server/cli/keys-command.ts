import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys.js';
import { createPrismaClient, type PrismaClient } from '../db/prisma-client.js';
import type { Role } from '../auth/role.js';
import { openMigratedDatabase } from './open-migrated-database.js';

const log = (line: string) => console.error(line);

/** The three key jobs, apart from commander so that a test can run them on its own database. */
export const keysCommands = {
  async create(prisma: PrismaClient, role: string, name: string, print: (line: string) => void): Promise<number> {
    const upper = role.toUpperCase();
    if (upper !== 'READER' && upper !== 'EDITOR') {
      log(`--role must be reader or editor, not "${role}".`);
      return 2;
    }
    const key = await createApiKey(prisma, { role: upper as Role, name });
    log(`Created ${upper.toLowerCase()} key #${key.id} "${name}". It is shown once and stored only as a hash:`);
    // Only the key goes to stdout, so `KEY=$(newsgraph keys create ...)` works.
    print(key.key);
    return 0;
  },
  async list(prisma: PrismaClient, print: (line: string) => void): Promise<number> {
    for (const key of await listApiKeys(prisma)) {
      print(
        `#${key.id}\t${key.role.toLowerCase()}\t${key.prefix}…\t${key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active'}\t${key.name}`,
      );
    }
    return 0;
  },
  async revoke(prisma: PrismaClient, id: number): Promise<number> {
    const revoked = await revokeApiKey(prisma, id);
    log(revoked ? `Revoked key #${id}.` : `No active key #${id}.`);
    return revoked ? 0 : 1;
  },
};

async function withPrisma(work: (prisma: PrismaClient) => Promise<number>): Promise<void> {
  const database = await openMigratedDatabase(log);
  const prisma = createPrismaClient(database.url);
  try {
    process.exitCode = await work(prisma);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

/** `newsgraph keys create|list|revoke`: API keys for the GraphQL API (writes need an editor key). */
export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description('Create, list and revoke API keys (writes through the API need an editor key).');
  keys
    .command('create')
    .description('Create a key and print it once (stdout); only its SHA-256 is stored.')
    .requiredOption('--role <role>', 'reader or editor')
    .option('--name <name>', 'who or what the key is for', 'unnamed')
    .action((options: { role: string; name: string }) =>
      withPrisma((prisma) => keysCommands.create(prisma, options.role, options.name, (line) => console.log(line))),
    );
  keys
    .command('list')
    .description('List keys: id, role, first characters, state, name (never the key).')
    .action(() => withPrisma((prisma) => keysCommands.list(prisma, (line) => console.log(line))));
  keys
    .command('revoke')
    .description('Revoke a key by its id; requests with it are refused from then on.')
    .argument('<id>', 'the key’s id, from `keys list`')
    .action((id: string) => withPrisma((prisma) => keysCommands.revoke(prisma, Number(id))));
}
