/**
 * The languages the extractor was trained and measured on (ISO 639-1): its tagger learned from CoNLL-2003
 * English and its cue verbs, quote rules and role nouns are English. Articles in other languages are stored
 * and searched, but not extracted.
 */
export const EXTRACTION_LANGUAGES: readonly string[] = ['en'];

/** Whether `extract()` may run on a text in this language. */
export function extractsLanguage(language: string): boolean {
  return EXTRACTION_LANGUAGES.includes(language);
}
