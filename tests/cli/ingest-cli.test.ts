import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import {
  syntheticArticle,
  syntheticArticles,
  tempFolder,
  toJsonLines,
  toTextLayout,
} from '../ingest/synthetic-corpus.js';
import { runCli, startCli } from './run-cli.js';

describe('npx newsgraph ingest', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('prints a summary, writes the failures to the report file, and adds nothing the second time', async () => {
    const folder = tempFolder({
      'one.txt': toTextLayout(syntheticArticle(0)),
      'more/two.jsonl': toJsonLines([syntheticArticle(1), syntheticArticle(2)]),
      'more/no-url.txt': 'Not a URL\nSome text',
    });
    const report = path.join(tempFolder(), 'report.json');
    const first = await runCli(['ingest', folder, '--report', report, '--threads', '1'], database.url);
    expect(first.code, first.stderr).toBe(1); // one input failed
    expect(first.stderr).toContain('Ingested 3 article(s) (3 new, 0 updated), 0 unchanged, 1 failed.');
    expect(first.stderr).toMatch(/Entities created: \d+\. Statements found: \d+\./);
    expect(first.stderr).toMatch(/Time: [\d.]+ s \([\d.]+ articles\/s, [\d.]+ MB\/s\)\./);
    expect(first.stderr).toMatch(/no-url\.txt:1: (field "url": )?line 1 should hold the article URL/);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written).toMatchObject({ created: 3, unchanged: 0, paths: [folder] });
    expect(written.failed).toEqual([
      {
        file: path.join(folder, 'more/no-url.txt'),
        line: 1,
        reason: 'line 1 should hold the article URL (http:// or https://), but holds 9 characters that are not one',
      },
    ]);

    const second = await runCli(['ingest', folder, '--report', report, '--threads', '1'], database.url);
    expect(second.stderr).toContain('Ingested 0 article(s) (0 new, 0 updated), 3 unchanged, 1 failed.');
    expect(second.stderr).toContain('Entities created: 0. Statements found: 0.');
  }, 120_000);

  it('resumes after kill -9: only whole articles were stored, and the next run completes the rest', async () => {
    await client.query('TRUNCATE article, person, organization CASCADE');
    const articles = syntheticArticles(100, 220);
    const folder = tempFolder({ 'corpus.jsonl': toJsonLines(articles) });
    const run = startCli(
      ['ingest', folder, '--threads', '1', '--writers', '2', '--report', path.join(folder, 'report.json')],
      database.url,
    );
    const storedCount = async () => (await client.query('SELECT count(*)::int AS n FROM article')).rows[0].n as number;
    for (let waited = 0; (await storedCount()) < 5; waited += 50) {
      if (waited > 60_000) throw new Error('the ingester stored nothing within a minute');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    run.child.kill('SIGKILL');
    const killed = await run.result;
    expect(killed.signal).toBe('SIGKILL');
    // A statement the server was already running when its client died still finishes (and commits
    // whole): wait for the killed ingester's connections to go before counting.
    for (let waited = 0; ; waited += 50) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      if (rows[0].n === 0) break;
      if (waited > 30_000) throw new Error('the killed ingester’s connections did not close');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const before = await storedCount();
    expect(before).toBeLessThan(articles.length);

    // Every stored article has everything extracted from it: no article is half-written.
    const { rows } =
      await client.query(`SELECT a.body, (SELECT count(*)::int FROM statement s WHERE s.article_id = a.id) AS statements,
      (SELECT count(*)::int FROM person_mention m WHERE m.article_id = a.id) AS person_mentions FROM article a`);
    for (const row of rows) {
      const extraction = extract(row.body);
      expect(row.statements).toBe(extraction.statements.length);
      expect(row.person_mentions).toBe(
        extraction.entities.filter((entity) => entity.type === 'PERSON').flatMap((entity) => entity.mentions).length,
      );
    }

    const resumed = await runCli(
      ['ingest', folder, '--threads', '1', '--report', path.join(folder, 'report.json')],
      database.url,
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(
      `Ingested ${articles.length - before} article(s) (${articles.length - before} new, 0 updated), ${before} unchanged, 0 failed.`,
    );
    expect(await storedCount()).toBe(articles.length);
  }, 240_000);
  it('queues articles with --queue and ingests them with `newsgraph worker --until-empty`', async () => {
    await client.query('TRUNCATE article, person, organization CASCADE');
    const folder = tempFolder({ 'queued.jsonl': toJsonLines(syntheticArticles(300, 320)) });
    const queued = await runCli(['ingest', '--queue', folder], database.url);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toContain('Queued 20 article(s) in 1 job(s)');
    expect((await client.query('SELECT count(*)::int AS n FROM article')).rows[0].n).toBe(0);

    const report = path.join(tempFolder(), 'worker-report.json');
    const worker = await runCli(['worker', '--until-empty', '--threads', '1', '--report', report], database.url);
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stderr).toContain('Ingested 20 article(s) (20 new, 0 updated), 0 unchanged, 0 failed.');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ created: 20, failed: [] });
    expect((await client.query('SELECT count(*)::int AS n FROM article')).rows[0].n).toBe(20);
  }, 180_000);
});
