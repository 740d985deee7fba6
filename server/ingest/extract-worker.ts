import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import { buildIngestPayload } from './ingest-payload.js';
import type { NormalizedArticle } from './normalize-article.js';

/** A worker thread of the extraction pool: an article in, the database payload out. */
parentPort!.on('message', ({ id, article }: { id: number; article: NormalizedArticle }) => {
  const started = performance.now();
  const extraction = extract(article.body);
  const ms = performance.now() - started;
  parentPort!.postMessage({
    id,
    payload: buildIngestPayload(article, extraction),
    ms,
    statements: extraction.statements.length,
  });
});
