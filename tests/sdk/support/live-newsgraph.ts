import { readdirSync, readFileSync } from 'node:fs';
import { createClient, type ArticleInput } from '../../../sdk/src/index.js';
import { createApiKey } from '../../../server/auth/api-keys.js';
import { parseTextLayout } from '../../../server/ingest/read-article-files.js';
import { startTestServer, type RunningServer } from '../../setup/http-server.js';
import { createTestDatabase, type TestDatabase } from '../../setup/test-database.js';

/** A real Newsgraph server on a random loopback port, over a fresh database of its own. */
export interface LiveNewsgraph {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  database: TestDatabase;
  /** A key with the EDITOR role: writes (ingest, merge) need one. */
  editorKey: string;
  /** A key with the READER role. */
  readerKey: string;
  close(): Promise<void>;
}

export async function startLiveNewsgraph(): Promise<LiveNewsgraph> {
  const database = await createTestDatabase();
  let server: RunningServer;
  let editorKey: string;
  let readerKey: string;
  try {
    editorKey = (await createApiKey(database.prisma, { role: 'EDITOR', name: 'SDK tests (editor)' })).key;
    readerKey = (await createApiKey(database.prisma, { role: 'READER', name: 'SDK tests (reader)' })).key;
    server = await startTestServer({ prisma: database.prisma });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    database,
    editorKey,
    readerKey,
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}

const SEED_DIR = new URL('../../../prisma/seed/articles/', import.meta.url);

/** The articles `npm start` seeds an empty database with (the specification sample among them), as ArticleInput. */
export const SEED_ARTICLES = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => parseTextLayout(readFileSync(new URL(file, SEED_DIR), 'utf8')))
  .map(({ url, text }): ArticleInput => ({ url, body: text }));

/** Ingests articles through the SDK with the editor key; throws on any error result. */
export async function ingestThroughSdk(api: LiveNewsgraph, articles: ArticleInput[]): Promise<void> {
  const client = createClient({ url: api.url, apiKey: api.editorKey });
  for (const article of articles) {
    const result = await client.ingestArticle(article);
    if (result.__typename !== 'IngestArticlePayload')
      throw new Error(`Could not ingest ${article.url}: ${result.message}`);
  }
}
