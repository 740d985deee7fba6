import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchProbing } from '../../server/schema/search/search-connection.js';
import { RANK_WINDOW } from '../../server/schema/search/search-order.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

// More matches than the rank window: statement n (1 … RANK_WINDOW + 100) says "zeppelin" once, on day n;
// the oldest says it five times (the best match of all, but outside the newest RANK_WINDOW), and statement
// 500 three times (the best match inside the window). "albatross" is rare: said by statements 1 and 7.
const MATCHES = RANK_WINDOW + 100;
const defaultProbing = { ...searchProbing };

describe('search order: relevance among the newest matches, or newest first', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  const sql: string[] = [];
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString();

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (query) => sql.push(query) });
    graphql = graphqlCaller(database.prisma);
    const [{ id }] = await database.prisma.$queryRaw<{ id: number }[]>`
      INSERT INTO article (url, canonical_url, title, outlet, domain, body, content_hash, metadata)
      VALUES ('https://example.com/a', 'example.com/a', 'A', 'Example', 'example.com', 'body', 'hash', '{}') RETURNING id`;
    await database.prisma.$executeRaw`
      INSERT INTO statement (article_id, text, content, kind, start, "end", published_at)
      SELECT ${id}, t, t, 'DIRECT', 0, 4, ${day(0)}::timestamptz + make_interval(days => n)
      FROM generate_series(1, ${MATCHES}) AS n,
        LATERAL (SELECT CASE n WHEN 1 THEN 'zeppelin zeppelin zeppelin zeppelin zeppelin albatross' WHEN 7 THEN 'albatross over the zeppelin field'
                               WHEN 500 THEN 'zeppelin zeppelin zeppelin' ELSE 'the zeppelin field number ' || n END AS t) AS texts`;
    // Searched as a large table would be: a recent date bound is looked for whatever the sizes.
    Object.assign(searchProbing, { minRows: 0, commonRows: 1, rareFactor: 1 });
    await database.prisma.$executeRawUnsafe(`ANALYZE statement`);
  });
  afterAll(async () => {
    Object.assign(searchProbing, defaultProbing);
    await database?.drop();
  });

  const ORDERS: Record<string, string> = {
    RELEVANCE: '{ field: RANK }',
    NEWEST: '{ field: PUBLISHED_AT }',
    OLDEST: '{ field: PUBLISHED_AT, direction: ASC }',
  };
  const search = async (query: string, order: string, page = 'first: 3') => {
    const { data, errors } = await graphql(`{ searchStatements(search: "${query}", orderBy: ${ORDERS[order]}, ${page}) {
      totalCount pageInfo { hasNextPage endCursor } edges { rank node { text } } } }`);
    expect(errors).toBeUndefined();
    return data.searchStatements;
  };

  it('ranks a common word among its newest matches, and still counts every match', async () => {
    const result = await search('zeppelin', 'RELEVANCE');
    expect(result.totalCount).toBe(MATCHES);
    expect(result.edges[0].node.text).toBe('zeppelin zeppelin zeppelin');
    expect(result.edges.map((edge: any) => edge.node.text)).not.toContain(
      'zeppelin zeppelin zeppelin zeppelin zeppelin albatross',
    );
    expect(result.edges[0].rank).toBeGreaterThan(result.edges[1].rank);
  });

  it('ranks a rare word across all of its matches', async () => {
    const result = await search('albatross', 'RELEVANCE');
    expect(result.totalCount).toBe(2);
    expect(result.edges.map((edge: any) => edge.node.text).sort()).toEqual([
      'albatross over the zeppelin field',
      'zeppelin zeppelin zeppelin zeppelin zeppelin albatross',
    ]);
  });

  it('orders newest first with each edge still carrying its rank, and pages through every match', async () => {
    const first = await search('zeppelin', 'NEWEST');
    expect(first.edges.map((edge: any) => edge.node.text)).toEqual(
      [MATCHES, MATCHES - 1, MATCHES - 2].map((n) => `the zeppelin field number ${n}`),
    );
    expect(first.edges.every((edge: any) => edge.rank > 0)).toBe(true);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await search('zeppelin', 'NEWEST', `first: 100${cursor ? `, after: "${cursor}"` : ''}`);
      seen.push(...page.edges.map((edge: any) => edge.node.text));
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
    // Every match once, newest first, although each page searched only back to a date bound of its own.
    const all = await database.prisma.statement.findMany({
      where: { text: { contains: 'zeppelin' } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { text: true },
    });
    expect(seen).toEqual(all.map((row) => row.text));
    expect(sql.some((query) => query.includes('make_interval(days =>'))).toBe(true);
  });

  it('ranks the newest matches found within a recent date bound when enough are recent, with the same result', async () => {
    // 12,000 statements saying "quokka" one minute apart, after everything else: PostgreSQL's statistics put
    // the newest 1,000 after a recent date. The oldest says it five times (the best match, outside the
    // newest 1,000); statement 11,500 three times (the best inside).
    const [{ id }] = await database.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM article LIMIT 1`;
    await database.prisma.$executeRaw`
      INSERT INTO statement (article_id, text, content, kind, start, "end", published_at)
      SELECT ${id}, t, t, 'DIRECT', 0, 4, ${day(MATCHES + 10)}::timestamptz + make_interval(mins => n)
      FROM generate_series(1, 12000) AS n,
        LATERAL (SELECT CASE n WHEN 1 THEN 'quokka quokka quokka quokka quokka' WHEN 11500 THEN 'quokka quokka quokka' ELSE 'a quokka named ' || n END AS t) AS texts`;
    await database.prisma.$executeRawUnsafe(`ANALYZE statement`);
    sql.length = 0;
    const result = await search('quokka', 'RELEVANCE', 'first: 5');
    expect(result.totalCount).toBe(12000);
    expect(result.edges[0].node.text).toBe('quokka quokka quokka');
    expect(result.edges.map((edge: any) => edge.node.text)).not.toContain('quokka quokka quokka quokka quokka');
    // A probe with a date bound found the window; the page ranked those rows by id.
    expect(
      sql.some(
        (query) =>
          /published_at, '-infinity'::timestamptz\) >= \$\d+::timestamptz/.test(query) && query.includes('LIMIT'),
      ),
    ).toBe(true);
    expect(sql.some((query) => query.includes('SELECT page.*') && query.includes('.id = ANY('))).toBe(true);
    // The zeppelin searches, all older than the quokkas, still find every match.
    expect((await search('zeppelin', 'RELEVANCE')).edges[0].node.text).toBe('zeppelin zeppelin zeppelin');
    const newest = await search('zeppelin', 'NEWEST', 'first: 2');
    expect(newest.edges.map((edge: any) => edge.node.text)).toEqual(
      [MATCHES, MATCHES - 1].map((n) => `the zeppelin field number ${n}`),
    );
  });

  it('orders by any SearchOrder field either way: PUBLISHED_AT ASC starts at the oldest match', async () => {
    // Statement n is dated day n: the oldest match is n = 1, the newest n = MATCHES.
    expect((await search('zeppelin', 'OLDEST', 'first: 2')).edges.map((edge: any) => edge.node.text)).toEqual([
      'zeppelin zeppelin zeppelin zeppelin zeppelin albatross',
      'the zeppelin field number 2',
    ]);
    expect((await search('zeppelin', 'NEWEST', 'first: 1')).edges[0].node.text).toBe(
      `the zeppelin field number ${MATCHES}`,
    );
  });

  it('refuses a cursor from one order when paging in the other', async () => {
    const newest = await search('zeppelin', 'NEWEST');
    const { errors } = await graphql(
      `{ searchStatements(search: "zeppelin", orderBy: { field: RANK }, after: "${newest.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(errors?.[0]?.message).toMatch(/cursor/i);
  });
});
