import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import { InvalidArticleError } from './article-input.js';
import { extractInLanguage } from './extract-in-language.js';
import type { ExtractionJob, JobFailure } from './extraction-pool.js';
import { buildIngestPayload } from './ingest-payload.js';
import { normalizeArticle } from './normalize-article.js';

// Loads the tagger's model now, then says so: the pool hands articles only to a warm thread.
extract('“Ready,” said Maria Example.');
parentPort!.postMessage({ ready: true });

/** A worker thread of the extraction pool: an input in, the normalized article out; an article in, the database payload out. */
parentPort!.on('message', async ({ id, job }: { id: number; job: ExtractionJob }) => {
  try {
    if (job.kind === 'normalize') {
      parentPort!.postMessage({ id, result: normalizeArticle(job.input, {}, job.options) });
      return;
    }
    const started = performance.now();
    const extracted = await extractInLanguage(job.article);
    const ms = performance.now() - started;
    parentPort!.postMessage({ id, result: { payload: buildIngestPayload(job.article, extracted), ms } });
  } catch (error) {
    const failure: JobFailure =
      error instanceof InvalidArticleError
        ? { invalid: { reason: error.reason, field: error.field }, message: error.message }
        : { message: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage({ id, failure });
  }
});
