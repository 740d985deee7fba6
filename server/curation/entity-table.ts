import { Prisma } from '../db/generated/prisma/client.js';

/** The tables behind Person and Organization, and the columns that point at them. */
export interface EntityTable {
  typename: 'Person' | 'Organization';
  table: Prisma.Sql;
  mention: Prisma.Sql;
  link: Prisma.Sql;
  /** The id column in mentions and links ("person_id"). */
  ref: Prisma.Sql;
  /** statement's speaker column for this kind. */
  speaker: Prisma.Sql;
}

export const PERSON: EntityTable = {
  typename: 'Person',
  table: Prisma.raw('person'),
  mention: Prisma.raw('person_mention'),
  link: Prisma.raw('statement_person'),
  ref: Prisma.raw('person_id'),
  speaker: Prisma.raw('speaker_person_id'),
};

export const ORGANIZATION: EntityTable = {
  typename: 'Organization',
  table: Prisma.raw('organization'),
  mention: Prisma.raw('organization_mention'),
  link: Prisma.raw('statement_organization'),
  ref: Prisma.raw('organization_id'),
  speaker: Prisma.raw('speaker_organization_id'),
};

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
