import { readFileSync } from 'node:fs';
import { parseTextLayout } from '../../server/ingest/read-article-files.js';

/** The product's specification sample, as the API's ArticleInput. */
export const SAMPLE_ARTICLE = parseTextLayout(
  readFileSync(new URL('../fixtures/articles/putin-cancels-paris-visit.txt', import.meta.url), 'utf8'),
);
export const SAMPLE_URL = SAMPLE_ARTICLE.url;
