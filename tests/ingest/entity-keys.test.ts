import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../../server/ingest/bulk-ingest.js';
import type { SourceItem } from '../../server/ingest/read-article-source.js';
import { createWriterPool } from '../../server/ingest/writer-pool.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { syntheticArticles } from './synthetic-corpus.js';

async function* articles(...inputs: { url: string; text: string }[]): AsyncGenerator<SourceItem> {
  for (const [index, input] of inputs.entries())
    yield { kind: 'article', input, origin: { line: index + 1 }, bytes: input.text.length };
}

describe('which row an extracted name lands on', () => {
  let database: TestDatabase;
  let db: pg.Pool;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createWriterPool(database.url);
    await bulkIngest(db, articles(...syntheticArticles(0, 10)), { threads: 1 });
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  const speakerOf = async (text: string) =>
    (
      await db.query(`SELECT p.name FROM statement s JOIN person p ON p.id = s.speaker_person_id WHERE s.text = $1`, [
        text,
      ])
    ).rows.map((row) => row.name);

  it('joins a lone surname to the one stored full name ending with it, and a curated merge to its target', async () => {
    await db.query(`UPDATE person SET merged_keys = ARRAY['angie merkel'] WHERE name_key = 'angela merkel'`);
    const before = (await db.query('SELECT count(*)::int AS n FROM person')).rows[0].n;
    const summary = await bulkIngest(
      db,
      articles({
        url: 'https://news.example.org/2020/04/01/hague',
        text: 'THE HAGUE — The cabinet met on Friday.\n\n“We will decide soon,” Rutte told reporters.\n\n“We stand together,” said Angie Merkel, the German chancellor.',
      }),
      { threads: 1 },
    );
    expect(summary.created).toBe(1);
    expect(await speakerOf('We will decide soon')).toEqual(['Mark Rutte']);
    expect(await speakerOf('We stand together')).toEqual(['Angela Merkel']);
    expect((await db.query('SELECT count(*)::int AS n FROM person')).rows[0].n).toBe(before);
    const { rows } = await db.query(
      `SELECT aliases FROM person WHERE name_key IN ('mark rutte', 'angela merkel') ORDER BY name_key`,
    );
    expect(rows[0].aliases).toContain('Angie Merkel');
    expect(rows[1].aliases).toContain('Rutte');
  });
});
