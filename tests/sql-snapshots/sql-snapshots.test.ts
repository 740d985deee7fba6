import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, type Fixture } from '../api/analyst-fixture.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * The SQL each representative operation makes the database run, committed beside it (NAME.graphql ->
 * NAME.sql), as Grafast's tests do: a change to the queries shows in review, and a test fails until the
 * snapshot is updated with `npx vitest run -u tests/sql-snapshots`. Values are bound parameters ($1), so
 * ids and literals never appear; statements are sorted, as resolvers that run concurrently may issue them
 * in either order. The header counts them.
 */

const DIR = fileURLToPath(new URL('.', import.meta.url));
const OPERATIONS = readdirSync(DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort();

/** One statement as the snapshot shows it: trailing spaces and blank lines gone. */
function normalize(sql: string): string {
  return sql
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .join('\n');
}

describe('the SQL of representative operations (tests/sql-snapshots/*.sql)', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  let fixture: Fixture;
  const captured: string[] = [];
  const variables: Record<string, () => Promise<Record<string, unknown>>> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => captured.push(sql) });
    graphql = graphqlCaller(database.prisma);
    fixture = await loadFixture(database.prisma);
    const putin = () => Promise.resolve({ id: encodeGlobalID('Person', fixture.people.putin) });
    for (const name of [
      'person-relations',
      'statements-filter-speaker',
      'statements-filter-mentioning',
      'articles-filters',
    ])
      variables[name] = putin;
    variables['statements-page-after'] = async () => {
      const { data } = await graphql(
        '{ statements(first: 2, orderBy: { field: INGESTED_AT, direction: ASC }) { pageInfo { endCursor } } }',
      );
      return { after: data.statements.pageInfo.endCursor };
    };
  });
  afterAll(() => database?.drop());

  it('has about twenty operations', () => {
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of OPERATIONS) {
    const name = path.basename(file, '.graphql');
    it(name, async () => {
      const query = readFileSync(path.join(DIR, file), 'utf8');
      const given = (await variables[name]?.()) ?? {};
      captured.length = 0;
      const { errors } = await graphql(query, given);
      expect(errors, `${file} runs`).toBeUndefined();
      const statements = captured.map(normalize).sort();
      const text = `-- ${file}: ${statements.length} SQL statement${statements.length === 1 ? '' : 's'}\n\n${statements.join(';\n\n')};\n`;
      await expect(text).toMatchFileSnapshot(path.join(DIR, `${name}.sql`));
    });
  }
});
