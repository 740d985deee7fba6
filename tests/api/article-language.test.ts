import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/auth/api-keys.js';
import { bulkIngest } from '../../server/ingest/bulk-ingest.js';
import { readArticleSource } from '../../server/ingest/read-article-source.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { tempFolder } from '../ingest/synthetic-corpus.js';

// Written for this test. Each holds a quote with a speech verb and a name, which the English rules would
// turn into statements; each uses a form of a word that the query below uses in another form.
const GERMAN = {
  url: 'https://www.example.de/politik/2024/03/06/verhandlungen-in-berlin',
  text: [
    '„Wir werden die Verhandlungen mit den Ländern fortsetzen, auch wenn es schwierig wird“, sagte Bundeskanzlerin Angela Merkel am Mittwoch in Berlin.',
    'Die Opposition kritisierte die Pläne der Regierung als unzureichend und forderte mehr Geld für die Kommunen. Nach Angaben des Finanzministeriums sollen die Gespräche in der kommenden Woche weitergehen.',
  ].join('\n\n'),
};
const FRENCH = {
  url: 'https://www.example.fr/politique/2024/03/06/le-ministre-et-les-syndicats',
  text: [
    '« Nous ne reculerons pas devant les syndicats », déclarait mercredi le ministre Bruno Le Maire à Paris, devant les députés réunis en commission.',
    'L’opposition a jugé ces annonces insuffisantes et réclame un débat au Parlement avant la fin du mois. Les syndicats appellent à une nouvelle journée de grève la semaine prochaine.',
  ].join('\n\n'),
};
const ENGLISH = {
  url: 'https://www.example.com/world/2024/03/06/ministers-meet-on-the-wars',
  text: [
    '“We will not stop until the wars in the region are over,” Foreign Minister Anna Berg said on Wednesday in Geneva.',
    'Peter Brown, a spokesman for the opposition, said that the government had no plan for the talks. The ministers will meet again next week to discuss the ceasefire and the reconstruction of the cities.',
  ].join('\n\n'),
};

const ARTICLE_FIELDS = `url language extraction statementCount personMentions { totalCount }`;

describe('article language: detected or given, extraction only in English, search in each language', () => {
  let database: TestDatabase;
  let db: pg.Pool;
  let graphql: ReturnType<typeof graphqlCaller>;
  let editor: Record<string, string>;

  const article = async (url: string) =>
    (await graphql(`query ($url: String!) { article(url: $url) { ${ARTICLE_FIELDS} } }`, { url })).data.article;
  const searchArticles = async (query: string) =>
    (
      await graphql(
        `
          query ($query: String!) {
            searchArticles(search: $query) {
              edges {
                node {
                  url
                }
                snippet {
                  text
                }
              }
            }
          }
        `,
        { query },
      )
    ).data.searchArticles.edges as { node: { url: string }; snippet: { text: string } }[];
  const filterArticles = async (search: string) =>
    (
      (
        await graphql(
          `
            query ($search: String!) {
              articles(filter: { search: $search }) {
                edges {
                  node {
                    url
                  }
                }
              }
            }
          `,
          {
            search,
          },
        )
      ).data.articles.edges as { node: { url: string } }[]
    ).map((edge) => edge.node.url);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Pool({ connectionString: database.url, max: 3 });
    graphql = graphqlCaller(database.prisma);
    editor = {
      authorization: `Bearer ${(await createApiKey(database.prisma, { role: 'EDITOR', name: 'language test' })).key}`,
    };
    // Bulk ingestion (extraction on a worker thread), with nothing said about the language.
    const folder = tempFolder();
    const file = path.join(folder, 'articles.jsonl');
    writeFileSync(file, [GERMAN, FRENCH, ENGLISH].map((record) => JSON.stringify(record)).join('\n'));
    const summary = await bulkIngest(db, readArticleSource([file]), { threads: 1, writers: 1 });
    expect(summary.failed).toEqual([]);
    expect(summary.created).toBe(3);
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('detects German and French, stores them without statements or mentions, marked SKIPPED_LANGUAGE', async () => {
    expect(await article(GERMAN.url)).toEqual({
      url: GERMAN.url,
      language: 'de',
      extraction: 'SKIPPED_LANGUAGE',
      statementCount: 0,
      personMentions: { totalCount: 0 },
    });
    expect(await article(FRENCH.url)).toEqual({
      url: FRENCH.url,
      language: 'fr',
      extraction: 'SKIPPED_LANGUAGE',
      statementCount: 0,
      personMentions: { totalCount: 0 },
    });
  });

  it('extracts English as before', async () => {
    const english = await article(ENGLISH.url);
    expect(english).toMatchObject({ language: 'en', extraction: 'DONE' });
    expect(english.statementCount).toBeGreaterThanOrEqual(2);
    expect(english.personMentions.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('finds each article by another form of its words, stemmed in its own language', async () => {
    // The English configuration would not join these forms: the test would fail with it.
    const { rows } = await db.query(
      `SELECT to_tsvector('english', 'Verhandlungen') @@ websearch_to_tsquery('english', 'Verhandlung') AS de,
              to_tsvector('english', 'déclarait') @@ websearch_to_tsquery('english', 'déclaré') AS fr`,
    );
    expect(rows[0]).toEqual({ de: false, fr: false });

    const german = await searchArticles('Verhandlung');
    expect(german.map((edge) => edge.node.url)).toEqual([GERMAN.url]);
    expect(german[0]!.snippet.text).toContain('Verhandlungen');
    expect(await searchArticles('déclaré')).toMatchObject([{ node: { url: FRENCH.url } }]);
    expect(await filterArticles('Verhandlung -Kommunen')).toEqual([]);
    expect(await filterArticles('Verhandlung')).toEqual([GERMAN.url]);
    expect(await filterArticles('déclaré')).toEqual([FRENCH.url]);
  });

  it('keeps English search as it was: stemmed in English, statements included', async () => {
    expect(await filterArticles('war')).toEqual([ENGLISH.url]);
    const { data } = await graphql(`
      {
        searchStatements(search: "war") {
          edges {
            node {
              text
              article {
                url
              }
            }
          }
        }
      }
    `);
    expect(data.searchStatements.edges).toHaveLength(1);
    expect(data.searchStatements.edges[0].node.text).toContain('wars');
    // A German article mentioning nothing English is not found by the English word.
    expect(await filterArticles('negotiations')).toEqual([]);
  });

  it('takes the language given with the article over detection, and refuses a code that is no language', async () => {
    const INGEST = `mutation ($article: ArticleInput!) {
      ingestArticle(input: { article: $article }) {
        __typename
        ... on IngestArticlePayload { article { ${ARTICLE_FIELDS} } }
        ... on InvalidArticleError { field reason }
      }
    }`;
    const given = { url: 'https://www.example.com/2024/03/07/given', body: ENGLISH.text, language: 'DE' };
    const stored = await graphql(INGEST, { article: given }, editor);
    expect(stored.data.ingestArticle.article).toMatchObject({
      language: 'de',
      extraction: 'SKIPPED_LANGUAGE',
      statementCount: 0,
    });
    const refused = await graphql(INGEST, { article: { ...given, url: `${given.url}-2`, language: 'xx' } }, editor);
    expect(refused.data.ingestArticle).toMatchObject({ __typename: 'InvalidArticleError' });
    expect(refused.data.ingestArticle.field).toMatch(/language$/);
    expect(refused.data.ingestArticle.reason).toContain('ISO 639-1');
  });

  it('takes a text too short to tell as English', async () => {
    const INGEST = `mutation ($article: ArticleInput!) {
      ingestArticle(input: { article: $article }) { ... on IngestArticlePayload { article { language extraction statementCount } } }
    }`;
    const short = { url: 'https://www.example.com/2024/03/07/short', body: '“Wir warten,” said Peter Brown.' };
    expect((await graphql(INGEST, { article: short }, editor)).data.ingestArticle.article).toEqual({
      language: 'en',
      extraction: 'DONE',
      statementCount: 1,
    });
  });
});
