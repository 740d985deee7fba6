import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { runNewsgraph } from './support.js';

const WRITE = `mutation { ingestArticle(input: { article: { url: "https://example.org/keys-cli", body: "“Keys work,” said Jane Doe." } }) { __typename } }`;

/** `npx newsgraph keys …` as an operator runs it, against the API's database. */
describe('newsgraph keys create | list | revoke', () => {
  let database: TestDatabase;
  const keys = (...args: string[]) => runNewsgraph(['keys', ...args], { DATABASE_URL: database.url });
  async function write(key: string) {
    const response = await createApp({ prisma: database.prisma }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: WRITE }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('creates a key shown once on stdout, stored hashed, listed without it, refused once revoked', async () => {
    const created = await keys('create', '--role', 'editor', '--name', 'importer');
    expect(created.code, created.stderr).toBe(0);
    // stdout holds the key and nothing else, so `KEY=$(npx newsgraph keys create …)` works.
    expect(created.stdout).toMatch(/^ngk_[\w-]{43}\n$/);
    const key = created.stdout.trim();
    expect(created.stderr).toMatch(/Created editor key #(\d+) "importer"\. It is shown once and stored only as a hash/);
    expect(created.stderr).not.toContain(key);
    const id = /#(\d+)/.exec(created.stderr)![1]!;

    const [row] = await database.prisma.apiKey.findMany();
    expect(row).toMatchObject({
      keyHash: createHash('sha256').update(key).digest('hex'),
      role: 'EDITOR',
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(key.slice(10));

    expect((await write(key)).body.data.ingestArticle.__typename).toBe('IngestArticlePayload');

    const listed = await keys('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(`#${id}\teditor\t${key.slice(0, 10)}…\tactive\timporter\n`);
    expect(listed.stdout + listed.stderr).not.toContain(key);

    const revoked = await keys('revoke', id);
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`Revoked key #${id}.`);
    const refused = await write(key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].message).toBe('The API key is not valid: it is unknown or was revoked.');
    expect((await keys('list')).stdout).toMatch(
      new RegExp(`^#${id}\\teditor\\t[^\\t]+…\\trevoked \\d{4}-\\d\\d-\\d\\dT[^\\t]+\\timporter\\n$`),
    );

    const again = await keys('revoke', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`No active key #${id}.`);
    const wrongRole = await keys('create', '--role', 'admin');
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain('--role must be reader or editor, not "admin".');
    expect(wrongRole.stdout).toBe('');
  }, 120_000);
});
