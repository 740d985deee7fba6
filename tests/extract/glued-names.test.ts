import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { findLinkCards } from '../../server/extract/link-cards.js';

const names = (text: string) => extract(text).entities.map((entity) => entity.name);
const mentionTexts = (text: string) =>
  extract(text).entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));

/** A link's pop-up card flattened into the text, as scraped pages of some outlets carry them. */
const CARD_TEXT =
  'Senator Maria Lopez Maria Elena LopezCity council passes budget Mayor vows to fix roads after storm ' +
  'Lopez says port deal is off MORE on Tuesday said that the bill would pass.';

describe('names that are not names', () => {
  it('reads a link card as blank space: no glued name, and the name before it speaks', () => {
    const result = extract(CARD_TEXT);
    expect(result.entities.map((entity) => entity.name)).toEqual(['Maria Lopez']);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({
      text: 'the bill would pass',
      cue: 'said',
      speaker: { name: 'Maria Lopez', type: 'PERSON' },
    });
    const card = CARD_TEXT.slice(CARD_TEXT.indexOf('Maria Elena'), CARD_TEXT.indexOf('MORE') + 4);
    expect(result.boilerplate.map(({ start, end }) => CARD_TEXT.slice(start, end))).toEqual([card]);
  });

  it('finds cards whose full name is followed by a space, or glued to MORE, or to the linked name', () => {
    const spaced = 'with Joe Lin Joe Lin Harbor plan stalls again Lin backs the plan MORE and others.';
    const glued = 'Sen. Ann Kerr Ann Beth KerrMORE (R-Ore.) said no.';
    const joined = 'Justice Ray BreyerRaymond BreyerCourt hears the case Judges split MORE wrote it.';
    expect(findLinkCards(spaced).map(({ start, end }) => spaced.slice(start, end))).toEqual([
      'Joe Lin Harbor plan stalls again Lin backs the plan MORE',
    ]);
    expect(findLinkCards(glued).map(({ start, end }) => glued.slice(start, end))).toEqual(['Ann Beth KerrMORE']);
    expect(findLinkCards(joined).map(({ start, end }) => joined.slice(start, end))).toEqual([
      'Raymond BreyerCourt hears the case Judges split MORE',
    ]);
    expect(names(glued)).toEqual(['Ann Kerr']);
  });

  it('finds no card without "MORE" on the same line, and none in ordinary repeated names', () => {
    expect(findLinkCards('Anna Berg met Anna Berg Jr. on Monday. MORE news later.')).toEqual([]);
    expect(findLinkCards('Lopez Maria LopezCity council passes budget\nMORE on that later.')).toEqual([]);
  });

  it('never lets a mention run over a line or paragraph break', () => {
    const texts = [
      'Talks went on with Maria Lopez\nCarla Mendes said that the vote would wait.',
      'Buyers pointed to the factory of Northwind Health Products Company.\n\nFull Coverage: Understanding the Outbreak\n\nThe company did not respond.',
      'The new head is Bashar\nal-Rahman, officials said.',
    ];
    for (const text of texts) {
      for (const mention of mentionTexts(text)) expect(mention).not.toMatch(/[\n\r]/);
      for (const name of names(text)) expect(name).not.toMatch(/[\n\r]/);
    }
    expect(names(texts[0])).toEqual(expect.arrayContaining(['Maria Lopez', 'Carla Mendes']));
  });

  it('builds a name from its words joined by single spaces', () => {
    expect(names('Maria\u00a0Lopez said on Monday that the vote would wait.')).toEqual(['Maria Lopez']);
  });

  it('leaves a sentence-opening function word out of the name that follows it', () => {
    const text =
      'Like Biden, and to a lesser extent Warren, Buttigieg seemed to glide past it. Meanwhile Trump says the plan is ready.';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['Biden', 'Trump']));
    expect(found.filter((name) => /^(?:Like|Meanwhile)\b/.test(name))).toEqual([]);
  });

  it('does not read a handle or hashtag as a name', () => {
    const text = 'This is a story that @ReadeAlexandra has told. — Jon Levine (@LevineJonathan) May 16, 2020';
    expect(names(text)).toEqual(['Jon Levine']);
  });
});
