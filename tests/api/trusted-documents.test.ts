import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { sdkTrustedDocuments } from '../../server/plugins/trusted-documents.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { createClient, NewsgraphRequestError, operations } from '../../sdk/src/index.js';
import { SAMPLE_ARTICLE } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

describe('trusted documents (NEWSGRAPH_TRUSTED_DOCUMENTS=only): the SDK’s operations by hash, nothing else', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const bodies: Record<string, unknown>[] = [];
  /** The SDK's requests go to the application in-process; their bodies are kept. */
  const fetchApp: typeof fetch = async (input, init) => {
    bodies.push(JSON.parse(String(init?.body)));
    return app.fetch(String(input), {
      method: init?.method,
      headers: init?.headers as Record<string, string>,
      body: init?.body as string,
    });
  };
  const post = async (body: Record<string, unknown>) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: any[] }) };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await ingestArticle(database.prisma, normalizeArticle({ url: SAMPLE_ARTICLE.url, text: SAMPLE_ARTICLE.body }));
    app = createApp({ prisma: database.prisma, trustedDocuments: 'only' });
  });
  afterAll(() => database?.drop());

  it('knows the hash of every operation the SDK ships', () => {
    const known = sdkTrustedDocuments();
    for (const [name, document] of Object.entries(operations)) {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      if (!hash) continue; // fragments have no hash of their own
      expect(known.has(hash.replace(/^sha256:/, '')), name).toBe(true);
    }
    expect(known.size).toBeGreaterThanOrEqual(5);
  });

  it('runs the SDK’s operations sent by hash, without their text', async () => {
    const client = createClient({ url: 'http://localhost/graphql', fetch: fetchApp, trustedDocuments: true });
    const hits = await client.searchStatements('Paris', { first: 5 });
    expect(hits.edges.length).toBeGreaterThan(0);
    const article = await client.articleByUrl(SAMPLE_ARTICLE.url);
    expect(article?.statements.totalCount).toBeGreaterThan(0);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(body).not.toHaveProperty('query');
      expect(body).toMatchObject({
        extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } },
      });
    }
  });

  it('refuses a query sent as text, and a hash it does not know', async () => {
    const text = await post({ query: '{ statements(first: 1) { totalCount } }' });
    expect(text.status).toBe(400);
    expect(text.data).toBeUndefined();
    expect(text.errors?.[0].extensions.code).toBe('TRUSTED_DOCUMENTS_ONLY');
    expect(text.errors?.[0].message).toContain('runs only trusted documents');

    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // An SDK that sends text (the default) is refused by such a server, with the reason.
    const plain = createClient({ url: 'http://localhost/graphql', fetch: fetchApp });
    await expect(plain.searchStatements('Paris')).rejects.toThrow(NewsgraphRequestError);
    await expect(plain.searchStatements('Paris')).rejects.toThrow(/runs only trusted documents/);
  });

  it('runs any document when the setting is off (the default)', async () => {
    const open = createApp({ prisma: database.prisma });
    const response = await open.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ statements(first: 1) { totalCount } }' }),
    });
    expect(
      ((await response.json()) as { data: { statements: { totalCount: number } } }).data.statements.totalCount,
    ).toBeGreaterThan(0);
  });
});
