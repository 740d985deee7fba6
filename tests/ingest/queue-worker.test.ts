import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueArticles } from '../../server/ingest/ingest-queue.js';
import { startQueueWorker } from '../../server/ingest/queue-worker.js';
import type { SourceItem } from '../../server/ingest/read-article-source.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { syntheticArticles, type SyntheticArticle } from './synthetic-corpus.js';

async function* source(articles: SyntheticArticle[]): AsyncGenerator<SourceItem> {
  for (const [index, article] of articles.entries()) {
    yield {
      kind: 'article',
      input: article,
      origin: { file: 'memory.jsonl', line: index + 1 },
      bytes: article.text.length,
    };
  }
}

describe('the job queue with two workers', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('shares overlapping work between two workers without creating anyone twice', async () => {
    // Two enqueues that overlap on articles 15..29, in opposite orders.
    const queued = await enqueueArticles(database.url, source(syntheticArticles(0, 30)), { jobSize: 5 });
    await enqueueArticles(database.url, source(syntheticArticles(15, 45).reverse()), { jobSize: 5 });
    expect(queued).toMatchObject({ jobs: 6, articles: 30, failed: [] });

    const options = { threads: 1, writers: 2, jobs: 2, untilEmpty: true, pollSeconds: 0.2 };
    const [one, two] = await Promise.all([
      startQueueWorker(database.url, options),
      startQueueWorker(database.url, options),
    ]);
    const [a, b] = await Promise.all([one.done, two.done]);

    expect([...a.failed, ...b.failed]).toEqual([]);
    expect(a.done + b.done).toBe(60);
    expect(a.created + b.created).toBe(45);
    // Both took part (jobs are handed out one at a time, so neither can take them all at once).
    expect(a.done).toBeGreaterThan(0);
    expect(b.done).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT (SELECT count(*)::int FROM article) AS articles,
        (SELECT count(*)::int FROM person) AS people, (SELECT count(DISTINCT name_key)::int FROM person) AS distinct_people,
        (SELECT count(*)::int FROM organization) AS organizations,
        (SELECT count(*)::int FROM pgboss.job WHERE name = 'ingest-articles' AND state <> 'completed') AS unfinished_jobs`);
      const { organizations, ...rest } = rows[0];
      expect(rest).toEqual({ articles: 45, people: 10, distinct_people: 10, unfinished_jobs: 0 });
      // Every row was counted as created by exactly one worker.
      expect(a.entitiesCreated + b.entitiesCreated).toBe(10 + organizations);
    } finally {
      await client.end();
    }
  });
});
