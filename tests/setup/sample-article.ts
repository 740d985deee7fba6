import { readFileSync } from 'node:fs';
import { parseTextLayout } from '../../server/ingest/read-article-files.js';

const parsed = parseTextLayout(
  readFileSync(new URL('../fixtures/articles/putin-cancels-paris-visit.txt', import.meta.url), 'utf8'),
);

/** The product's specification sample, as the API's ArticleInput (named like Article's fields). */
export const SAMPLE_ARTICLE = { url: parsed.url, body: parsed.text };
export const SAMPLE_URL = SAMPLE_ARTICLE.url;
