import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, listArticleFiles } from '../../server/ingest/ingest-files.js';
import {
  findManyByIds,
  nodeSelect,
  type ModelName,
  type NodeQuery,
} from '../../server/schema/connection/node-select.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

const SEED = fileURLToPath(new URL('../../prisma/seed/articles', import.meta.url));

// Selections as Pothos plans them for pages of nodes: plain SQL must return what Prisma returns.
const COMPILED: [ModelName, NodeQuery][] = [
  [
    'Statement',
    {
      select: {
        id: true,
        text: true,
        kind: true,
        speakerPerson: true,
        speakerOrganization: true,
        article: { select: { id: true, title: true, outlet: true, publishedAt: true } },
      },
    },
  ],
  ['Statement', { select: { id: true, pieces: true, publishedAt: true, cueStart: true, cueEnd: true, article: true } }],
  ['Statement', { include: { speakerPerson: { select: { id: true, aliases: true, updatedAt: true } } } }],
  ['Article', { select: { id: true, title: true, body: true, boilerplate: true, publishedAt: true, metadata: true } }],
  ['Person', { select: { id: true, name: true, aliases: true, mergedKeys: true, description: true, createdAt: true } }],
  ['Organization', { include: {} }],
  ['Person', {}],
  ['PersonMention', { select: { id: true, form: true, person: true, article: { select: { id: true, url: true } } } }],
];
// What plain SQL leaves to Prisma: lists, counts, relations with arguments.
const LEFT_TO_PRISMA: [ModelName, NodeQuery][] = [
  ['Statement', { select: { id: true, _count: { select: { mentionedPeople: true } } } }],
  ['Person', { select: { id: true, statements: { take: 2, orderBy: { id: 'asc' } } } }],
  ['Statement', { select: { id: true, article: { select: { id: true, statements: true } } } }],
];

describe('node-select: pages of nodes read by plain SQL, exactly as Prisma reads them', () => {
  let database: TestDatabase;
  const idsOf: Partial<Record<ModelName, number[]>> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await ingestFiles(database.prisma, await listArticleFiles([SEED]));
    // Values of every kind a column can hold: arrays, a description, a null date.
    const [person] = await database.prisma.person.findMany({ take: 1, orderBy: { id: 'asc' } });
    await database.prisma.person.update({
      where: { id: person!.id },
      data: { aliases: ['Alias One', 'Alias “Two”'], description: 'A person' },
    });
    await database.prisma.article.updateMany({
      where: { id: (await database.prisma.article.findFirstOrThrow()).id },
      data: { publishedAt: null },
    });
    const all = async (model: string) =>
      ((await (database.prisma as any)[model].findMany({ select: { id: true } })) as { id: number }[]).map(
        (row) => row.id,
      );
    idsOf.Statement = await all('statement');
    idsOf.Article = await all('article');
    idsOf.Person = await all('person');
    idsOf.Organization = await all('organization');
    idsOf.PersonMention = await all('personMention');
  });
  afterAll(() => database?.drop());

  const viaPrisma = (model: ModelName, query: NodeQuery, ids: number[]) =>
    (database.prisma as any)[model.charAt(0).toLowerCase() + model.slice(1)].findMany({
      ...query,
      where: { id: { in: ids } },
      orderBy: { id: 'asc' },
    }) as Promise<{ id: number }[]>;
  const byId = (rows: { id: number }[]) => [...rows].sort((a, b) => a.id - b.id);

  it.each(COMPILED)('%s %j', async (model, query) => {
    expect(nodeSelect(model, query)).not.toBeNull();
    const ids = idsOf[model]!;
    expect(ids.length).toBeGreaterThan(2);
    const expected = await viaPrisma(model, query, ids);
    expect(byId(await findManyByIds(database.prisma, model, query, ids))).toEqual(expected);
  });

  it('has statements with and without a speaker, and an article without a date, among the rows compared', async () => {
    const statements = await database.prisma.statement.findMany({
      select: { speakerPersonId: true, speakerOrganizationId: true },
    });
    expect(statements.some((s) => s.speakerPersonId === null && s.speakerOrganizationId === null)).toBe(true);
    expect(statements.some((s) => s.speakerPersonId !== null)).toBe(true);
    expect(await database.prisma.article.count({ where: { publishedAt: null } })).toBe(1);
  });

  it.each(LEFT_TO_PRISMA)('leaves %s %j to Prisma, with the same answer', async (model, query) => {
    expect(nodeSelect(model, query)).toBeNull();
    const ids = idsOf[model]!;
    expect(byId(await findManyByIds(database.prisma, model, query, ids))).toEqual(await viaPrisma(model, query, ids));
  });

  it('reads only the rows asked for', async () => {
    const [first, second] = idsOf.Statement!;
    const rows = await findManyByIds(database.prisma, 'Statement', COMPILED[0]![1], [second!, first!, 1_000_000]);
    expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual([first, second]);
  });
});
