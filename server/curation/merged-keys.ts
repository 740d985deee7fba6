/** Runs one SQL statement with positional parameters (the ingestion's SqlRunner fits). */
export interface QueryRunner {
  query<T>(sql: string, parameters: unknown[]): Promise<T[]>;
}

/**
 * Maps name keys that a merge or a rename folded into another entity to that entity's key, so that an
 * article naming a merged-away entity lands on the one it was merged into instead of re-creating it.
 * For ingestion: call it on the keys before the upsert (one statement; GIN index on merged_keys).
 */
export async function followMergedKeys(
  sql: QueryRunner,
  table: 'person' | 'organization',
  keys: string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.query<{ merged: string; name_key: string }>(
    `SELECT DISTINCT ON (merged) merged, name_key FROM "${table}", unnest(merged_keys) AS merged
     WHERE merged_keys && $1::text[] AND merged = ANY($1::text[]) ORDER BY merged, id`,
    [keys],
  );
  return new Map(rows.map((row) => [row.merged, row.name_key]));
}
