import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON } from '../../server/db/entity-table.js';
import { mergeEntities } from '../../server/curation/merge-entities.js';
import { ingestArticle } from '../../server/ingest/ingest-article.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

const article = (slug: string, text: string) =>
  normalizeArticle({ url: `https://news.example.com/2024/05/0${slug.length % 9}/${slug}`, text });

describe('entities across articles', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  const people = () =>
    database.prisma.person.findMany({
      orderBy: { id: 'asc' },
      select: { name: true, aliases: true, _count: { select: { mentions: true } } },
    });

  it('joins a surname-only mention in a later article to the one person with that surname', async () => {
    await ingestArticle(
      database.prisma,
      article('summit-opens', 'Russian President Vladimir Putin arrived in Helsinki on Monday for the summit.'),
    );
    await ingestArticle(
      database.prisma,
      article('summit-ends', 'Putin left Helsinki on Tuesday. “We had a useful talk,” Putin told reporters.'),
    );
    const putins = (await people()).filter((person) => person.name.includes('Putin'));
    expect(putins).toHaveLength(1);
    expect(putins[0]!.name).toBe('Vladimir Putin');
    expect(putins[0]!.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
    expect(putins[0]!._count.mentions).toBeGreaterThanOrEqual(3);
    const statement = await database.prisma.statement.findFirstOrThrow({
      where: { text: { contains: 'useful talk' } },
      include: { speakerPerson: true },
    });
    expect(statement.speakerPerson?.name).toBe('Vladimir Putin');
  });

  it('joins the same full name written with or without accents', async () => {
    await ingestArticle(
      database.prisma,
      article('paris-visit', 'French President François Hollande met students in Lyon.'),
    );
    await ingestArticle(database.prisma, article('lyon-visit', 'Francois Hollande said the talks had been cancelled.'));
    expect((await people()).filter((person) => person.name.startsWith('Fran'))).toHaveLength(1);
  });

  it('does not merge a bare surname shared by two known people', async () => {
    await ingestArticle(
      database.prisma,
      article('bush-one', 'Former President George Bush spoke at the library in Dallas.'),
    );
    await ingestArticle(
      database.prisma,
      article('bush-two', 'Jeb Bush, the former governor of Florida, announced a new book.'),
    );
    await ingestArticle(database.prisma, article('bush-three', 'Bush declined to comment on the race.'));
    const bushes = (await people()).filter((person) => person.name.includes('Bush'));
    expect(bushes.map((person) => person.name).sort()).toEqual(['Bush', 'George Bush', 'Jeb Bush']);
  });

  it('joins a bare surname to the one of several people quoted far more often than the others', async () => {
    // Donald Trump quoted 6 times, Melania Trump once: "Trump" alone is Donald Trump.
    for (let i = 0; i < 6; i++) {
      await ingestArticle(
        database.prisma,
        article(
          `rally-${i}`,
          `President Donald Trump spoke in Ohio on day ${i + 1}. “We will win again,” Donald Trump said.`,
        ),
      );
    }
    await ingestArticle(
      database.prisma,
      article('garden', 'First lady Melania Trump opened the garden. “It is beautiful,” Melania Trump said.'),
    );
    await ingestArticle(database.prisma, article('tariffs', '“Tariffs are working,” Trump told reporters on Friday.'));
    const trumps = (await people()).filter((person) => person.name.includes('Trump'));
    expect(trumps.map((person) => person.name).sort()).toEqual(['Donald Trump', 'Melania Trump']);
    const statement = await database.prisma.statement.findFirstOrThrow({
      where: { text: { contains: 'Tariffs are working' } },
      include: { speakerPerson: true },
    });
    expect(statement.speakerPerson?.name).toBe('Donald Trump');
    // Two quoted about as often: the surname stays a person of its own.
    for (const [i, first] of ['Hunter', 'Hunter', 'Hunter', 'Jill', 'Jill', 'Jill'].entries()) {
      await ingestArticle(
        database.prisma,
        article(
          `biden-${i}`,
          `${first} Biden visited Delaware on day ${i + 1}. “It was a good day,” ${first} Biden said. “We are glad,” ${first} Biden added.`,
        ),
      );
    }
    await ingestArticle(database.prisma, article('biden-bare', '“We will see,” Biden told reporters.'));
    expect(
      (await people())
        .filter((person) => person.name.includes('Biden'))
        .map((person) => person.name)
        .sort(),
    ).toEqual(['Biden', 'Hunter Biden', 'Jill Biden']);
  });

  it('keeps a curator’s merge: a later article naming the merged-away person lands on the merge target', async () => {
    await ingestArticle(
      database.prisma,
      article('kyiv-one', 'Ukrainian President Petro Poroshenko met the delegation in Kyiv.'),
    );
    await ingestArticle(
      database.prisma,
      article('kyiv-two', 'Petr Poroshenko told reporters in Kyiv that talks would go on.'),
    );
    const byName = async (name: string) => database.prisma.person.findFirst({ where: { name } });
    const target = (await byName('Petro Poroshenko'))!;
    const duplicate = (await byName('Petr Poroshenko'))!;
    expect(duplicate).not.toBeNull();
    await mergeEntities(database.prisma, PERSON, target.id, [duplicate.id]);

    await ingestArticle(
      database.prisma,
      article('kyiv-three', 'Petr Poroshenko said on Friday that the ceasefire had held.'),
    );
    expect(await byName('Petr Poroshenko')).toBeNull();
    const statement = await database.prisma.statement.findFirstOrThrow({
      where: { text: { contains: 'ceasefire had held' } },
      include: { speakerPerson: true },
    });
    expect(statement.speakerPerson?.id).toBe(target.id);
  });
});
