import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON } from '../../server/curation/entity-table.js';
import { mergeEntities } from '../../server/curation/merge-entities.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

const article = (slug: string, text: string) => normalizeArticle({ url: `https://news.example.com/2024/05/0${slug.length % 9}/${slug}`, text });

describe('entities across articles', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  const people = () => database.prisma.person.findMany({ orderBy: { id: 'asc' }, select: { name: true, aliases: true, _count: { select: { mentions: true } } } });

  it('joins a surname-only mention in a later article to the one person with that surname', async () => {
    await ingestArticle(database.prisma, article('summit-opens', 'Russian President Vladimir Putin arrived in Helsinki on Monday for the summit.'));
    await ingestArticle(database.prisma, article('summit-ends', 'Putin left Helsinki on Tuesday. “We had a useful talk,” Putin told reporters.'));
    const putins = (await people()).filter((person) => person.name.includes('Putin'));
    expect(putins).toHaveLength(1);
    expect(putins[0]!.name).toBe('Vladimir Putin');
    expect(putins[0]!.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
    expect(putins[0]!._count.mentions).toBeGreaterThanOrEqual(3);
    const statement = await database.prisma.statement.findFirstOrThrow({ where: { text: { contains: 'useful talk' } }, include: { speakerPerson: true } });
    expect(statement.speakerPerson?.name).toBe('Vladimir Putin');
  });

  it('joins the same full name written with or without accents', async () => {
    await ingestArticle(database.prisma, article('paris-visit', 'French President François Hollande met students in Lyon.'));
    await ingestArticle(database.prisma, article('lyon-visit', 'Francois Hollande said the talks had been cancelled.'));
    expect((await people()).filter((person) => person.name.startsWith('Fran'))).toHaveLength(1);
  });

  it('does not merge a bare surname shared by two known people', async () => {
    await ingestArticle(database.prisma, article('bush-one', 'Former President George Bush spoke at the library in Dallas.'));
    await ingestArticle(database.prisma, article('bush-two', 'Jeb Bush, the former governor of Florida, announced a new book.'));
    await ingestArticle(database.prisma, article('bush-three', 'Bush declined to comment on the race.'));
    const bushes = (await people()).filter((person) => person.name.includes('Bush'));
    expect(bushes.map((person) => person.name).sort()).toEqual(['Bush', 'George Bush', 'Jeb Bush']);
  });

  it('keeps a curator’s merge: a later article naming the merged-away person lands on the merge target', async () => {
    await ingestArticle(database.prisma, article('kyiv-one', 'Ukrainian President Petro Poroshenko met the delegation in Kyiv.'));
    await ingestArticle(database.prisma, article('kyiv-two', 'Petr Poroshenko told reporters in Kyiv that talks would go on.'));
    const byName = async (name: string) => database.prisma.person.findFirst({ where: { name } });
    const target = (await byName('Petro Poroshenko'))!;
    const duplicate = (await byName('Petr Poroshenko'))!;
    expect(duplicate).not.toBeNull();
    await mergeEntities(database.prisma, PERSON, target.id, [duplicate.id]);

    await ingestArticle(database.prisma, article('kyiv-three', 'Petr Poroshenko said on Friday that the ceasefire had held.'));
    expect(await byName('Petr Poroshenko')).toBeNull();
    const statement = await database.prisma.statement.findFirstOrThrow({ where: { text: { contains: 'ceasefire had held' } }, include: { speakerPerson: true } });
    expect(statement.speakerPerson?.id).toBe(target.id);
  });
});
