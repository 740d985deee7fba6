import type { PrismaClient } from '../db/prisma-client.js';
import { extractInLanguage } from './extract-in-language.js';
import type { ExtractionPool } from './extraction-pool.js';
import { buildIngestPayload } from './ingest-payload.js';
import { articleIngestSeconds, articlesIngested } from './ingest-metrics.js';
import type { NormalizedArticle } from './normalize-article.js';
import { retryTransaction } from './retry-transaction.js';
import { prismaRunner } from './sql-runner.js';
import { writeArticle, type IngestStatus, type WriteResult } from './write-article.js';

export type { IngestStatus };

export interface IngestResult extends WriteResult {}

/**
 * Stores one article with everything extracted from it, atomically: either all of it lands or none. An
 * article already stored with the same text is left as it is; one whose text changed is re-extracted and
 * replaced. (The API's mutation; bulk ingestion writes through the same SQL function.)
 */
export async function ingestArticle(
  prisma: PrismaClient,
  article: NormalizedArticle,
  /** Where to extract: a server must never extract on its event loop. In this thread when absent (seeding). */
  pool?: ExtractionPool,
): Promise<IngestResult> {
  const stopTimer = articleIngestSeconds.startTimer();
  try {
    const result = await ingestOnce(prisma, article, pool);
    articlesIngested.inc({ status: result.status });
    return result;
  } catch (error) {
    articlesIngested.inc({ status: 'FAILED' });
    throw error;
  } finally {
    stopTimer();
  }
}

async function ingestOnce(
  prisma: PrismaClient,
  article: NormalizedArticle,
  pool?: ExtractionPool,
): Promise<IngestResult> {
  const existing = await prisma.article.findUnique({
    where: { canonicalUrl: article.canonicalUrl },
    select: { id: true, contentHash: true },
  });
  if (existing?.contentHash === article.contentHash)
    return { status: 'UNCHANGED', articleId: existing.id, entitiesCreated: 0, statements: 0 };

  // Extraction is pure CPU work: done before writing, so no locks are held meanwhile.
  const payload = pool
    ? (await pool.prepare(article)).payload
    : buildIngestPayload(article, await extractInLanguage(article));
  return retryTransaction(() => writeArticle(prismaRunner(prisma), payload));
}
