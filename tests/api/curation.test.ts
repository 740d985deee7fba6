import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/auth/api-keys.js';
import { nameKey } from '../../server/names/name-key.js';
import { graphqlCaller } from '../setup/graphql.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { ARTICLES, loadFixture, type Fixture } from './analyst-fixture.js';

const RESULT_FIELDS = `__typename ... on Error { message } ... on InvalidInputError { field reason } ... on NotFoundError { id entityType }`;

describe('mutations: ingestion, deletion and curation, with typed errors', () => {
  let database: TestDatabase;
  let call: ReturnType<typeof graphqlCaller>;
  let fixture: Fixture;
  let editor: Record<string, string>;
  const graphql = (query: string, variables?: Record<string, unknown>) => call(query, variables, editor);
  const person = (id: number) => encodeGlobalID('Person', id);

  beforeAll(async () => {
    database = await createTestDatabase();
    call = graphqlCaller(database.prisma);
    fixture = await loadFixture(database.prisma);
    editor = {
      authorization: `Bearer ${(await createApiKey(database.prisma, { role: 'EDITOR', name: 'curation test' })).key}`,
    };
  });
  afterAll(() => database?.drop());

  describe('ingestion', () => {
    const INGEST = `mutation ($input: IngestArticleInput!) {
      ingestArticle(input: $input) {
        __typename
        ... on IngestArticlePayload { status article { title } }
        ... on DuplicateArticleError { message url existing { title } }
      }
    }`;
    const existing = { url: `${ARTICLES[0]!.url}?utm_source=feed`, body: 'Other text altogether.' };

    it('returns a DuplicateArticleError for a stored URL with ifExists: FAIL, and leaves it with KEEP', async () => {
      const failed = await graphql(INGEST, { input: { article: existing, ifExists: 'FAIL' } });
      expect(failed.data.ingestArticle).toMatchObject({
        __typename: 'DuplicateArticleError',
        existing: { title: ARTICLES[0]!.title },
      });
      expect(failed.data.ingestArticle.message).toMatch(/already stored/);
      const kept = await graphql(INGEST, { input: { article: existing, ifExists: 'KEEP' } });
      expect(kept.data.ingestArticle).toEqual({
        __typename: 'IngestArticlePayload',
        status: 'UNCHANGED',
        article: { title: ARTICLES[0]!.title },
      });
      expect(
        (await database.prisma.article.findUniqueOrThrow({ where: { id: fixture.articles.a1 } })).contentHash,
      ).toBe('a1');
    });

    it('ingests a batch item by item: stored, invalid and duplicate items each get their own result', async () => {
      const articlesBefore = await database.prisma.article.count();
      const good = {
        url: 'https://example.org/news/2016/12/01/harbour-plan',
        body: '"We will rebuild the harbour," said Maria Lopez, the mayor.',
      };
      const { data, errors } = await graphql(
        `
          mutation ($input: IngestArticlesInput!) {
            ingestArticles(input: $input) {
              __typename
              ... on IngestArticlesPayload {
                createdCount
                updatedCount
                unchangedCount
                failedCount
                results {
                  __typename
                  ... on IngestArticlePayload {
                    status
                    article {
                      url
                    }
                  }
                  ... on InvalidArticleError {
                    field
                  }
                  ... on DuplicateArticleError {
                    url
                    existing {
                      url
                    }
                  }
                }
              }
            }
          }
        `,
        {
          input: {
            articles: [
              good,
              { url: 'not a url', body: 'x' },
              { ...good, url: `${good.url}#comments` },
              { url: 'https://example.org/empty', body: '  ' },
            ],
          },
        },
      );
      expect(errors).toBeUndefined();
      const batch = data.ingestArticles;
      expect(batch.results.map((item: any) => item.__typename)).toEqual([
        'IngestArticlePayload',
        'InvalidArticleError',
        'DuplicateArticleError',
        'InvalidArticleError',
      ]);
      expect(batch.results[0].status).toBe('CREATED');
      expect(batch.results[1].field).toBe('input.articles[1].url');
      expect(batch.results[2].existing.url).toBe(good.url);
      expect(batch.results[3].field).toBe('input.articles[3].body');
      expect([batch.createdCount, batch.updatedCount, batch.unchangedCount, batch.failedCount]).toEqual([1, 0, 0, 3]);
      expect(await database.prisma.article.count()).toBe(articlesBefore + 1);
    });

    it('refuses a batch over 100 articles as a whole with an InvalidInputError', async () => {
      const articles = Array.from({ length: 101 }, (_, i) => ({ url: `https://example.org/bulk/${i}`, body: 'Text.' }));
      const before = await database.prisma.article.count();
      const { data, errors } = await graphql(
        `
          mutation ($input: IngestArticlesInput!) {
            ingestArticles(input: $input) {
              __typename
              ... on Error {
                message
              }
              ... on InvalidInputError {
                field
                reason
              }
            }
          }
        `,
        { input: { articles } },
      );
      expect(errors).toBeUndefined();
      expect(data.ingestArticles).toMatchObject({ __typename: 'InvalidInputError', field: 'input.articles' });
      expect(data.ingestArticles.reason).toMatch(/101 articles is more than the 100/);
      expect(await database.prisma.article.count()).toBe(before);
    });
  });

  describe('deleteArticle', () => {
    const DELETE = `mutation ($id: ID!) { deleteArticle(input: { id: $id }) { ${RESULT_FIELDS} ... on DeleteArticlePayload { deletedId url deletedStatementCount } } }`;

    it('deletes an article with its statements and mentions, then reports it not found', async () => {
      const id = encodeGlobalID('Article', fixture.articles.a4!);
      const statements = await database.prisma.statement.count();
      const { data } = await graphql(DELETE, { id });
      expect(data.deleteArticle).toEqual({
        __typename: 'DeleteArticlePayload',
        deletedId: id,
        url: ARTICLES[3]!.url,
        deletedStatementCount: 1,
      });
      expect(await database.prisma.statement.count()).toBe(statements - 1);
      expect(await database.prisma.organizationMention.count({ where: { articleId: fixture.articles.a4 } })).toBe(0);
      // The organization stays.
      expect(await database.prisma.organization.count({ where: { id: fixture.organizations.icc } })).toBe(1);
      const again = await graphql(DELETE, { id });
      expect(again.data.deleteArticle).toMatchObject({ __typename: 'NotFoundError', id, entityType: 'Article' });
    });

    it('returns an InvalidInputError for an ID of another type', async () => {
      const { data } = await graphql(DELETE, { id: person(fixture.people.putin) });
      expect(data.deleteArticle).toMatchObject({ __typename: 'InvalidInputError', field: 'input.id' });
      expect(data.deleteArticle.reason).toMatch(/a Person was given where a Article is expected/);
    });
  });

  describe('updatePerson / updateOrganization', () => {
    const UPDATE_PERSON = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { ${RESULT_FIELDS}
      ... on NameTakenError { existingId name }
      ... on UpdatePersonPayload { person { name aliases description } } } }`;
    const UPDATE = (query: string, { id, input }: { id: string; input: Record<string, unknown> }) =>
      graphql(query, { input: { id, ...input } });

    it('renames a person, keeping the old name as an alias that still finds them', async () => {
      const { data } = await UPDATE(UPDATE_PERSON, {
        id: person(fixture.people.hollande),
        input: { name: 'François Gérard Hollande', description: 'President of France, 2012–2017' },
      });
      expect(data.updatePerson.person).toEqual({
        name: 'François Gérard Hollande',
        aliases: ['François Gérard Hollande', 'François Hollande', 'Hollande'],
        description: 'President of France, 2012–2017',
      });
      const found = await graphql(`
        {
          person(name: "François Hollande") {
            ... on Person {
              name
              statementCount
            }
          }
        }
      `);
      expect(found.data.person).toEqual({ name: 'François Gérard Hollande', statementCount: 1 });
      const row = await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.hollande } });
      expect(row.mergedKeys).toEqual(['francois hollande']);
    });

    it('finds a person by their own name before anyone whose alias it is', async () => {
      // Created first, so an alias match alone would find him: the linker once gave him "Donald Trump".
      for (const [name, aliases] of [
        ['Donald Trump Jr.', ['Donald Trump Jr.', 'Donald Trump']],
        ['Donald Trump', ['Donald Trump']],
      ] as const) {
        await database.prisma.person.create({ data: { name, nameKey: nameKey(name), aliases: [...aliases] } });
      }
      expect(
        (
          await graphql(`
            {
              person(name: "Donald Trump") {
                ... on Person {
                  name
                }
              }
            }
          `)
        ).data.person,
      ).toEqual({ name: 'Donald Trump' });
      expect(
        (
          await graphql(`
            {
              person(name: "donald trump jr") {
                ... on Person {
                  name
                }
              }
            }
          `)
        ).data.person,
      ).toEqual({ name: 'Donald Trump Jr.' });
    });

    it('replaces aliases and clears the description', async () => {
      const { data } = await UPDATE(UPDATE_PERSON, {
        id: person(fixture.people.hollande),
        input: { aliases: ['Hollande'], description: null },
      });
      expect(data.updatePerson.person).toEqual({
        name: 'François Gérard Hollande',
        aliases: ['François Gérard Hollande', 'Hollande'],
        description: null,
      });
    });

    it('refuses a name another person has (NameTakenError), a blank name and an unknown id', async () => {
      const taken = await UPDATE(UPDATE_PERSON, {
        id: person(fixture.people.merkel),
        input: { name: 'vladimir putin' },
      });
      expect(taken.data.updatePerson).toMatchObject({
        __typename: 'NameTakenError',
        existingId: person(fixture.people.putin),
        name: 'Vladimir Putin',
      });
      const blank = await UPDATE(UPDATE_PERSON, { id: person(fixture.people.merkel), input: { name: '  ' } });
      expect(blank.data.updatePerson).toMatchObject({ __typename: 'InvalidInputError', field: 'input.name' });
      const missing = await UPDATE(UPDATE_PERSON, { id: person(999_999), input: { description: 'x' } });
      expect(missing.data.updatePerson).toMatchObject({ __typename: 'NotFoundError', entityType: 'Person' });
      expect((await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.merkel } })).name).toBe(
        'Angela Merkel',
      );
    });

    it('updates an organization', async () => {
      const { data } = await graphql(
        `
          mutation ($id: ID!) {
            updateOrganization(input: { id: $id, description: "Russia’s presidential administration" }) {
              ... on UpdateOrganizationPayload {
                organization {
                  name
                  description
                }
              }
            }
          }
        `,
        { id: encodeGlobalID('Organization', fixture.organizations.kremlin) },
      );
      expect(data.updateOrganization.organization).toEqual({
        name: 'Kremlin',
        description: 'Russia’s presidential administration',
      });
    });
  });

  describe('merge and split', () => {
    const MERGE = `mutation ($target: ID!, $sources: [ID!]!, $dryRun: Boolean! = false) {
      mergePeople(input: { targetId: $target, sourceIds: $sources, dryRun: $dryRun }) { ${RESULT_FIELDS}
      ... on MergePeoplePayload { dryRun mergedIds movedStatementCount movedMentionCount aliases person { name aliases statementCount mentionCount } } } }`;
    let duplicate: number;
    let a5: number;

    beforeAll(async () => {
      // "P. Poroshenko": a duplicate of Petro Poroshenko that extraction made from an article naming him so.
      duplicate = (
        await database.prisma.person.create({
          data: { name: 'P. Poroshenko', nameKey: 'p poroshenko', aliases: ['P. Poroshenko'] },
        })
      ).id;
      a5 = (
        await database.prisma.article.create({
          data: {
            url: 'https://example.org/a5',
            canonicalUrl: 'example.org/a5',
            title: 'Kyiv briefing',
            outlet: 'Example',
            domain: 'example.org',
            body: 'P. Poroshenko spoke.',
            contentHash: 'a5',
            metadata: [],
          },
        })
      ).id;
      await database.prisma.personMention.create({
        data: { articleId: a5, personId: duplicate, start: 0, end: 13, text: 'P. Poroshenko', form: 'NAME' },
      });
      await database.prisma.personMention.create({
        data: { articleId: a5, personId: duplicate, start: 14, end: 16, text: 'he', form: 'PRONOUN' },
      });
      await database.prisma.statement.create({
        data: {
          articleId: a5,
          text: 'We stand firm',
          content: 'We stand firm',
          kind: 'DIRECT',
          start: 0,
          end: 13,
          cue: 'said',
          speakerPersonId: duplicate,
        },
      });
      // a3 names him both ways: there they are one person in the text itself.
      await database.prisma.personMention.create({
        data: {
          articleId: fixture.articles.a3!,
          personId: duplicate,
          start: 0,
          end: 13,
          text: 'P. Poroshenko',
          form: 'SHORT_NAME',
        },
      });
      // s8 already mentions Petro Poroshenko: the moved link must not be doubled.
      await database.prisma.statementPerson.create({
        data: { statementId: fixture.statements.s8!, personId: duplicate },
      });
    });

    it('refuses to merge into itself, an unknown id or an ID of another type, and changes nothing', async () => {
      const self = await graphql(MERGE, { target: person(duplicate), sources: [person(duplicate)] });
      expect(self.data.mergePeople).toMatchObject({ __typename: 'InvalidInputError', field: 'input.sourceIds' });
      const unknown = await graphql(MERGE, {
        target: person(fixture.people.poroshenko),
        sources: [person(duplicate), person(999_999)],
      });
      expect(unknown.data.mergePeople).toMatchObject({ __typename: 'NotFoundError', id: person(999_999) });
      const wrongType = await graphql(MERGE, { target: encodeGlobalID('Article', 1), sources: [person(duplicate)] });
      expect(wrongType.data.mergePeople).toMatchObject({ __typename: 'InvalidInputError', field: 'input.targetId' });
      expect(await database.prisma.statement.count({ where: { speakerPersonId: duplicate } })).toBe(1);
      expect(await database.prisma.person.count({ where: { id: duplicate } })).toBe(1);
    });

    it('with dryRun: true reports what a merge would change and changes nothing', async () => {
      const before = await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.poroshenko } });
      const { data, errors } = await graphql(MERGE, {
        target: person(fixture.people.poroshenko),
        sources: [person(duplicate)],
        dryRun: true,
      });
      expect(errors).toBeUndefined();
      expect(data.mergePeople).toEqual({
        __typename: 'MergePeoplePayload',
        dryRun: true,
        mergedIds: [person(duplicate)],
        movedStatementCount: 1,
        movedMentionCount: 3,
        aliases: ['P. Poroshenko', 'Petro Poroshenko', 'Poroshenko'],
        // The target as it still is.
        person: { name: 'Petro Poroshenko', aliases: before.aliases, statementCount: 1, mentionCount: 2 },
      });
      expect(await database.prisma.person.count({ where: { id: duplicate } })).toBe(1);
      expect(await database.prisma.statement.count({ where: { speakerPersonId: duplicate } })).toBe(1);
      expect(await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.poroshenko } })).toEqual(
        before,
      );
    });

    it('merges atomically: statements, mentions and links move, the old name becomes an alias and a merged key', async () => {
      const { data, errors } = await graphql(MERGE, {
        target: person(fixture.people.poroshenko),
        sources: [person(duplicate)],
      });
      expect(errors).toBeUndefined();
      expect(data.mergePeople).toEqual({
        __typename: 'MergePeoplePayload',
        dryRun: false,
        aliases: ['P. Poroshenko', 'Petro Poroshenko', 'Poroshenko'],
        mergedIds: [person(duplicate)],
        movedStatementCount: 1,
        movedMentionCount: 3,
        person: {
          name: 'Petro Poroshenko',
          aliases: ['P. Poroshenko', 'Petro Poroshenko', 'Poroshenko'],
          statementCount: 2,
          mentionCount: 5,
        },
      });
      expect(
        (
          await graphql(
            `
              query ($id: ID!) {
                node(id: $id) {
                  id
                }
              }
            `,
            { id: person(duplicate) },
          )
        ).data.node,
      ).toBeNull();
      expect(await database.prisma.statementPerson.count({ where: { statementId: fixture.statements.s8 } })).toBe(2); // Putin and Poroshenko, once each
      const row = await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.poroshenko } });
      expect(row.mergedKeys).toEqual(['p poroshenko']);
    });

    it('splits a wrong merge back off by alias: only articles naming the person only that way move', async () => {
      const { data, errors } = await graphql(
        `mutation ($id: ID!) { splitPersonAlias(input: { id: $id, alias: "P. Poroshenko" }) { ${RESULT_FIELDS} ... on SplitPersonAliasPayload {
          created movedArticleCount movedMentionCount movedStatementCount from { name aliases statementCount } to { name aliases statementCount mentionCount }
        } } }`,
        { id: person(fixture.people.poroshenko) },
      );
      expect(errors).toBeUndefined();
      expect(data.splitPersonAlias).toEqual({
        __typename: 'SplitPersonAliasPayload',
        created: true,
        movedArticleCount: 1, // a5; a3 also says "Petro Poroshenko"
        movedMentionCount: 2, // the name and the pronoun in a5
        movedStatementCount: 1,
        from: { name: 'Petro Poroshenko', aliases: ['Petro Poroshenko', 'Poroshenko'], statementCount: 1 },
        to: { name: 'P. Poroshenko', aliases: ['P. Poroshenko'], statementCount: 1, mentionCount: 2 },
      });
      const row = await database.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.poroshenko } });
      expect(row.mergedKeys).toEqual([]);
      const unknownAlias = await graphql(
        `mutation ($id: ID!) { splitPersonAlias(input: { id: $id, alias: "Pyotr" }) { ${RESULT_FIELDS} } }`,
        { id: person(fixture.people.poroshenko) },
      );
      expect(unknownAlias.data.splitPersonAlias).toMatchObject({
        __typename: 'InvalidInputError',
        field: 'input.alias',
      });
      const ownName = await graphql(
        `mutation ($id: ID!) { splitPersonAlias(input: { id: $id, alias: "petro poroshenko" }) { ${RESULT_FIELDS} } }`,
        { id: person(fixture.people.poroshenko) },
      );
      expect(ownName.data.splitPersonAlias.reason).toMatch(/own name/);
    });

    it('merges organizations the same way', async () => {
      const un = (await database.prisma.organization.create({ data: { name: 'UN', nameKey: 'un', aliases: ['UN'] } }))
        .id;
      await database.prisma.statement.update({
        where: { id: fixture.statements.s6! },
        data: { speakerOrganizationId: un },
      });
      const { data } = await graphql(
        `
          mutation ($target: ID!, $sources: [ID!]!) {
            mergeOrganizations(input: { targetId: $target, sourceIds: $sources }) {
              ... on MergeOrganizationsPayload {
                movedStatementCount
                organization {
                  name
                  aliases
                  statementCount
                }
              }
            }
          }
        `,
        {
          target: encodeGlobalID('Organization', fixture.organizations.un),
          sources: [encodeGlobalID('Organization', un)],
        },
      );
      expect(data.mergeOrganizations).toEqual({
        movedStatementCount: 1,
        organization: { name: 'United Nations', aliases: ['U.N.', 'UN', 'United Nations'], statementCount: 1 },
      });
    });
  });
});
