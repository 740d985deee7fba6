import type { PrismaClient } from '../db/prisma-client.js';
import { nameKey } from '../names/name-key.js';
import { InvalidInputError, NotFoundError } from './curation-errors.js';
import type { EntityTable } from '../db/entity-table.js';
import { distinctSorted, lockEntities, type EntityRow } from './lock-entities.js';

export interface SplitResult {
  fromId: number;
  toId: number;
  created: boolean;
  movedArticles: number;
  movedMentions: number;
  movedStatements: number;
}

/**
 * Undoes a wrong merge, one alias at a time: every article in which the entity is named only by this
 * alias (pronouns and roles aside) moves, with its mentions, statements and statement links, to an
 * entity of that name (the existing one, or a new one), and the alias stops leading to the old entity.
 * Articles that also use another of its names stay: there the two were the same in the text itself.
 */
export async function splitAlias(
  prisma: PrismaClient,
  kind: EntityTable,
  id: number,
  alias: string,
): Promise<SplitResult> {
  const key = nameKey(alias);
  if (!key) throw new InvalidInputError('input.alias', 'the alias is blank');
  return prisma.$transaction(async (tx) => {
    const entity = (await lockEntities(tx, kind, [id])).get(id);
    if (!entity) throw new NotFoundError(kind.typename, id);
    if (key === entity.name_key)
      throw new InvalidInputError(
        'input.alias',
        `"${alias}" is the ${kind.typename.toLowerCase()}’s own name: rename it instead`,
      );
    const aliases = entity.aliases ?? [];
    if (!aliases.some((known) => nameKey(known) === key) && !(entity.merged_keys ?? []).includes(key)) {
      throw new InvalidInputError('input.alias', `"${alias}" is not an alias of ${entity.name}`);
    }

    const named = await tx.$queryRaw<{ article_id: number; text: string }[]>`
      SELECT article_id, text FROM ${kind.mention} WHERE ${kind.ref} = ${id} AND form IN ('NAME', 'SHORT_NAME', 'ACRONYM')`;
    const keysByArticle = new Map<number, Set<string>>();
    for (const { article_id, text } of named)
      keysByArticle.set(article_id, (keysByArticle.get(article_id) ?? new Set()).add(nameKey(text)));
    const articles = [...keysByArticle]
      .filter(([, keys]) => keys.size === 1 && keys.has(key))
      .map(([articleId]) => articleId);

    const [existing] = await tx.$queryRaw<
      EntityRow[]
    >`SELECT id, name, name_key, aliases, merged_keys, description FROM ${kind.table} WHERE name_key = ${key} FOR UPDATE`;
    const target =
      existing ??
      (
        await tx.$queryRaw<
          EntityRow[]
        >`INSERT INTO ${kind.table} (name, name_key, aliases, merged_keys) VALUES (${alias.trim()}, ${key}, ${[alias.trim()]}::text[], '{}') RETURNING id, name, name_key, aliases, merged_keys, description`
      )[0]!;

    const movedMentions =
      await tx.$executeRaw`UPDATE ${kind.mention} SET ${kind.ref} = ${target.id} WHERE ${kind.ref} = ${id} AND article_id = ANY(${articles}::int[])`;
    const movedStatements =
      await tx.$executeRaw`UPDATE statement SET ${kind.speaker} = ${target.id} WHERE ${kind.speaker} = ${id} AND article_id = ANY(${articles}::int[])`;
    await tx.$executeRaw`
      INSERT INTO ${kind.link} (statement_id, ${kind.ref})
      SELECT l.statement_id, ${target.id} FROM ${kind.link} l JOIN statement s ON s.id = l.statement_id
      WHERE l.${kind.ref} = ${id} AND s.article_id = ANY(${articles}::int[]) ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`
      DELETE FROM ${kind.link} l USING statement s WHERE s.id = l.statement_id AND l.${kind.ref} = ${id} AND s.article_id = ANY(${articles}::int[])`;
    const keptAliases = aliases.filter((known) => nameKey(known) !== key);
    const keptKeys = (entity.merged_keys ?? []).filter((merged) => merged !== key);
    await tx.$executeRaw`UPDATE ${kind.table} SET aliases = ${keptAliases}::text[], merged_keys = ${keptKeys}::text[], updated_at = CURRENT_TIMESTAMP WHERE id = ${id}`;
    if (existing) {
      const withAlias = distinctSorted([...(existing.aliases ?? []), alias.trim()]);
      await tx.$executeRaw`UPDATE ${kind.table} SET aliases = ${withAlias}::text[], updated_at = CURRENT_TIMESTAMP WHERE id = ${existing.id}`;
    }
    return {
      fromId: id,
      toId: target.id,
      created: !existing,
      movedArticles: articles.length,
      movedMentions,
      movedStatements,
    };
  });
}
