import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArticleError, type ArticleInput, type InputOrigin } from './article-input.js';

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

/** Reads a `.txt` file in the sample layout, a `.json` file (one record or an array) or a `.jsonl` file. */
export async function readArticleFile(file: string): Promise<ReadResult> {
  const buffer = await readFile(file);
  const origin = { file };
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { articles: [], errors: [new InvalidArticleError('the file is not valid UTF-8 text', origin)] };
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return parseJsonLines(content, file);
  if (extension === '.json') return parseJsonDocument(content, file);
  try {
    return { articles: [{ input: parseTextLayout(content, origin), origin }], errors: [] };
  } catch (error) {
    if (error instanceof InvalidArticleError) return { articles: [], errors: [error] };
    throw error;
  }
}

/**
 * The sample layout: line 1 the article URL, then lines holding only an integer (kept as metadata),
 * then the body.
 */
export function parseTextLayout(content: string, origin: InputOrigin = {}): ArticleInput {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const url = lines[0]?.trim() ?? '';
  if (url === '') throw new InvalidArticleError('the file is empty; line 1 should hold the article URL', { ...origin, line: 1 });
  if (!/^https?:\/\/\S+$/i.test(url)) {
    throw new InvalidArticleError(`line 1 should hold the article URL, found "${url.slice(0, 80)}"`, { ...origin, line: 1 }, 'url');
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

function parseJsonLines(content: string, file: string): ReadResult {
  const result: ReadResult = { articles: [], errors: [] };
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const origin = { file, line: index + 1 };
    try {
      result.articles.push({ input: toArticleInput(parseJson(line, origin), origin), origin });
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      result.errors.push(error);
    }
  });
  if (result.articles.length === 0 && result.errors.length === 0) {
    result.errors.push(new InvalidArticleError('the file holds no records', { file }));
  }
  return result;
}

function parseJsonDocument(content: string, file: string): ReadResult {
  const result: ReadResult = { articles: [], errors: [] };
  try {
    const parsed = parseJson(content.replace(/^\uFEFF/, ''), { file });
    const records = Array.isArray(parsed) ? parsed : [parsed];
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

/** Checks the shape of one JSON record `{url, title?, publishedAt?, source?, text}`. */
export function toArticleInput(record: unknown, origin: InputOrigin): ArticleInput {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InvalidArticleError('expected a JSON object {url, text, title?, publishedAt?, source?}', origin);
  }
  const fields = record as Record<string, unknown>;
  for (const name of ['url', 'text'] as const) {
    if (typeof fields[name] !== 'string') {
      throw new InvalidArticleError(fields[name] === undefined ? 'is missing' : 'must be a string', origin, name);
    }
  }
  for (const name of ['title', 'publishedAt', 'source'] as const) {
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
  };
}
