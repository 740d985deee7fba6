import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InvalidArticleError, type ArticleInput } from './article-input.js';
import { maxArticleBytes, type NormalizedArticle, type NormalizeOptions } from './normalize-article.js';

export interface ExtractionPoolOptions {
  /** Worker threads. @default os.availableParallelism() */
  threads?: number;
  /**
   * Longest one article may keep a thread, in milliseconds: past it the thread is stopped and replaced,
   * and the article is refused. Undefined for no limit. @default undefined
   */
  budgetMs?: number;
  /** Let the process exit while threads are idle (a server's pool must not hold a stop up). @default false */
  unref?: boolean;
}

export interface PreparedArticle {
  /** The argument of newsgraph_ingest_article (see ingest-payload.ts). */
  payload: string;
  /** Time of the extraction itself, in milliseconds. */
  ms: number;
}

/** What a thread is asked to do: normalize an input (HTML conversion included), or extract a normalized article. */
export type ExtractionJob =
  | { kind: 'normalize'; input: ArticleInput; options: NormalizeOptions }
  | { kind: 'prepare'; article: NormalizedArticle };

/** A failure sent back by a thread: an InvalidArticleError's parts, or another error's message. */
export interface JobFailure {
  invalid?: { reason: string; field?: string };
  message: string;
}

interface Task {
  id: number;
  job: ExtractionJob;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * `extract()` (and the HTML conversion of normalizeArticle) on worker threads: a fixed set of threads,
 * each given the next article as soon as it is free (texts differ a lot in length, so a shared queue
 * balances better than round-robin). A thread also turns the extraction into the database payload, so the
 * main thread only moves strings. Bulk ingestion uses it to use every core; the API uses it so that no
 * article, however built, holds up the server's event loop, within a time budget per article.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: Task[] = [];
  private readonly running = new Map<Worker, { task: Task; timer?: NodeJS.Timeout }>();
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    for (let i = 0; i < threads; i++) this.spawn();
  }

  get size(): number {
    return this.all.size;
  }

  /** The database payload of a normalized article. */
  prepare(article: NormalizedArticle): Promise<PreparedArticle> {
    return this.run({ kind: 'prepare', article }) as Promise<PreparedArticle>;
  }

  /** normalizeArticle on a thread: throws its InvalidArticleError (or the budget's) like the call would. */
  normalize(input: ArticleInput, options: NormalizeOptions = {}): Promise<NormalizedArticle> {
    // The size limit as this thread reads it now: a thread's environment is a copy made when it started.
    const limits = { maxArticleBytes: maxArticleBytes(), ...options };
    return this.run({ kind: 'normalize', input, options: limits }) as Promise<NormalizedArticle>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }

  private run(job: ExtractionJob): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const task = { id: this.nextId++, job, resolve, reject };
      const worker = this.idle.pop();
      if (worker) this.send(worker, task);
      else this.waiting.push(task);
    });
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./extract-worker-entry.js', import.meta.url));
    if (this.options.unref) worker.unref();
    worker.on('message', (message: { ready?: true; id: number; result?: unknown; failure?: JobFailure }) => {
      // A thread takes articles once its extractor is loaded: a budget counts an article's own time.
      if (message.ready) return this.release(worker);
      const running = this.running.get(worker);
      if (!running || running.task.id !== message.id) return;
      clearTimeout(running.timer);
      this.running.delete(worker);
      this.release(worker);
      if (message.failure) running.task.reject(rebuild(message.failure));
      else running.task.resolve(message.result);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      // A thread stopped for overrunning its budget was already replaced.
      if (this.all.delete(worker) && code !== 0 && !this.closed)
        this.fail(new Error(`an extraction worker exited with code ${code}`));
    });
    this.all.add(worker);
    return worker;
  }

  private send(worker: Worker, task: Task) {
    const { budgetMs } = this.options;
    const timer = budgetMs === undefined ? undefined : setTimeout(() => this.overrun(worker, budgetMs), budgetMs);
    this.running.set(worker, { task, timer });
    worker.postMessage({ id: task.id, job: task.job });
  }

  /** Synchronous work cannot be interrupted: the thread is stopped and a fresh one takes its place. */
  private overrun(worker: Worker, budgetMs: number) {
    const running = this.running.get(worker);
    this.running.delete(worker);
    this.all.delete(worker);
    void worker.terminate();
    if (!this.closed) this.spawn();
    running?.task.reject(
      new InvalidArticleError(
        `the article took longer than the budget of ${budgetMs.toLocaleString('en-US')} ms to ${running.task.job.kind === 'normalize' ? 'convert' : 'extract'} (NEWSGRAPH_EXTRACTION_BUDGET_MS)`,
        {},
        'text',
      ),
    );
  }

  private release(worker: Worker) {
    const next = this.waiting.shift();
    if (next) this.send(worker, next);
    else this.idle.push(worker);
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const { task, timer } of this.running.values()) {
      clearTimeout(timer);
      task.reject(error);
    }
    for (const task of this.waiting.splice(0)) task.reject(error);
    this.running.clear();
  }
}

function rebuild(failure: JobFailure): Error {
  return failure.invalid
    ? new InvalidArticleError(failure.invalid.reason, {}, failure.invalid.field)
    : new Error(failure.message);
}
