import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../server/curation/delete-article.js';
import { PERSON } from '../../server/db/entity-table.js';
import { mergeEntities } from '../../server/curation/merge-entities.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { syntheticArticle } from '../ingest/synthetic-corpus.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

// 40 articles, one every 5 days and 7 hours from 2020-01-01: about seven months of statements, so that
// date ranges cover whole months, ragged ends, and spans inside one month.
const START = Date.UTC(2020, 0, 1);
const article = (i: number, variant = 0) => ({
  ...syntheticArticle(i, variant),
  publishedAt: new Date(START + i * (5 * 86_400_000 + 7 * 3_600_000)).toISOString(),
});

const RANGES: Record<string, { from?: string; before?: string } | undefined> = {
  'all time': undefined,
  'whole months': { from: '2020-02-01T00:00:00Z', before: '2020-05-01T00:00:00Z' },
  'ragged ends': { from: '2020-01-17T12:00:00Z', before: '2020-06-09T03:00:00Z' },
  'inside one month': { from: '2020-03-03T00:00:00Z', before: '2020-03-20T00:00:00Z' },
  'open start': { before: '2020-04-15T00:00:00Z' },
  'open end': { from: '2020-03-15T00:00:00Z' },
  empty: { from: '2030-01-01T00:00:00Z' },
};

describe('speaker counts kept by triggers, and topSpeakers answered from them', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  const sql: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (query) => sql.push(query) });
    graphql = graphqlCaller(database.prisma);
    for (let i = 0; i < 40; i++) await ingestArticle(database.prisma, normalizeArticle(article(i), { line: i + 1 }));
  });
  afterAll(() => database?.drop());

  /** The summaries minus a fresh count from statement: every row that differs (none when they agree). */
  async function summaryDrift() {
    return database.prisma.$queryRaw<unknown[]>`
      WITH counted AS (
        SELECT CASE WHEN speaker_person_id IS NOT NULL THEN 'PERSON' ELSE 'ORGANIZATION' END AS speaker_type,
               coalesce(speaker_person_id, speaker_organization_id) AS speaker_id,
               date_trunc('month', published_at AT TIME ZONE 'UTC')::date AS month, count(*)::int AS statements
        FROM statement WHERE speaker_person_id IS NOT NULL OR speaker_organization_id IS NOT NULL GROUP BY 1, 2, 3),
      by_month AS (SELECT speaker_type, speaker_id, month, statements FROM counted WHERE month IS NOT NULL),
      by_speaker AS (SELECT speaker_type, speaker_id, NULL::date AS month, sum(statements)::int AS statements FROM counted GROUP BY 1, 2),
      stored AS (
        SELECT speaker_type::text, speaker_id, month, statements FROM speaker_month_stat WHERE statements > 0
        UNION ALL SELECT speaker_type::text, speaker_id, NULL, statements FROM speaker_stat WHERE statements > 0)
      (SELECT * FROM by_month UNION ALL SELECT * FROM by_speaker EXCEPT ALL SELECT * FROM stored)
      UNION ALL
      (SELECT * FROM stored EXCEPT ALL (SELECT * FROM by_month UNION ALL SELECT * FROM by_speaker))`;
  }

  async function topSpeakers(range: { from?: string; before?: string } | undefined, countFromStatements: boolean) {
    sql.length = 0;
    const { data, errors } = await graphql(
      `query ($filter: StatementFilter) { topSpeakers(first: 100, filter: $filter) { totalCount edges { node { count ${countFromStatements ? 'articleCount' : ''}
         speaker { __typename ... on Person { name } ... on Organization { name } } } } } }`,
      { filter: range ? { publishedAt: range } : null },
    );
    expect(errors).toBeUndefined();
    // The summary path adds up `n` (dated ranges) or reads speaker_stat (all time).
    const readSummary = sql.some((query) => /sum\(s\.n\)|\bspeaker_stat\b/.test(query));
    return {
      readSummary,
      totalCount: data.topSpeakers.totalCount,
      rows: data.topSpeakers.edges.map(({ node }: any) => [node.speaker.__typename, node.speaker.name, node.count]),
    };
  }

  async function expectSummaryAnswersLikeStatements() {
    for (const [name, range] of Object.entries(RANGES)) {
      const fromSummary = await topSpeakers(range, false);
      const fromStatements = await topSpeakers(range, true); // articleCount is not in the summaries
      expect(fromSummary.readSummary, name).toBe(true);
      expect(fromStatements.readSummary, name).toBe(false);
      expect(fromSummary.rows, name).toEqual(fromStatements.rows);
      expect(fromSummary.totalCount, name).toBe(fromStatements.totalCount);
      if (name !== 'empty') expect(fromSummary.rows.length, name).toBeGreaterThan(3);
    }
  }

  it('counts what ingestion stored, and topSpeakers gives the same answer from them as from the statements', async () => {
    expect(await summaryDrift()).toEqual([]);
    await expectSummaryAnswersLikeStatements();
  });

  it('stays exact when articles are replaced or deleted and people merged', async () => {
    await ingestArticle(database.prisma, normalizeArticle(article(3, 1), { line: 1 })); // new text: replaced
    const [first] = await database.prisma.article.findMany({ orderBy: { id: 'asc' }, take: 1 });
    await deleteArticle(database.prisma, first!.id);
    const [merkel, macron] = await Promise.all(
      ['Angela Merkel', 'Emmanuel Macron'].map((name) => database.prisma.person.findFirstOrThrow({ where: { name } })),
    );
    await mergeEntities(database.prisma, PERSON, merkel!.id, [macron!.id]);
    expect(await summaryDrift()).toEqual([]);
    await expectSummaryAnswersLikeStatements();
  });

  it('reads the counts and the speakers they name in one SQL statement', async () => {
    for (const filter of [
      '',
      'filter: { publishedAt: { from: "2020-02-01T00:00:00Z" } }',
      'filter: { kind: [DIRECT] }',
    ]) {
      sql.length = 0;
      const { data, errors } = await graphql(
        `{ topSpeakers(first: 5, ${filter}) { edges { node { count speaker { __typename ... on Person { id name aliases } ... on Organization { name } } } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.topSpeakers.edges.every(({ node }: any) => node.speaker?.name)).toBe(true);
      expect(sql, filter).toHaveLength(1);
    }
  });

  it('counts from the statements when the filter is more than a date range, or there is a topic', async () => {
    sql.length = 0;
    const { errors } = await graphql(`
      {
        a: topSpeakers(filter: { search: "budget" }) {
          totalCount
        }
        b: topSpeakers(filter: { kind: [DIRECT] }) {
          totalCount
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(sql.some((query) => /sum\(s\.n\)|\bspeaker_stat\b/.test(query))).toBe(false);
  });
});
