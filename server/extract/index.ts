/**
 * The statement extractor: article text in, entities, statements (who said what) and boilerplate out.
 * Pure and synchronous; never throws (a failure yields an empty result for that article).
 */
import { extractArticle } from './extract-article.js';
import type { Extraction } from './types.js';

export * from './types.js';

export function extract(text: string): Extraction {
  try {
    if (typeof text !== 'string' || text.length === 0) return empty();
    return extractArticle(text);
  } catch {
    return empty();
  }
}

function empty(): Extraction {
  return { entities: [], statements: [], boilerplate: [] };
}
