import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/prisma-client.js';
import type { Role } from './role.js';

/** Keys look like `ngk_…`: recognisable in a leaked config or a secret scanner's rules. */
export const KEY_PREFIX = 'ngk_';

/** Only this is stored: SHA-256 of the key, hex. A random 32-byte key needs no salt or slow hash. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface CreatedKey {
  id: number;
  /** The key itself: shown once, never stored. */
  key: string;
  prefix: string;
  role: Role;
  name: string;
}

export async function createApiKey(
  prisma: PrismaClient,
  { role, name }: { role: Role; name: string },
): Promise<CreatedKey> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = key.slice(0, KEY_PREFIX.length + 6);
  const row = await prisma.apiKey.create({ data: { name, role, prefix, keyHash: hashKey(key) }, select: { id: true } });
  return { id: row.id, key, prefix, role, name };
}

/** Revokes a key by id; false when there is no such key or it was revoked already. */
export async function revokeApiKey(prisma: PrismaClient, id: number): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export function listApiKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, name: true, prefix: true, role: true, createdAt: true, revokedAt: true },
  });
}

/** The role of a key that exists and is not revoked; null otherwise. */
export async function roleForKey(prisma: PrismaClient, key: string): Promise<Role | null> {
  const row = await prisma.apiKey.findUnique({
    where: { keyHash: hashKey(key) },
    select: { role: true, revokedAt: true },
  });
  return row && !row.revokedAt ? row.role : null;
}
