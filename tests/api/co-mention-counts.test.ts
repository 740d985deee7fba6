import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../server/curation/delete-article.js';
import { mergeEntities } from '../../server/curation/merge-entities.js';
import { ORGANIZATION, PERSON } from '../../server/db/entity-table.js';
import { applyMigrations } from '../../server/db/migrate.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { syntheticArticle } from '../ingest/synthetic-corpus.js';
import { graphqlCaller } from '../setup/graphql.js';
import { SAMPLE_ARTICLE } from '../setup/sample-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/** Every pair's shared articles and statements, counted from scratch from the mention, statement and link tables. */
const RECOUNT = `
  WITH article_members AS (
    SELECT DISTINCT article_id AS g, 'PERSON' AS t, person_id AS i FROM person_mention
    UNION SELECT DISTINCT article_id, 'ORGANIZATION', organization_id FROM organization_mention
  ), statement_members AS (
    SELECT id AS g, 'PERSON' AS t, speaker_person_id AS i FROM statement WHERE speaker_person_id IS NOT NULL
    UNION SELECT id, 'ORGANIZATION', speaker_organization_id FROM statement WHERE speaker_organization_id IS NOT NULL
    UNION SELECT statement_id, 'PERSON', person_id FROM statement_person
    UNION SELECT statement_id, 'ORGANIZATION', organization_id FROM statement_organization
  ), by_article AS (
    SELECT a.t, a.i, b.t AS ot, b.i AS oi, count(*)::int AS n
    FROM article_members a JOIN article_members b ON b.g = a.g AND (b.t, b.i) <> (a.t, a.i) GROUP BY 1, 2, 3, 4
  ), by_statement AS (
    SELECT a.t, a.i, b.t AS ot, b.i AS oi, count(*)::int AS n
    FROM statement_members a JOIN statement_members b ON b.g = a.g AND (b.t, b.i) <> (a.t, a.i) GROUP BY 1, 2, 3, 4
  )
  SELECT t, i, ot, oi, coalesce(a.n, 0) AS articles, coalesce(s.n, 0) AS statements
  FROM by_article a FULL JOIN by_statement s USING (t, i, ot, oi)`;
const STORED = `SELECT entity_type::text AS t, entity_id AS i, other_type::text AS ot, other_id AS oi, articles, statements
  FROM co_mention WHERE articles <> 0 OR statements <> 0`;

const START = Date.UTC(2020, 0, 1);
const article = (i: number, variant = 0) =>
  normalizeArticle(
    { ...syntheticArticle(i, variant), publishedAt: new Date(START + i * 3 * 86_400_000).toISOString() },
    { line: i + 1 },
  );

describe('co-mention pair counts kept by triggers', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;

  beforeAll(async () => {
    database = await createTestDatabase();
    graphql = graphqlCaller(database.prisma);
  });
  afterAll(() => database?.drop());

  /** Rows that differ between the stored counts and a recount (both ways); [] when exact. */
  async function drift() {
    const rows = await database.prisma.$queryRawUnsafe<unknown[]>(
      `(${STORED} EXCEPT SELECT * FROM (${RECOUNT}) r) UNION ALL (SELECT * FROM (${RECOUNT}) r EXCEPT ${STORED})`,
    );
    return rows;
  }

  it('match a recount after ingestion', async () => {
    for (let i = 0; i < 30; i++) await ingestArticle(database.prisma, article(i));
    await ingestArticle(
      database.prisma,
      normalizeArticle({ url: SAMPLE_ARTICLE.url, text: SAMPLE_ARTICLE.body }, { line: 1 }),
    );
    expect(await database.prisma.coMention.count()).toBeGreaterThan(50);
    expect(await drift()).toEqual([]);
  });

  it('stay exact when articles are replaced or deleted and people and organizations merged', async () => {
    await ingestArticle(database.prisma, article(3, 1)); // new text: replaced
    await ingestArticle(database.prisma, article(4, 2));
    expect(await drift()).toEqual([]);
    const [first] = await database.prisma.article.findMany({ orderBy: { id: 'asc' }, take: 1 });
    await deleteArticle(database.prisma, first!.id);
    expect(await drift()).toEqual([]);
    const [merkel, macron] = await Promise.all(
      ['Angela Merkel', 'Emmanuel Macron'].map((name) => database.prisma.person.findFirstOrThrow({ where: { name } })),
    );
    await mergeEntities(database.prisma, PERSON, merkel!.id, [macron!.id]);
    expect(await drift()).toEqual([]);
    const organizations = await database.prisma.organization.findMany({ orderBy: { id: 'asc' }, take: 3 });
    await mergeEntities(database.prisma, ORGANIZATION, organizations[0]!.id, [
      organizations[1]!.id,
      organizations[2]!.id,
    ]);
    expect(await drift()).toEqual([]);
    await database.prisma.person.delete({ where: { id: merkel!.id } });
    expect(await drift()).toEqual([]);
  });

  it('are what a migration counts from what is stored', async () => {
    const stored = await database.prisma.$queryRawUnsafe<unknown[]>(`${STORED} ORDER BY 1, 2, 3, 4`);
    for (const sql of [
      `DELETE FROM _prisma_migrations WHERE migration_name = '20261202130000_co_mention_pairs'`,
      `DROP TABLE co_mention, co_mention_member`,
      // The function goes too; the runner applies every function file again after a migration.
      `DROP TYPE "CoMentionKind" CASCADE`,
    ])
      await database.prisma.$executeRawUnsafe(sql);
    await applyMigrations(database.url);
    expect(await database.prisma.$queryRawUnsafe<unknown[]>(`${STORED} ORDER BY 1, 2, 3, 4`)).toEqual(stored);
    expect(await drift()).toEqual([]);
  });

  it('answers coMentions from the counts, in their order', async () => {
    const [top] = await database.prisma.$queryRawUnsafe<{ id: number; name: string }[]>(
      `SELECT p.id, p.name FROM person p JOIN person_mention m ON m.person_id = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    );
    const expected = await database.prisma.$queryRawUnsafe<{ oi: number; articles: number; statements: number }[]>(
      `SELECT oi, articles, statements FROM (${RECOUNT}) r WHERE t = 'PERSON' AND i = $1 AND ot = 'PERSON'
       ORDER BY articles DESC, statements DESC, oi LIMIT 5`,
      top!.id,
    );
    const result = await graphql(
      `
        query ($name: String!) {
          person(name: $name) {
            ... on Person {
              coMentions(first: 5) {
                totalCount
                edges {
                  node {
                    articleCount
                    statementCount
                    entity {
                      ... on Person {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { name: top!.name },
    );
    expect(result.errors).toBeUndefined();
    const names = await database.prisma.person.findMany({ where: { id: { in: expected.map((row) => row.oi) } } });
    const nameOf = new Map(names.map((person) => [person.id, person.name]));
    expect(result.data.person.coMentions.edges.map((edge: any) => edge.node)).toEqual(
      expected.map((row) => ({
        articleCount: row.articles,
        statementCount: row.statements,
        entity: { name: nameOf.get(row.oi) },
      })),
    );
    const [{ count }] = await database.prisma.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (${RECOUNT}) r WHERE t = 'PERSON' AND i = $1 AND ot = 'PERSON'`,
      top!.id,
    );
    expect(result.data.person.coMentions.totalCount).toBe(count);
  });
});
