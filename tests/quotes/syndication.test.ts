import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../server/curation/delete-article.js';
import { estimatedJaccard, minhashSignature } from '../../server/extract/minhash.js';
import { wireServiceOf } from '../../server/extract/wire-service.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { quoteDrift, syndicationDrift } from './quote-drift.js';
import { AP_COPIES, apCopy, OTHER_STORY } from './syndication-fixtures.js';

describe('MinHash signatures and wire credits', () => {
  it('estimates copies as similar and another story on the event as not', () => {
    const [original, , extended] = AP_COPIES.map((input) => minhashSignature(input.text));
    expect(estimatedJaccard(original!, minhashSignature(AP_COPIES[1]!.text))).toBe(1);
    expect(estimatedJaccard(original!, extended!)).toBeGreaterThanOrEqual(0.8);
    expect(estimatedJaccard(original!, minhashSignature(OTHER_STORY.text))).toBeLessThan(0.3);
    expect(minhashSignature('')).toEqual([]);
  });

  it('reads agencies from datelines and credit lines, not from a source named in the text', () => {
    expect(wireServiceOf(AP_COPIES[0]!.text)).toBe('AP');
    expect(wireServiceOf('LONDON (Reuters) - Shares fell on Monday.')).toBe('Reuters');
    expect(wireServiceOf('Shares fell.\n\nReporting by Jane Doe; Editing by John Roe')).toBe('Reuters');
    expect(wireServiceOf('PARIS (AFP) - Strikes went on.')).toBe('AFP');
    expect(wireServiceOf('Shares fell on Monday, Reuters reported, citing traders.')).toBeNull();
    expect(wireServiceOf(OTHER_STORY.text)).toBeNull();
  });
});

describe('syndication groups', () => {
  let database: TestDatabase;
  let graphql: ReturnType<typeof graphqlCaller>;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    database = await createTestDatabase();
    graphql = graphqlCaller(database.prisma);
    for (const input of [AP_COPIES[1]!, OTHER_STORY, AP_COPIES[2]!, AP_COPIES[0]!]) {
      ids.set(input.url, (await ingestArticle(database.prisma, normalizeArticle(input))).articleId);
    }
  });
  afterAll(() => database?.drop());

  const articleQuery = `query ($url: String!) { article(url: $url) { outlet isCopy wireService
    syndication { size original { outlet } copies(first: 10) { totalCount edges { node { outlet isCopy } } } } } }`;

  it('groups the AP story under two URLs and a copy with an extra paragraph; the earliest is the original', async () => {
    const { data, errors } = await graphql(articleQuery, { url: AP_COPIES[1]!.url });
    expect(errors).toBeUndefined();
    expect(data.article).toMatchObject({
      outlet: 'City Daily',
      isCopy: true,
      wireService: 'AP',
      syndication: { size: 3, original: { outlet: 'AP News' }, copies: { totalCount: 2 } },
    });
    expect(data.article.syndication.copies.edges.map((edge: any) => edge.node.outlet)).toEqual([
      'City Daily',
      'Valley News',
    ]);
    const original = await graphql(articleQuery, { url: AP_COPIES[0]!.url });
    expect(original.data.article).toMatchObject({ isCopy: false, syndication: { size: 3 } });
    const other = await graphql(articleQuery, { url: OTHER_STORY.url });
    expect(other.data.article).toMatchObject({ isCopy: false, syndication: null, wireService: null });
    expect(await syndicationDrift(database.prisma)).toEqual([]);
  });

  it('counts the story once with copies: EXCLUDE, in articles and in statement counts', async () => {
    const { data, errors } = await graphql(`
      {
        all: articles {
          totalCount
        }
        originals: articles(filter: { copies: EXCLUDE }) {
          totalCount
        }
        copies: articles(filter: { copies: ONLY }) {
          totalCount
        }
        michel: statements(filter: { speakerName: { name: "Charles Michel", mode: EXACT } }) {
          totalCount
        }
        michelOnce: statements(filter: { speakerName: { name: "Charles Michel", mode: EXACT }, copies: EXCLUDE }) {
          totalCount
        }
        counts: statementCounts(
          groupBy: [SPEAKER]
          filter: { speakerName: { name: "Morawiecki", mode: SURNAME }, copies: EXCLUDE }
        ) {
          edges {
            node {
              count
            }
          }
        }
        top: topSpeakers(filter: { copies: EXCLUDE, speakerName: { name: "Morawiecki", mode: SURNAME } }) {
          edges {
            node {
              count
            }
          }
        }
        topAll: topSpeakers(filter: { speakerName: { name: "Morawiecki", mode: SURNAME } }) {
          edges {
            node {
              count
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data.all.totalCount).toBe(4);
    expect(data.originals.totalCount).toBe(2);
    expect(data.copies.totalCount).toBe(2);
    expect(data.michel.totalCount).toBeGreaterThanOrEqual(4); // three copies and the other story
    expect(data.michelOnce.totalCount).toBe(data.michel.totalCount - 2);
    // Morawiecki's line: once in the AP story (counted once) and once in the other story.
    expect(data.counts.edges[0].node.count).toBe(2);
    expect(data.top.edges[0].node.count).toBe(2);
    expect(data.topAll.edges[0].node.count).toBe(4);
  });

  it('re-forms the group when the original is deleted, and dissolves it when one article is left', async () => {
    await deleteArticle(database.prisma, ids.get(AP_COPIES[0]!.url)!);
    const { data } = await graphql(articleQuery, { url: AP_COPIES[2]!.url });
    expect(data.article).toMatchObject({ isCopy: true, syndication: { size: 2, original: { outlet: 'City Daily' } } });
    expect(await syndicationDrift(database.prisma)).toEqual([]);
    await deleteArticle(database.prisma, ids.get(AP_COPIES[1]!.url)!);
    const alone = await graphql(articleQuery, { url: AP_COPIES[2]!.url });
    expect(alone.data.article).toMatchObject({ isCopy: false, syndication: null });
    expect(await database.prisma.syndicationGroup.count()).toBe(0);
    expect(await syndicationDrift(database.prisma)).toEqual([]);
  });

  it('leaves a group when re-ingested with other text', async () => {
    for (const input of AP_COPIES.slice(0, 2)) await ingestArticle(database.prisma, normalizeArticle(input));
    expect(await database.prisma.articleSyndication.count({ where: { groupId: { not: null } } })).toBe(3);
    const rewritten = {
      ...AP_COPIES[1]!,
      text: 'The city council voted on Thursday to rebuild the old bridge over the river.\n\n“It is long overdue,” Mayor Anna Berg said.',
    };
    expect((await ingestArticle(database.prisma, normalizeArticle(rewritten))).status).toBe('UPDATED');
    const { data } = await graphql(articleQuery, { url: AP_COPIES[1]!.url });
    expect(data.article).toMatchObject({ isCopy: false, syndication: null });
    expect(await database.prisma.articleSyndication.count({ where: { groupId: { not: null } } })).toBe(2);
    expect(await syndicationDrift(database.prisma)).toEqual([]);
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });
});

describe('concurrent ingestion of copies', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('makes one group and one quote for each line', async () => {
    const copies = Array.from({ length: 8 }, (_, i) => apCopy(i));
    await Promise.all(copies.map((input) => ingestArticle(database.prisma, normalizeArticle(input))));
    const groups = await database.prisma.syndicationGroup.findMany();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.size).toBe(8);
    const lines = await database.prisma.quote.findMany({
      where: { text: { startsWith: 'We did not get everything we wanted' } },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ occurrenceCount: 8, outletCount: 8 });
    // Every quote is printed by all eight copies: one quote per line, none split by the race.
    const counts = await database.prisma.quote.findMany({ select: { occurrenceCount: true } });
    expect(counts.every((quote) => quote.occurrenceCount === 8)).toBe(true);
    expect(await syndicationDrift(database.prisma)).toEqual([]);
    expect(await quoteDrift(database.prisma)).toEqual([]);
  });
});
