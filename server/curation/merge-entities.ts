import type { PrismaClient } from '../db/prisma-client.js';
import { InvalidInputError, NotFoundError } from './curation-errors.js';
import type { EntityTable } from '../db/entity-table.js';
import { distinctSorted, lockEntities } from './lock-entities.js';

export interface MergeResult {
  targetId: number;
  mergedIds: number[];
  movedStatements: number;
  movedMentions: number;
  movedLinks: number;
  /** The target's aliases after the merge. */
  aliases: string[];
  /** True when nothing was written: the merge ran and was rolled back, to show what it would change. */
  dryRun: boolean;
}

/** Carries a dry run's result out of its transaction, which is rolled back by throwing it. */
class DryRunRollback {
  constructor(readonly result: MergeResult) {}
}

/**
 * Folds `sourceIds` into `targetId` in one transaction: their statements, mentions and statement links
 * move to the target, their names and aliases become the target's aliases, their name keys its
 * merged keys (so ingestion sends those names to the target), and the sources are deleted.
 */
export async function mergeEntities(
  prisma: PrismaClient,
  kind: EntityTable,
  targetId: number,
  sourceIds: number[],
  { dryRun = false }: { /** Roll back after computing what would change. @default false */ dryRun?: boolean } = {},
): Promise<MergeResult> {
  const sources = [...new Set(sourceIds)];
  if (sources.length === 0)
    throw new InvalidInputError('input.sourceIds', 'name at least one entity to merge into the target');
  if (sources.includes(targetId))
    throw new InvalidInputError('input.sourceIds', `the target (id ${targetId}) cannot be merged into itself`);
  const merge = prisma.$transaction(async (tx) => {
    const rows = await lockEntities(tx, kind, [targetId, ...sources]);
    const target = rows.get(targetId);
    if (!target) throw new NotFoundError(kind.typename, targetId);
    const missing = sources.find((id) => !rows.has(id));
    if (missing !== undefined) throw new NotFoundError(kind.typename, missing);
    const merged = sources.map((id) => rows.get(id)!);

    const movedStatements =
      await tx.$executeRaw`UPDATE statement SET ${kind.speaker} = ${targetId} WHERE ${kind.speaker} = ANY(${sources}::int[])`;
    const movedMentions =
      await tx.$executeRaw`UPDATE ${kind.mention} SET ${kind.ref} = ${targetId} WHERE ${kind.ref} = ANY(${sources}::int[])`;
    // A statement may mention both: the link exists once.
    const movedLinks = await tx.$executeRaw`
      INSERT INTO ${kind.link} (statement_id, ${kind.ref}) SELECT statement_id, ${targetId} FROM ${kind.link} WHERE ${kind.ref} = ANY(${sources}::int[])
      ON CONFLICT DO NOTHING`;
    const aliases = distinctSorted([
      ...(target.aliases ?? []),
      ...merged.flatMap((row) => [row.name, ...(row.aliases ?? [])]),
    ]);
    const mergedKeys = distinctSorted([
      ...(target.merged_keys ?? []),
      ...merged.flatMap((row) => [row.name_key, ...(row.merged_keys ?? [])]),
    ]);
    const description = target.description ?? merged.find((row) => row.description)?.description ?? null;
    await tx.$executeRaw`DELETE FROM ${kind.table} WHERE id = ANY(${sources}::int[])`;
    await tx.$executeRaw`
      UPDATE ${kind.table} SET aliases = ${aliases}::text[], merged_keys = ${mergedKeys}::text[], description = ${description}, updated_at = CURRENT_TIMESTAMP
      WHERE id = ${targetId}`;
    const result = { targetId, mergedIds: sources, movedStatements, movedMentions, movedLinks, aliases, dryRun };
    if (dryRun) throw new DryRunRollback(result);
    return result;
  });
  return merge.catch((error: unknown) => {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  });
}
