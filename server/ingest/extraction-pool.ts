import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NormalizedArticle } from './normalize-article.js';

export interface ExtractionPoolOptions {
  /** Worker threads. @default os.availableParallelism() */
  threads?: number;
}

export interface PreparedArticle {
  /** The argument of newsgraph_ingest_article (see ingest-payload.ts). */
  payload: string;
  /** Time of the extraction itself, in milliseconds. */
  ms: number;
}

interface Pending {
  resolve: (result: PreparedArticle) => void;
  reject: (error: Error) => void;
}

/**
 * `extract()` on every core: a fixed set of worker threads, each given the next article as soon as it is
 * free (texts differ a lot in length, so a shared queue balances better than round-robin). A thread
 * also turns the extraction into the database payload, so the main thread only moves strings.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: { id: number; article: NormalizedArticle; pending: Pending }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(options: ExtractionPoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./extract-worker-entry.js', import.meta.url));
      worker.on('message', ({ id, payload, ms }: { id: number } & PreparedArticle) => {
        const pending = this.pending.get(id);
        this.pending.delete(id);
        this.release(worker);
        pending?.resolve({ payload, ms });
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`an extraction worker exited with code ${code}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.all.length;
  }

  prepare(article: NormalizedArticle): Promise<PreparedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const worker = this.idle.pop();
      if (worker) this.send(worker, id, article, { resolve, reject });
      else this.waiting.push({ id, article, pending: { resolve, reject } });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((worker) => worker.terminate()));
  }

  private send(worker: Worker, id: number, article: NormalizedArticle, pending: Pending) {
    this.pending.set(id, pending);
    worker.postMessage({ id, article });
  }

  private release(worker: Worker) {
    const next = this.waiting.shift();
    if (next) this.send(worker, next.id, next.article, next.pending);
    else this.idle.push(worker);
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    for (const { pending } of this.waiting.splice(0)) pending.reject(error);
    this.pending.clear();
  }
}
