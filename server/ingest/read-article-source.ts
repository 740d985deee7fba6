import { createReadStream } from 'node:fs';
import path from 'node:path';
import { InvalidArticleError } from './article-input.js';
import { readArticleFile, toArticleInput, type ReadArticle } from './read-article-files.js';

/** What a source yields: an article with where it stands, or a record that could not be read. */
export type SourceItem = ({ kind: 'article'; bytes: number } & ReadArticle) | { kind: 'error'; error: InvalidArticleError };

const isJsonLines = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

/**
 * Every article in the files, in order. JSON Lines files are streamed line by line, so a corpus of any
 * size is read in constant memory; text and JSON files are small and read whole.
 */
export async function* readArticleSource(files: string[]): AsyncGenerator<SourceItem> {
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

async function* readJsonLines(file: string): AsyncGenerator<SourceItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let lineNumber = 0;
  let records = 0;
  const parse = (line: string): SourceItem | undefined => {
    lineNumber++;
    if (line.trim() === '') return undefined;
    records++;
    const origin = { file, line: lineNumber };
    try {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new InvalidArticleError(`invalid JSON (${(error as Error).message})`, origin);
      }
      return { kind: 'article', bytes: Buffer.byteLength(line), input: toArticleInput(record, origin), origin };
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      return { kind: 'error', error };
    }
  };
  try {
    for await (const chunk of createReadStream(file)) {
      pending += decoder.decode(chunk as Buffer, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const item = parse(lineNumber === 0 ? line.replace(/^\uFEFF/, '') : line);
        if (item) yield item;
      }
    }
    pending += decoder.decode();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error; // TextDecoder's way of saying "not UTF-8"
    yield { kind: 'error', error: new InvalidArticleError('the file is not valid UTF-8 text from here on', { file, line: lineNumber + 1 }) };
    return;
  }
  const last = parse(pending);
  if (last) yield last;
  if (records === 0) yield { kind: 'error', error: new InvalidArticleError('the file holds no records', { file }) };
}

/**
 * How many records the files hold, for the progress bar's total: non-blank lines of JSON Lines files
 * (counted on bytes, without parsing), records of JSON files, one per text file.
 */
export async function countArticles(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (isJsonLines(file)) total += await countNonBlankLines(file);
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
