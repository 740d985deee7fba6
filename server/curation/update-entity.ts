import type { PrismaClient } from '../db/prisma-client.js';
import { nameKey } from '../names/name-key.js';
import { InvalidInputError, NameTakenError, NotFoundError } from './curation-errors.js';
import type { EntityTable } from '../db/entity-table.js';
import { distinctSorted, lockEntities, type EntityRow } from './lock-entities.js';

export interface EntityChanges {
  name?: string | null;
  aliases?: string[] | null;
  /** null clears it; undefined leaves it. */
  description?: string | null;
}

/**
 * A curator's edit. A new name keeps the old one as an alias and its key as a merged key, so articles
 * naming the entity the old way still land on it. Aliases, when given, replace the list (the name is
 * always kept among them).
 */
export async function updateEntity(
  prisma: PrismaClient,
  kind: EntityTable,
  id: number,
  changes: EntityChanges,
): Promise<number> {
  const name = changes.name?.trim();
  if (changes.name !== undefined && changes.name !== null && !name)
    throw new InvalidInputError('input.name', 'a name cannot be blank');
  const key = name ? nameKey(name) : undefined;
  return prisma.$transaction(async (tx) => {
    const entity = (await lockEntities(tx, kind, [id])).get(id);
    if (!entity) throw new NotFoundError(kind.typename, id);
    if (key && key !== entity.name_key) {
      const [other] = await tx.$queryRaw<
        EntityRow[]
      >`SELECT id, name FROM ${kind.table} WHERE name_key = ${key} AND id <> ${id}`;
      if (other) throw new NameTakenError(kind.typename, other.name, other.id);
    }
    const newName = name ?? entity.name;
    const renamed = key !== undefined && key !== entity.name_key;
    const aliases = distinctSorted([
      ...(changes.aliases ?? [...(entity.aliases ?? []), ...(renamed ? [entity.name] : [])])
        .map((alias) => alias.trim())
        .filter(Boolean),
      newName,
    ]);
    const mergedKeys = distinctSorted([...(entity.merged_keys ?? []), ...(renamed ? [entity.name_key] : [])]).filter(
      (merged) => merged !== (key ?? entity.name_key),
    );
    const description = changes.description === undefined ? entity.description : changes.description?.trim() || null;
    await tx.$executeRaw`
      UPDATE ${kind.table} SET name = ${newName}, name_key = ${key ?? entity.name_key}, aliases = ${aliases}::text[], merged_keys = ${mergedKeys}::text[],
        description = ${description}, updated_at = CURRENT_TIMESTAMP
      WHERE id = ${id}`;
    return id;
  });
}
