import type { SqlRunner } from './sql-runner.js';

export type IngestStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface WriteResult {
  status: IngestStatus;
  articleId: number;
  /** Person and organization rows this article added. */
  entitiesCreated?: number;
  /** Statements stored for the article (0 when unchanged). */
  statements?: number;
}

/**
 * Stores one article and what was extracted from it (a payload from buildIngestPayload) in one call of
 * newsgraph_ingest_article: one statement, hence atomic on its own, and one round trip. The same URL
 * with the same content hash is left alone (UNCHANGED); with other text it is replaced (UPDATED).
 * newsgraph_syndicate_article then files the article among its syndicated copies, in the same statement.
 */
export async function writeArticle(sql: SqlRunner, payload: string): Promise<Required<WriteResult>> {
  const [row] = await sql.query<{
    ingest_status: IngestStatus;
    stored_article_id: number;
    created_entities: number;
    stored_statements: number;
  }>(
    `SELECT i.* FROM newsgraph_ingest_article($1::jsonb) AS i,
       LATERAL newsgraph_syndicate_article(i.stored_article_id, i.ingest_status,
         ARRAY(SELECT jsonb_array_elements_text($1::jsonb->'syndication'->'signature')::int),
         $1::jsonb->'syndication'->>'wire_service') AS s`,
    [payload],
  );
  return {
    status: row!.ingest_status,
    articleId: row!.stored_article_id,
    entitiesCreated: row!.created_entities,
    statements: row!.stored_statements,
  };
}
