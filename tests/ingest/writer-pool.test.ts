import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriterPool } from '../../server/ingest/writer-pool.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

describe('the bulk writer pool', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('commits durably unless asked not to: an article reported as ingested survives a database crash', async () => {
    for (const [options, expected] of [
      [{}, 'on'],
      [{ asyncCommit: true }, 'off'],
    ] as const) {
      const pool = createWriterPool(database.url, options);
      try {
        expect((await pool.query('SHOW synchronous_commit')).rows[0].synchronous_commit).toBe(expected);
      } finally {
        await pool.end();
      }
    }
  });
});
