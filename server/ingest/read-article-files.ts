import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArticleError, type ArticleInput, type InputOrigin } from './article-input.js';
import { fileKind, unreadable } from './file-problems.js';
import { maxArticleBytes } from './normalize-article.js';
import { firstInvalidUtf8 } from '../text/first-invalid-utf8.js';

/** One article read from a file, with where it stands there. */
export interface ReadArticle {
  input: ArticleInput;
  origin: InputOrigin;
}

export interface ReadResult {
  articles: ReadArticle[];
  /** Records that could not be read; the others still count (one broken JSONL line does not sink a file). */
  errors: InvalidArticleError[];
}

export interface ReadOptions {
  /** Largest article, in bytes. @default maxArticleBytes() (NEWSGRAPH_MAX_ARTICLE_BYTES) */
  maxArticleBytes?: number;
}

/** Room in a text-layout file for the URL and metadata lines next to an article of the largest size. */
const TEXT_LAYOUT_SLACK = 64 * 1024;
/** A .json file is parsed whole: it may hold this many largest articles' worth of bytes. */
export const JSON_FILE_FACTOR = 16;

/**
 * Reads a `.txt` file in the sample layout, a `.json` file (one record or an array) or a `.jsonl` file.
 * The file's size is checked before it is read: an oversized file is refused without loading it.
 */
export async function readArticleFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const origin = { file };
  const refuse = (reason: string, where: InputOrigin = origin): ReadResult => ({
    articles: [],
    errors: [new InvalidArticleError(reason, where)],
  });
  const extension = path.extname(file).toLowerCase();
  const json = extension === '.json' || extension === '.jsonl' || extension === '.ndjson';
  const maxBytes = options.maxArticleBytes ?? maxArticleBytes();
  let size: number;
  let buffer: Buffer | undefined;
  try {
    const info = await stat(file);
    // A FIFO would block the run (or read as "empty"), a device would never end.
    if (!info.isFile()) return refuse(`not a regular file (${fileKind(info)})`);
    size = info.size;
  } catch (error) {
    return refuse(unreadable(error as NodeJS.ErrnoException));
  }
  if (json && size > maxBytes * JSON_FILE_FACTOR) {
    return refuse(
      `the file is ${size.toLocaleString('en-US')} bytes; a JSON file is read whole and may hold at most ${(maxBytes * JSON_FILE_FACTOR).toLocaleString('en-US')} bytes ` +
        `(${JSON_FILE_FACTOR} × NEWSGRAPH_MAX_ARTICLE_BYTES): split it, or write it as JSON Lines (.jsonl), which \`newsgraph ingest\` streams`,
    );
  }
  if (!json && size > maxBytes + TEXT_LAYOUT_SLACK) {
    return refuse(
      `the file is ${size.toLocaleString('en-US')} bytes, over the limit of ${maxBytes.toLocaleString('en-US')} bytes for one article (NEWSGRAPH_MAX_ARTICLE_BYTES); it was not read`,
    );
  }
  if (size === 0)
    return refuse(
      json ? 'the file is empty: it holds no records' : 'the file is empty; line 1 should hold the article URL',
      json ? origin : { file, line: 1 },
    );
  try {
    buffer = await readFile(file);
  } catch (error) {
    return refuse(unreadable(error as NodeJS.ErrnoException));
  }
  if (extension === '.jsonl' || extension === '.ndjson') return parseJsonLines(buffer, file);

  const encodingProblem = describeEncodingProblem(buffer);
  if (encodingProblem) return refuse(encodingProblem);
  const content = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  if (content.trim() === '') {
    return refuse(
      json
        ? 'the file holds only whitespace: no records'
        : 'the file holds only whitespace; line 1 should hold the article URL',
      json ? origin : { file, line: 1 },
    );
  }
  if (json) return parseJsonDocument(content, file);
  try {
    return { articles: [{ input: parseTextLayout(content, origin), origin }], errors: [] };
  } catch (error) {
    if (error instanceof InvalidArticleError) return { articles: [], errors: [error] };
    throw error;
  }
}

/**
 * Why bytes are not UTF-8 text, with the place (byte offset and line), or undefined when they are:
 * UTF-16 (a byte-order mark of its own), binary data (a NUL byte), or bytes that are not UTF-8.
 */
export function describeEncodingProblem(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8';
  }
  const lineAt = (offset: number) => {
    let line = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
    return line;
  };
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return `the file holds binary data, not text: a NUL byte at byte ${nul.toLocaleString('en-US')} (line ${lineAt(nul)})`;
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return `the file is not valid UTF-8 text: byte 0x${hex} at byte ${invalid.toLocaleString('en-US')} (line ${lineAt(invalid)}) starts no UTF-8 character; save it as UTF-8`;
  }
  return undefined;
}

/**
 * The sample layout: line 1 the article URL, then lines holding only an integer (kept as metadata),
 * then the body.
 */
export function parseTextLayout(content: string, origin: InputOrigin = {}): ArticleInput {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const url = lines[0]?.trim() ?? '';
  if (url === '') {
    const reason =
      content.trim() === ''
        ? content === ''
          ? 'the file is empty'
          : 'the file holds only whitespace'
        : 'line 1 is blank';
    throw new InvalidArticleError(`${reason}; line 1 should hold the article URL`, { ...origin, line: 1 });
  }
  if (!/^https?:\/\/\S+$/i.test(url)) {
    throw new InvalidArticleError(
      // Never quoted: the file may not be an article at all (a link to /etc/passwd), and its content is not ours to echo.
      `line 1 should hold the article URL (http:// or https://), but holds ${url.length.toLocaleString('en-US')} characters that are not one`,
      { ...origin, line: 1 },
      'url',
    );
  }
  const metadata: number[] = [];
  let bodyStart = 1;
  for (; bodyStart < lines.length; bodyStart++) {
    const line = lines[bodyStart]!.trim();
    if (/^-?\d+$/.test(line)) metadata.push(Number(line));
    else if (line !== '') break;
  }
  const text = lines.slice(bodyStart).join('\n');
  if (text.trim() === '') {
    throw new InvalidArticleError('the article has a URL but no body text', { ...origin, line: bodyStart + 1 }, 'text');
  }
  return { url, text, metadata };
}

/**
 * One record a line; each line is decoded and parsed on its own, so a line that is not UTF-8 or not JSON
 * is reported with its number and the others still count.
 */
function parseJsonLines(buffer: Uint8Array, file: string): ReadResult {
  const result: ReadResult = { articles: [], errors: [] };
  let blank = true;
  let start = 0;
  for (let lineNumber = 1; start <= buffer.length; lineNumber++) {
    let end = buffer.indexOf(0x0a, start);
    if (end === -1) end = buffer.length;
    const line = readJsonLine(buffer.subarray(start, end), { file, line: lineNumber });
    start = end + 1;
    if (line) blank = false;
    if (line && 'error' in line) result.errors.push(line.error);
    else if (line) result.articles.push(line);
  }
  if (blank) result.errors.push(new InvalidArticleError('the file holds only whitespace: no records', { file }));
  return result;
}

const lineDecoder = new TextDecoder('utf-8');

/**
 * One line of a JSON Lines file, as bytes: its article, or why it is not one (not UTF-8, not JSON, not an
 * article), or undefined for a blank line. The BOM of line 1 is dropped.
 */
export function readJsonLine(
  bytes: Uint8Array,
  origin: { file: string; line: number },
): ReadArticle | { error: InvalidArticleError } | undefined {
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return {
      error: new InvalidArticleError(
        `not valid UTF-8 text: byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} at column ${invalid + 1}`,
        origin,
      ),
    };
  }
  let line = lineDecoder.decode(bytes);
  if (origin.line === 1) line = line.replace(/^\uFEFF/, '');
  if (line.trim() === '') return undefined;
  try {
    return { input: toArticleInput(parseJson(line, origin), origin), origin };
  } catch (error) {
    if (!(error instanceof InvalidArticleError)) throw error;
    return { error };
  }
}

function parseJsonDocument(content: string, file: string): ReadResult {
  const result: ReadResult = { articles: [], errors: [] };
  try {
    const parsed = parseJson(content, { file });
    const records = Array.isArray(parsed) ? parsed : [parsed];
    if (records.length === 0)
      result.errors.push(new InvalidArticleError('the file holds an empty array: no records', { file }));
    records.forEach((record, index) => {
      const origin = { file, line: Array.isArray(parsed) ? undefined : 1 };
      const where = Array.isArray(parsed) ? { ...origin, record: index } : origin;
      try {
        result.articles.push({ input: toArticleInput(record, where), origin: where });
      } catch (error) {
        if (!(error instanceof InvalidArticleError)) throw error;
        result.errors.push(error);
      }
    });
  } catch (error) {
    if (!(error instanceof InvalidArticleError)) throw error;
    result.errors.push(error);
  }
  return result;
}

function parseJson(text: string, origin: InputOrigin): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidArticleError(`invalid JSON (${(error as Error).message})`, origin);
  }
}

/** Checks the shape of one JSON record `{url, text, title?, publishedAt?, source?, language?}`. */
export function toArticleInput(record: unknown, origin: InputOrigin): ArticleInput {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InvalidArticleError(
      'expected a JSON object {url, text, title?, publishedAt?, source?, language?}',
      origin,
    );
  }
  const fields = record as Record<string, unknown>;
  for (const name of ['url', 'text'] as const) {
    if (typeof fields[name] !== 'string') {
      throw new InvalidArticleError(fields[name] === undefined ? 'is missing' : 'must be a string', origin, name);
    }
  }
  for (const name of ['title', 'publishedAt', 'source', 'language'] as const) {
    if (fields[name] !== undefined && fields[name] !== null && typeof fields[name] !== 'string') {
      throw new InvalidArticleError('must be a string', origin, name);
    }
  }
  return {
    url: fields.url as string,
    text: fields.text as string,
    title: fields.title as string | undefined,
    publishedAt: fields.publishedAt as string | undefined,
    source: fields.source as string | undefined,
    language: fields.language as string | undefined,
  };
}
