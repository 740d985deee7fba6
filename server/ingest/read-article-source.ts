import { createReadStream } from 'node:fs';
import path from 'node:path';
import { InvalidArticleError } from './article-input.js';
import { unreadable } from './file-problems.js';
import { readArticleFile, readJsonLine, type ReadArticle } from './read-article-files.js';

/** What a source yields: an article with where it stands, or a record that could not be read. */
export type SourceItem =
  ({ kind: 'article'; bytes: number } & ReadArticle) | { kind: 'error'; error: InvalidArticleError };

const isJsonLines = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

/**
 * Every article in the files, in order. JSON Lines files are streamed line by line, so a corpus of any
 * size is read in constant memory; text and JSON files are small and read whole.
 */
export async function* readArticleSource(
  files: string[],
  /** Paths found but not read (findArticleFiles' `skipped`): reported first, as failures. */
  skipped: InvalidArticleError[] = [],
): AsyncGenerator<SourceItem> {
  for (const error of skipped) yield { kind: 'error', error };
  for (const file of files) {
    if (isJsonLines(file)) {
      yield* readJsonLines(file);
      continue;
    }
    const { articles, errors } = await readArticleFile(file);
    for (const error of errors) yield { kind: 'error', error };
    for (const article of articles) yield { kind: 'article', bytes: Buffer.byteLength(article.input.text), ...article };
  }
}

/** Split on newline bytes, so each line is decoded on its own: one line that is not UTF-8 is one error. */
async function* readJsonLines(file: string): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  let records = 0;
  const parse = (bytes: Buffer): SourceItem | undefined => {
    const line = readJsonLine(bytes, { file, line: ++lineNumber });
    if (!line) return undefined;
    records++;
    return 'error' in line ? { kind: 'error', error: line.error } : { kind: 'article', bytes: bytes.length, ...line };
  };
  let pending = Buffer.alloc(0);
  const stream = createReadStream(file);
  // Opening fails on the first read (EACCES): one `file: reason` line, and the run goes on.
  const opened = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    stream.once('ready', () => resolve(undefined));
    stream.once('error', resolve);
  });
  if (opened) {
    yield { kind: 'error', error: new InvalidArticleError(unreadable(opened), { file }) };
    return;
  }
  for await (const chunk of stream) {
    const buffer = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let end = buffer.indexOf(0x0a); end !== -1; end = buffer.indexOf(0x0a, start)) {
      const item = parse(buffer.subarray(start, end));
      start = end + 1;
      if (item) yield item;
    }
    // Copied: the rest of the line must not keep the whole chunk alive.
    pending = Buffer.from(buffer.subarray(start));
  }
  const last = parse(pending);
  if (last) yield last;
  if (records === 0) yield { kind: 'error', error: new InvalidArticleError('the file holds no records', { file }) };
}

/**
 * How many records the files hold, for the progress bar's total: non-blank lines of JSON Lines files
 * (counted on bytes, without parsing), records of JSON files, one per text file.
 */
export async function countArticles(files: string[], skipped: unknown[] = []): Promise<number> {
  let total = skipped.length;
  for (const file of files) {
    if (isJsonLines(file)) total += await countNonBlankLines(file).catch(() => 1);
    else if (path.extname(file).toLowerCase() === '.json') {
      const { articles, errors } = await readArticleFile(file);
      total += articles.length + errors.length;
    } else total += 1;
  }
  return total;
}

async function countNonBlankLines(file: string): Promise<number> {
  let count = 0;
  let content = false;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (content) count++;
        content = false;
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) content = true;
    }
  }
  return content ? count + 1 : count;
}
