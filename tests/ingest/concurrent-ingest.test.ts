import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../server/db/prisma-client.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { isRetryable, sqlState } from '../../server/ingest/retry-transaction.js';
import { syntheticArticles } from './synthetic-corpus.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

describe('two API processes ingesting the same articles at once', () => {
  let database: TestDatabase;
  let other: PrismaClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    other = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await database?.drop();
  });

  it("reads the SQLSTATE inside a Prisma error, not Prisma's own code", async () => {
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO organization (name, name_key) VALUES ('Acme Holdings', 'acme holdings')`,
    );
    const error = await database.prisma
      .$queryRawUnsafe(`INSERT INTO organization (name, name_key) VALUES ('Acme Holdings', 'acme holdings')`)
      .catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toMatch(/^P\d{4}$/);
    expect(sqlState(error)).toBe('23505');
    expect(isRetryable(error)).toBe(true);
  });

  it('stores each article once; the loser of each race reports it unchanged', async () => {
    const articles = syntheticArticles(0, 8).map((input, index) => normalizeArticle(input, { line: index + 1 }));
    const results = await Promise.all(
      articles.flatMap((article) => [ingestArticle(database.prisma, article), ingestArticle(other, article)]),
    );
    expect(await database.prisma.article.count()).toBe(8);
    for (let index = 0; index < articles.length; index++) {
      const pair = results
        .slice(index * 2, index * 2 + 2)
        .map((result) => result.status)
        .sort();
      expect(pair).toEqual(['CREATED', 'UNCHANGED']);
      expect(results[index * 2]!.articleId).toBe(results[index * 2 + 1]!.articleId);
    }
    const names = (await database.prisma.person.findMany({ select: { name: true } })).map((person) => person.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
