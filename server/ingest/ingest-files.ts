import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../db/prisma-client.js';
import { InvalidArticleError } from './article-input.js';
import { ingestArticle, type IngestStatus } from './ingest-article.js';
import { normalizeArticle } from './normalize-article.js';
import { readArticleFile } from './read-article-files.js';

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Each failure names its file, line and reason. */
  failed: { file?: string; line?: number; message: string }[];
}

const ARTICLE_FILE = /\.(txt|json|jsonl|ndjson)$/i;

/** Every article file under the given paths (folders are walked), sorted so runs are repeatable. */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    const info = await stat(entry).catch(() => undefined);
    if (!info) throw new Error(`${entry}: no such file or folder`);
    if (info.isDirectory()) {
      const children = await readdir(entry, { recursive: true, withFileTypes: true });
      files.push(
        ...children
          .filter((child) => child.isFile() && ARTICLE_FILE.test(child.name))
          .map((child) => path.join(child.parentPath, child.name)),
      );
    } else {
      files.push(entry);
    }
  }
  return files.sort();
}

/**
 * Reads, checks and ingests every article in the files, one transaction per article, in this thread:
 * for a handful of files (the seed articles). `newsgraph ingest` uses bulkIngest, which scales.
 */
export async function ingestFiles(
  prisma: PrismaClient,
  files: string[],
  onArticle?: (status: IngestStatus | 'FAILED') => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { created: 0, updated: 0, unchanged: 0, failed: [] };
  const fail = (error: InvalidArticleError) => {
    summary.failed.push({ file: error.origin.file, line: error.origin.line, message: error.message });
    onArticle?.('FAILED');
  };
  for (const file of files) {
    const { articles, errors } = await readArticleFile(file);
    errors.forEach(fail);
    for (const { input, origin } of articles) {
      let normalized;
      try {
        normalized = normalizeArticle(input, origin);
      } catch (error) {
        if (error instanceof InvalidArticleError) {
          fail(error);
          continue;
        }
        throw error;
      }
      const { status } = await ingestArticle(prisma, normalized);
      summary[status.toLowerCase() as 'created' | 'updated' | 'unchanged']++;
      onArticle?.(status);
    }
  }
  return summary;
}
