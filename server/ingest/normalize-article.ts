import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { InvalidArticleError, type ArticleInput, type InputOrigin } from './article-input.js';
import { malformedText } from './malformed-text.js';
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
  /** The language the input named (ISO 639-1, lower case), or null to detect it from the text. */
  language: string | null;
}

export interface NormalizeOptions {
  /** Largest article text accepted, in UTF-8 bytes as received. @default maxArticleBytes() */
  maxArticleBytes?: number;
  /** Longest body accepted, in characters (checked as well when given). */
  maxBodyLength?: number;
}

/**
 * The default largest article, in UTF-8 bytes: 2 MB, about 300 000 words, some twenty times the longest
 * feature. Extraction costs about 2 s of CPU per MB, and PostgreSQL's search vector of the body has to fit
 * in 1 MB. NEWSGRAPH_MAX_ARTICLE_BYTES changes it for the server, the CLI and the readers alike.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;

/** The largest article accepted: NEWSGRAPH_MAX_ARTICLE_BYTES, else DEFAULT_MAX_ARTICLE_BYTES. */
export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const setting = env.NEWSGRAPH_MAX_ARTICLE_BYTES?.trim();
  if (!setting) return DEFAULT_MAX_ARTICLE_BYTES;
  const value = Number(setting.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`NEWSGRAPH_MAX_ARTICLE_BYTES must be a whole number of bytes, not "${setting}".`);
  }
  return value;
}

/** Longest URL accepted: what browsers and sitemaps agree on, and well inside a btree index entry. */
export const MAX_URL_LENGTH = 2_048;
/** Longest title and outlet name accepted (the outlet is indexed). */
const MAX_TITLE_LENGTH = 1_000;
const MAX_SOURCE_LENGTH = 200;

/** Checks an input and derives what it does not say (outlet, date, title) from its URL. */
export function normalizeArticle(
  input: ArticleInput,
  origin: InputOrigin = {},
  options: NormalizeOptions = {},
): NormalizedArticle {
  for (const field of ['url', 'title', 'publishedAt', 'source'] as const) {
    const value = input[field];
    const malformed = typeof value === 'string' ? malformedText(value) : undefined;
    if (malformed) throw new InvalidArticleError(malformed, origin, field);
  }
  const url = parseUrl(input.url, origin);
  const body = normalizeBody(input.text, origin, options);
  const domain = domainOf(url);
  const title =
    checkLength(input.title?.trim(), MAX_TITLE_LENGTH, 'title', origin) || titleFromSlug(url) || firstLine(body);
  return {
    url: url.href,
    canonicalUrl: canonicalUrl(url),
    domain,
    outlet: checkLength(input.source?.trim(), MAX_SOURCE_LENGTH, 'source', origin) || outletFor(domain),
    title,
    publishedAt: parsePublishedAt(input.publishedAt, origin) ?? dateFromPath(url) ?? null,
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
    metadata: input.metadata ?? [],
    language: parseLanguage(input.language, origin),
  };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639-1 code ("de", "FR"), lower-cased; a code Unicode's language list does not know is refused. */
function parseLanguage(value: unknown, origin: InputOrigin): string | null {
  if (value === undefined || value === null || value === '') return null;
  const code = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!/^[a-z]{2}$/.test(code) || !languageNames.of(code)) {
    throw new InvalidArticleError(
      `"${clip(String(value))}" is not an ISO 639-1 language code (two letters, such as "en", "de" or "fr")`,
      origin,
      'language',
    );
  }
  return code;
}

function parseUrl(value: unknown, origin: InputOrigin): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArticleError('the article URL is missing', origin, 'url');
  }
  if (value.length > MAX_URL_LENGTH) {
    throw new InvalidArticleError(
      `the URL has ${value.length.toLocaleString('en-US')} characters, more than the limit of ${MAX_URL_LENGTH.toLocaleString('en-US')}`,
      origin,
      'url',
    );
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

function checkLength(value: string | undefined, max: number, field: string, origin: InputOrigin): string | undefined {
  if (value && value.length > max) {
    throw new InvalidArticleError(
      `has ${value.length.toLocaleString('en-US')} characters, more than the limit of ${max.toLocaleString('en-US')}`,
      origin,
      field,
    );
  }
  return value;
}

/**
 * The body as it will be stored: size checked first (before any other work), a BOM dropped, line
 * endings made \n, binary data and unpaired surrogates refused, HTML turned into text, outer whitespace
 * trimmed. Offsets then mean the same on every platform.
 */
function normalizeBody(value: unknown, origin: InputOrigin, options: NormalizeOptions): string {
  if (typeof value !== 'string') throw new InvalidArticleError('the article text is missing', origin, 'text');
  const maxBytes = options.maxArticleBytes ?? maxArticleBytes();
  // A UTF-8 byte is at most one UTF-16 unit: only a string longer than the limit in units needs counting.
  const bytes = value.length > maxBytes / 3 ? Buffer.byteLength(value, 'utf8') : 0;
  if (bytes > maxBytes) throw new InvalidArticleError(tooLarge(bytes, maxBytes), origin, 'text');
  if (value.trim() === '') {
    throw new InvalidArticleError(
      value === '' ? 'the article text is empty' : 'the article text is empty: it holds only whitespace',
      origin,
      'text',
    );
  }
  const binary = binaryEvidence(value);
  if (binary) throw new InvalidArticleError(`the article text is binary data, not text (${binary})`, origin, 'text');
  const malformed = malformedText(value);
  if (malformed) throw new InvalidArticleError(`the article text is ${malformed}`, origin, 'text');
  let body = value.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (looksLikeHtml(body)) {
    try {
      body = htmlToText(body);
    } catch (error) {
      if (error instanceof HtmlTooDeepError) throw new InvalidArticleError(error.message, origin, 'text');
      throw error;
    }
  }
  body = body.trim();
  if (body === '')
    throw new InvalidArticleError('the article text is empty once its HTML tags are removed', origin, 'text');
  if (options.maxBodyLength !== undefined && body.length > options.maxBodyLength) {
    throw new InvalidArticleError(
      `the article text has ${body.length} characters, more than the limit of ${options.maxBodyLength}`,
      origin,
      'text',
    );
  }
  return body;
}

/** The refusal of an article over the size limit, the same from every path. */
export function tooLarge(bytes: number, maxBytes: number): string {
  return `the article is ${bytes.toLocaleString('en-US')} bytes, over the limit of ${maxBytes.toLocaleString('en-US')} bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`;
}

/**
 * Why a text is taken for binary data, or undefined: a NUL character (PostgreSQL cannot store one, and no
 * text file holds one), or control characters other than tab, line feed, form feed and carriage return
 * making up more than 1% of the text.
 */
export function binaryEvidence(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return `a NUL character at character ${nul}`;
  let controls = 0;
  let first = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) {
      controls++;
      if (first === -1) first = index;
    }
  }
  return controls > 8 && controls > text.length / 100
    ? `${controls} control characters, the first at character ${first}`
    : undefined;
}

// HTML is recognised by a document marker, or by three or more tags of HTML's own vocabulary: a text that
// mentions one tag ("the <p> element") stays text.
const HTML_DOCUMENT = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG =
  /<\/?(?:p|div|br|hr|span|a|b|i|u|em|strong|small|sup|sub|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|q|cite|figure|figcaption|img|picture|source|article|section|header|footer|nav|main|aside|table|thead|tbody|tr|td|th|script|style|noscript|iframe|meta|link|title|time|pre|code|font|center|video|audio)(?:\s[^<>]*)?\/?>/gi;

/** Whether a text is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_DOCUMENT.test(text)) return true;
  HTML_TAG.lastIndex = 0;
  let tags = 0;
  while (HTML_TAG.exec(text) !== null) {
    if (++tags >= 3) return true;
  }
  return false;
}

// What HTML holds that is not the article's text.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
  'nav',
  'form',
]);
// Elements that start and end a paragraph; <br> is a line break inside one.
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'pre',
  'hr',
  'address',
  'details',
  'summary',
  'caption',
  'body',
  'html',
]);

/**
 * How deep HTML elements may nest. Real pages stay under a hundred; 100 000 nested `<div>` made the
 * parser (and everything waiting for it) spend seconds, for no text at all.
 */
export const MAX_HTML_NESTING = 500;

/** The HTML nests deeper than MAX_HTML_NESTING. */
export class HtmlTooDeepError extends Error {
  constructor() {
    super(
      `the article's HTML nests elements more than ${MAX_HTML_NESTING} deep, which no article needs (a document built to exhaust the parser?)`,
    );
    this.name = 'HtmlTooDeepError';
  }
}

/**
 * HTML to the plain text the extractor reads: tags stripped, entities decoded, scripts, styles, navigation
 * and forms dropped, non-breaking spaces made plain, each block element (p, div, h1-h6, li, blockquote, …) a paragraph of its own,
 * separated by a blank line, <br> a line break, runs of whitespace one space.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  let depth = 0;
  const endParagraph = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        // Void elements (<br>, <img>) are closed at once: onclosetag follows for every element.
        if (++depth > MAX_HTML_NESTING) throw new HtmlTooDeepError();
        if (SKIPPED.has(name)) skipping++;
        else if (skipping === 0 && BLOCKS.has(name)) endParagraph();
        else if (skipping === 0 && name === 'br') current += '\n';
        else if (skipping === 0 && (name === 'td' || name === 'th')) current += ' ';
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (skipping === 0 && BLOCKS.has(name)) endParagraph();
      },
      ontext(text) {
        // &nbsp; too: the extractor reads names and sentences across plain spaces.
        if (skipping === 0) current += text.replace(/[\s\u00a0]+/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();
  return paragraphs.join('\n\n');
}

/**
 * Dates are YYYY-MM-DD or ISO 8601 date-times; a date-time without a zone is taken as UTC (never the
 * server's zone), and a day that does not exist (2016-02-30) is refused, not rolled over.
 */
function parsePublishedAt(value: unknown, origin: InputOrigin): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const refuse = () =>
    new InvalidArticleError(
      `"${clip(String(value))}" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time such as 2016-10-11T14:30:00Z)`,
      origin,
      'publishedAt',
    );
  const match =
    typeof value === 'string'
      ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
          value.trim(),
        )
      : null;
  if (!match) throw refuse();
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const realDay =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day);
  if (!realDay || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw refuse();
  const text = value as string;
  const date = new Date(
    match[4] === undefined
      ? `${year}-${month}-${day}T00:00:00Z`
      : zone
        ? text.trim().replace(' ', 'T')
        : `${text.trim().replace(' ', 'T')}Z`,
  );
  if (Number.isNaN(date.getTime())) throw refuse();
  return date;
}

function firstLine(body: string): string {
  return clip(body.split('\n', 1)[0] ?? '', 120);
}

function clip(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
