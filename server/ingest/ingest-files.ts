import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../db/prisma-client.js';
import { InvalidArticleError } from './article-input.js';
import { fileKind, unreadable } from './file-problems.js';
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
  return (await findArticleFiles(paths)).files;
}

export interface FoundArticleFiles {
  /** Regular files to read, sorted. */
  files: string[];
  /** What was named or found and will not be read, each with why (`file: reason`, reported as a failure). */
  skipped: InvalidArticleError[];
}

/**
 * The article files under the given paths. A path named on the command line is followed if it is a
 * symbolic link; inside a folder, only regular files and folders are taken: a symbolic link there is
 * skipped (it could lead anywhere, /etc/passwd included), and so are FIFOs, sockets and devices. Every
 * entry with an article file's name that is skipped, every folder that cannot be read and every named
 * folder without articles is reported with its reason, so that a run never ends "0 failed" in silence.
 */
export async function findArticleFiles(paths: string[]): Promise<FoundArticleFiles> {
  const files: string[] = [];
  const skipped: InvalidArticleError[] = [];
  const skip = (file: string, reason: string) => skipped.push(new InvalidArticleError(reason, { file }));
  for (const entry of paths) {
    const info = await stat(entry).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (info.code === 'ENOENT') throw new Error(`${entry}: no such file or folder`);
      skip(entry, unreadable(info));
      continue;
    }
    if (!info.isDirectory()) {
      // A named non-regular file is refused by the reader, with what it is.
      files.push(entry);
      continue;
    }
    const before = files.length + skipped.length;
    const folders = [entry];
    while (folders.length > 0) {
      const folder = folders.pop()!;
      const children = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => error);
      if (children instanceof Error) {
        skip(folder, `the folder ${unreadable(children)}`);
        continue;
      }
      for (const child of children) {
        const target = path.join(folder, child.name);
        if (child.isDirectory()) folders.push(target);
        else if (!ARTICLE_FILE.test(child.name)) continue;
        else if (child.isFile()) files.push(target);
        else if (child.isSymbolicLink())
          skip(target, 'a symbolic link inside a folder: not followed (name the file itself to read it)');
        else skip(target, `not a regular file (${fileKind(child)})`);
      }
    }
    if (files.length + skipped.length === before)
      skip(entry, 'the folder holds no article files (.txt, .json, .jsonl, .ndjson)');
  }
  return { files: files.sort(), skipped };
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
