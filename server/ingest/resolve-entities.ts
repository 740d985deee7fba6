import type { Entity, EntityType } from '../extract/types.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import { nameKey } from './name-key.js';

type Transaction = Prisma.TransactionClient;

const TABLES: Record<EntityType, 'person' | 'organization'> = { PERSON: 'person', ORGANIZATION: 'organization' };

/**
 * Finds or creates the Person/Organization row for each entity of one article and returns their ids
 * by entity key. Rows are keyed by `name_key` with ON CONFLICT, so concurrent ingests never create
 * the same entity twice. A one-word person name ("Putin") joins an existing person whose full name ends
 * with it when exactly one does; with several candidates ("Bush") it stays on its own.
 */
export async function resolveEntities(tx: Transaction, entities: Entity[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const entity of entities) {
    const table = TABLES[entity.type];
    let key = nameKey(entity.name);
    if (entity.type === 'PERSON' && !key.includes(' ')) {
      const candidates = await tx.$queryRawUnsafe<{ name_key: string }[]>(
        `SELECT name_key FROM "${table}" WHERE name_key LIKE $1 LIMIT 2`,
        `% ${escapeLike(key)}`,
      );
      if (candidates.length === 1) key = candidates[0]!.name_key;
    }
    const aliases = [...new Set([entity.name, ...entity.aliases])];
    const rows = await tx.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO "${table}" (name, name_key, aliases) VALUES ($1, $2, $3::text[])
       ON CONFLICT (name_key) DO UPDATE
         SET aliases = ARRAY(SELECT DISTINCT unnest("${table}".aliases || EXCLUDED.aliases) ORDER BY 1)
       RETURNING id`,
      entity.name,
      key,
      aliases,
    );
    ids.set(entity.key, rows[0]!.id);
  }
  return ids;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
