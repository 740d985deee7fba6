import type { EntityTable } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';

export interface EntityRow {
  id: number;
  name: string;
  name_key: string;
  aliases: string[] | null;
  merged_keys: string[] | null;
  description: string | null;
}

export type Transaction = Prisma.TransactionClient;

/** Locks the rows in id order (so two curators never deadlock) and returns them by id. */
export async function lockEntities(tx: Transaction, kind: EntityTable, ids: number[]): Promise<Map<number, EntityRow>> {
  const rows = await tx.$queryRaw<EntityRow[]>`
    SELECT id, name, name_key, aliases, merged_keys, description FROM ${kind.table} WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Distinct, sorted: how alias lists are kept. */
export function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
