import { parentPort } from 'node:worker_threads';
import { extractInLanguage } from './extract-in-language.js';
import { buildIngestPayload } from './ingest-payload.js';
import type { NormalizedArticle } from './normalize-article.js';

/** A worker thread of the extraction pool: an article in, the database payload out. */
// The pool sends a thread its next article only once it has answered: one article at a time.
parentPort!.on('message', async ({ id, article }: { id: number; article: NormalizedArticle }) => {
  const started = performance.now();
  const extracted = await extractInLanguage(article);
  const ms = performance.now() - started;
  parentPort!.postMessage({
    id,
    payload: buildIngestPayload(article, extracted),
    ms,
    statements: extracted.extraction.statements.length,
  });
});
