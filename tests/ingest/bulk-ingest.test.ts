import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../../server/ingest/bulk-ingest.js';
import { listArticleFiles } from '../../server/ingest/ingest-files.js';
import { countArticles, readArticleSource } from '../../server/ingest/read-article-source.js';
import { createWriterPool } from '../../server/ingest/writer-pool.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { syntheticArticle, syntheticArticles, tempFolder, toJsonLines, toTextLayout } from './synthetic-corpus.js';

async function ingestPaths(db: pg.Pool, paths: string[]) {
  const files = await listArticleFiles(paths);
  return bulkIngest(db, readArticleSource(files), { threads: 1, writers: 3 });
}

async function counts(db: pg.Pool) {
  const { rows } = await db.query(`SELECT
    (SELECT count(*)::int FROM article) AS articles, (SELECT count(*)::int FROM statement) AS statements,
    (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM organization) AS organizations,
    (SELECT count(*)::int FROM person_mention) AS person_mentions, (SELECT count(*)::int FROM statement_person) AS statement_people`);
  return rows[0];
}

describe('bulk ingestion', () => {
  let database: TestDatabase;
  let db: pg.Pool;
  // Every format in one folder, with a broken record in each of the JSON files and a text file without a URL.
  const folder = tempFolder({
    'a/one.txt': toTextLayout(syntheticArticle(0)),
    'a/two.txt': toTextLayout(syntheticArticle(1)),
    'a/no-url.txt': 'Just some text\nand more text',
    'b/array.json': JSON.stringify([syntheticArticle(2), { url: 'https://news.example.org/x' }, syntheticArticle(3)]),
    'c/corpus.jsonl':
      toJsonLines(syntheticArticles(4, 12)) +
      '{"url": "https://news.example.org/broken", "text": \n' +
      JSON.stringify({ ...syntheticArticle(12), publishedAt: 'last Tuesday' }) +
      '\n',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createWriterPool(database.url);
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('ingests text, JSON and JSONL files from folders, naming each failure by file, line and reason', async () => {
    const files = await listArticleFiles([folder]);
    expect(await countArticles(files)).toBe(16);
    const summary = await ingestPaths(db, [folder]);
    expect(summary).toMatchObject({ created: 12, updated: 0, unchanged: 0, done: 16 });
    expect(summary.statements).toBeGreaterThanOrEqual(12 * 4);
    expect(summary.entitiesCreated).toBeGreaterThanOrEqual(10);
    const messages = summary.failed.map((failure) => failure.message);
    expect(messages).toHaveLength(4);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no-url\.txt:1: .*line 1 should hold the article URL/),
        expect.stringMatching(/array\.json record 1: field "text": is missing/),
        expect.stringMatching(/corpus\.jsonl:9: invalid JSON/),
        expect.stringMatching(/corpus\.jsonl:10: field "publishedAt": "last Tuesday" is not a date/),
      ]),
    );
    expect(summary.failed.find((failure) => failure.message.includes('corpus.jsonl:9'))).toMatchObject({
      line: 9,
      file: path.join(folder, 'c/corpus.jsonl'),
    });

    const stored = await counts(db);
    expect(stored.articles).toBe(12);
    expect(stored.people).toBe(10); // the ten made-up people, each once however many articles name them
    expect(stored.statements).toBe(summary.statements);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM statement s JOIN article a ON a.id = s.article_id WHERE s.published_at IS DISTINCT FROM a.published_at`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('adds nothing when the same input comes again', async () => {
    const before = await counts(db);
    const summary = await ingestPaths(db, [folder]);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 12, entitiesCreated: 0, statements: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('re-extracts an article whose text changed and replaces what was extracted from it', async () => {
    const changed = tempFolder({ 'changed.jsonl': toJsonLines([syntheticArticle(5, 1), syntheticArticle(6)]) });
    const before = await counts(db);
    const summary = await ingestPaths(db, [changed]);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const { rows } = await db.query(
      `SELECT a.body, array_agg(s.text ORDER BY s.start) AS statements FROM article a JOIN statement s ON s.article_id = a.id WHERE a.url = $1 GROUP BY a.id`,
      [syntheticArticle(5).url],
    );
    expect(rows[0].body).toContain('(version 1)');
    expect(rows[0].statements.join(' ')).toContain('(version 1)');
    expect(await counts(db)).toEqual(before); // same shape of text: old rows replaced, none left behind
  });

  it('records what a progress bar needs after every record', async () => {
    const seen: number[] = [];
    const files = await listArticleFiles([folder]);
    await bulkIngest(db, readArticleSource(files), { threads: 1, onProgress: (summary) => seen.push(summary.done) });
    expect(seen).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});

describe('two ingesters at once on overlapping input', () => {
  let shared: TestDatabase;
  let alone: TestDatabase;
  beforeAll(async () => {
    [shared, alone] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await shared?.drop();
    await alone?.drop();
  });

  it('create every person and organization once, and store what one ingester alone stores', async () => {
    const first = tempFolder({ 'first.jsonl': toJsonLines(syntheticArticles(0, 40)) });
    const second = tempFolder({ 'second.jsonl': toJsonLines(syntheticArticles(20, 60).reverse()) });
    const both = createWriterPool(shared.url, { connections: 8 });
    const one = createWriterPool(alone.url);
    try {
      const [a, b] = await Promise.all([ingestPaths(both, [first]), ingestPaths(both, [second])]);
      expect([...a.failed, ...b.failed]).toEqual([]);
      // Each of the 60 articles was created by exactly one of them; the 20 in common count once.
      expect(a.created + b.created).toBe(60);
      expect(a.created + a.unchanged + b.created + b.unchanged).toBe(80);

      const sequential = await ingestPaths(one, [first, second]);
      expect(sequential.created).toBe(60);
      const snapshot = async (db: pg.Pool) => ({
        ...(await counts(db)),
        people: (await db.query('SELECT name_key FROM person ORDER BY 1')).rows.map((row) => row.name_key),
        organizations: (await db.query('SELECT name_key FROM organization ORDER BY 1')).rows.map((row) => row.name_key),
      });
      const [together, separately] = [await snapshot(both), await snapshot(one)];
      expect(together).toEqual(separately);
      expect(new Set(together.people).size).toBe(together.people.length);
      expect(a.entitiesCreated + b.entitiesCreated).toBe(together.people.length + together.organizations.length);
    } finally {
      await both.end();
      await one.end();
    }
  });
});
