import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../server/extract/link-entities.js';
import { EntityTable } from '../../server/extract/entity-table.js';
import type { EntitySpan } from '../../server/extract/ner/index.js';
import { extract } from '../../server/extract/index.js';

/** Spans written by hand, so these tests check the linking and not the recognizer. */
function spansOf(text: string, marks: Array<[string, EntitySpan['label'], number?]>): EntitySpan[] {
  return marks.map(([name, label, occurrence = 0]) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(name, start + 1);
    if (start < 0) throw new Error(`${name} not in text`);
    return { label, start, end: start + name.length, text: name };
  });
}

function names(text: string, spans: EntitySpan[]) {
  return linkEntities(text, spans)
    .finalize()
    .entities.map((entity) => ({
      name: entity.name,
      aliases: entity.aliases,
      mentions: entity.mentions.map((mention) => `${mention.text}/${mention.form}`),
    }));
}

describe('linkEntities', () => {
  it('links a surname and a first name to the full name', () => {
    const text = 'François Hollande met Vladimir Putin. Putin left early; Hollande stayed. Vladimir was tired.';
    const spans = spansOf(text, [
      ['François Hollande', 'PERSON'],
      ['Vladimir Putin', 'PERSON'],
      ['Putin', 'PERSON', 1],
      ['Hollande', 'PERSON', 1],
      ['Vladimir', 'PERSON', 1],
    ]);
    expect(names(text, spans)).toEqual([
      { name: 'François Hollande', aliases: ['Hollande'], mentions: ['François Hollande/NAME', 'Hollande/SHORT_NAME'] },
      {
        name: 'Vladimir Putin',
        aliases: ['Putin', 'Vladimir'],
        mentions: ['Vladimir Putin/NAME', 'Putin/SHORT_NAME', 'Vladimir/SHORT_NAME'],
      },
    ]);
  });

  it('links a surname that comes before the full name', () => {
    const text = 'Putin cancels trip. Vladimir Putin will not travel.';
    const spans = spansOf(text, [
      ['Putin', 'PERSON'],
      ['Vladimir Putin', 'PERSON'],
    ]);
    expect(names(text, spans)).toHaveLength(1);
  });

  it('sends a surname shared by two people to the one named most recently before it', () => {
    const text = 'George Bush spoke in March. Jeb Bush spoke in May. Bush was cheered.';
    const spans = spansOf(text, [
      ['George Bush', 'PERSON'],
      ['Jeb Bush', 'PERSON'],
      ['Bush', 'PERSON', 2],
    ]);
    const result = names(text, spans);
    expect(result.map((entity) => entity.name)).toEqual(['George Bush', 'Jeb Bush']);
    expect(result[1].aliases).toEqual(['Bush']);
    expect(result[0].aliases).toEqual([]);
  });

  it('keeps two people who share a surname apart', () => {
    const text = 'George Bush and Jeb Bush attended.';
    const spans = spansOf(text, [
      ['George Bush', 'PERSON'],
      ['Jeb Bush', 'PERSON'],
    ]);
    expect(names(text, spans)).toHaveLength(2);
  });

  it('links an acronym given in parentheses, and its later uses', () => {
    const text = 'The International Criminal Court (ICC) opened a case. The ICC said it would act.';
    const spans = spansOf(text, [
      ['International Criminal Court', 'ORGANIZATION'],
      ['ICC', 'ORGANIZATION'],
      ['ICC', 'ORGANIZATION', 1],
    ]);
    expect(names(text, spans)).toEqual([
      {
        name: 'International Criminal Court',
        aliases: ['ICC'],
        mentions: ['International Criminal Court/NAME', 'ICC/ACRONYM', 'ICC/ACRONYM'],
      },
    ]);
  });

  it('links an acronym whose letters are the initials of a name in the article', () => {
    const text = 'The United Nations met. Later the UN voted.';
    const spans = spansOf(text, [
      ['United Nations', 'ORGANIZATION'],
      ['UN', 'ORGANIZATION'],
    ]);
    expect(names(text, spans)[0].aliases).toEqual(['UN']);
  });

  it('links a shortened organization name to the longer one', () => {
    const text = 'The U.N. Security Council voted. The Security Council will meet again.';
    const spans = spansOf(text, [
      ['U.N. Security Council', 'ORGANIZATION'],
      ['Security Council', 'ORGANIZATION', 1],
    ]);
    expect(names(text, spans)).toEqual([
      {
        name: 'U.N. Security Council',
        aliases: ['Security Council'],
        mentions: ['U.N. Security Council/NAME', 'Security Council/SHORT_NAME'],
      },
    ]);
  });

  it('reports locations only when they speak, with the mentions where they speak', () => {
    const text = 'Talks in Paris ended. Paris said it would host the next round.';
    const table = linkEntities(
      text,
      spansOf(text, [
        ['Paris', 'LOCATION'],
        ['Paris', 'LOCATION', 1],
      ]),
    );
    expect(table.finalize().entities).toEqual([]);
    const [place] = table.records;
    expect(place.mentions).toHaveLength(2);
    EntityTable.speaksAt(place, place.mentions[1]);
    expect(EntityTable.reportedType(place)).toBe('ORGANIZATION');
    const { entities } = table.finalize();
    expect(entities).toHaveLength(1);
    expect(entities[0].mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Paris')]);
  });

  it('gives stable keys by first mention', () => {
    const text = 'Anna Berg met Peter Brown at the Kremlin.';
    const spans = spansOf(text, [
      ['Anna Berg', 'PERSON'],
      ['Peter Brown', 'PERSON'],
      ['Kremlin', 'ORGANIZATION'],
    ]);
    expect(
      linkEntities(text, spans)
        .finalize()
        .entities.map((entity) => entity.key),
    ).toEqual(['p1', 'p2', 'o1']);
  });
});

describe('role and pronoun mentions (through extract)', () => {
  it('adds an apposition as a ROLE mention of the person', () => {
    const text = 'Dmitri Peskov, the president’s spokesman, noted that the visit was off.';
    const peskov = extract(text).entities.find((entity) => entity.name === 'Dmitri Peskov');
    expect(peskov?.mentions.map((mention) => `${mention.text}/${mention.form}`)).toContain(
      'the president’s spokesman/ROLE',
    );
  });

  it('resolves "the French leader" when one person holds a French title', () => {
    const text =
      'French President François Hollande spoke on Monday. Later the French leader called the strikes a “war crime.”';
    const result = extract(text);
    const hollande = result.entities.find((entity) => entity.name === 'François Hollande');
    expect(hollande?.mentions.some((mention) => mention.form === 'ROLE' && mention.text === 'the French leader')).toBe(
      true,
    );
    expect(result.statements[0].speaker?.name).toBe('François Hollande');
  });

  it('adds other pronouns only when one person of that gender fits', () => {
    const clear = extract('Anna Berg left early. Her plane was late.');
    const berg = clear.entities.find((entity) => entity.name === 'Anna Berg');
    expect(berg?.mentions.map((mention) => `${mention.text}/${mention.form}`)).toContain('Her/PRONOUN');
    const unclear = extract('Anna Berg met Maria Lopez. Her plane was late.');
    expect(unclear.entities.flatMap((entity) => entity.mentions).some((mention) => mention.form === 'PRONOUN')).toBe(
      false,
    );
  });

  it('adds the pronoun of a resolved speaker as a PRONOUN mention', () => {
    const text = 'Peter Brown met the mayor.\n\n“We will wait,” he added.';
    const brown = extract(text).entities.find((entity) => entity.name === 'Peter Brown');
    expect(brown?.mentions.map((mention) => mention.form)).toContain('PRONOUN');
  });
});
