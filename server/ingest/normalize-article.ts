import { createHash } from 'node:crypto';
import { InvalidArticleError, type ArticleInput, type InputOrigin } from './article-input.js';
import { canonicalUrl, dateFromPath, domainOf, outletFor, titleFromSlug } from './describe-url.js';

/** An article ready to store: every field present, the body as it will be kept. */
export interface NormalizedArticle {
  url: string;
  canonicalUrl: string;
  domain: string;
  outlet: string;
  title: string;
  publishedAt: Date | null;
  body: string;
  contentHash: string;
  metadata: number[];
}

export interface NormalizeOptions {
  /** Longest body accepted, in characters. @default 2_000_000 */
  maxBodyLength?: number;
}

/** Checks an input and derives what it does not say (outlet, date, title) from its URL. */
export function normalizeArticle(input: ArticleInput, origin: InputOrigin = {}, options: NormalizeOptions = {}): NormalizedArticle {
  const url = parseUrl(input.url, origin);
  const body = normalizeBody(input.text, origin, options.maxBodyLength ?? 2_000_000);
  const domain = domainOf(url);
  const title = input.title?.trim() || titleFromSlug(url) || firstLine(body);
  return {
    url: url.href,
    canonicalUrl: canonicalUrl(url),
    domain,
    outlet: input.source?.trim() || outletFor(domain),
    title,
    publishedAt: parsePublishedAt(input.publishedAt, origin) ?? dateFromPath(url) ?? null,
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
    metadata: input.metadata ?? [],
  };
}

function parseUrl(value: unknown, origin: InputOrigin): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArticleError('the article URL is missing', origin, 'url');
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InvalidArticleError(`"${clip(value)}" is not a URL`, origin, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArticleError(`"${clip(value)}" is not an http(s) URL`, origin, 'url');
  }
  return url;
}

/** Line endings become \n and outer whitespace goes: offsets then mean the same on every platform. */
function normalizeBody(value: unknown, origin: InputOrigin, maxBodyLength: number): string {
  if (typeof value !== 'string') throw new InvalidArticleError('the article text is missing', origin, 'text');
  const body = value.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (body === '') throw new InvalidArticleError('the article text is empty', origin, 'text');
  if (body.includes('\u0000')) throw new InvalidArticleError('the article text holds NUL bytes: binary data, not text', origin, 'text');
  if (body.length > maxBodyLength) {
    throw new InvalidArticleError(`the article text has ${body.length} characters, more than the limit of ${maxBodyLength}`, origin, 'text');
  }
  return body;
}

function parsePublishedAt(value: unknown, origin: InputOrigin): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new InvalidArticleError(`"${clip(String(value))}" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)`, origin, 'publishedAt');
  }
  return date;
}

function firstLine(body: string): string {
  return clip(body.split('\n', 1)[0] ?? '', 120);
}

function clip(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
