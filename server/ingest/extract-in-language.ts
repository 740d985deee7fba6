import { detectLanguage } from '../extract/detect-language.js';
import { extractsLanguage } from '../extract/extraction-languages.js';
import { extract, type Extraction } from '../extract/index.js';
import type { NormalizedArticle } from './normalize-article.js';

/** Whether an article's statements and entities were extracted (the database enum ExtractionStatus). */
export type ExtractionStatus = 'DONE' | 'SKIPPED_LANGUAGE';

/** An article's language and what was extracted from it. */
export interface LanguageExtraction {
  /** ISO 639-1: as the input named it, else detected from the body. */
  language: string;
  status: ExtractionStatus;
  /** Empty when the extractor does not know the language. */
  extraction: Extraction;
}

/**
 * The article with its language: the one given, else detected. Bulk ingestion detects on its main
 * thread, so that the detector is loaded once per process rather than once per extraction thread.
 */
export async function withLanguage(article: NormalizedArticle): Promise<NormalizedArticle & { language: string }> {
  return { ...article, language: article.language ?? (await detectLanguage(article.body)) };
}

/**
 * The article's language, then extraction only in a language the extractor was trained for: English
 * rules run on German text find "statements" that are not there, so other languages get none.
 */
export async function extractInLanguage(article: NormalizedArticle): Promise<LanguageExtraction> {
  const { language } = await withLanguage(article);
  if (!extractsLanguage(language))
    return { language, status: 'SKIPPED_LANGUAGE', extraction: { entities: [], statements: [], boilerplate: [] } };
  return { language, status: 'DONE', extraction: extract(article.body) };
}
