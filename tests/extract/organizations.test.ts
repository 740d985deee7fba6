import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { applyEntityRules, type TokenEntity } from '../../server/extract/ner/entity-rules.js';
import { splitSentences } from '../../server/extract/ner/sentence-splitter.js';
import { tokenize } from '../../server/extract/ner/tokenize.js';

/** The rules over entities given as [words, type] (the model's output, made up here). */
function rulesOver(text: string, marks: Array<[string, TokenEntity['type'], number?]>) {
  const tokens = tokenize(text);
  const entities = marks.map(([words, type, occurrence = 0]) => {
    const start = tokens.findIndex(
      (_, i) =>
        words.split(' ').every((word, k) => tokens[i + k]?.text === word) &&
        tokens.slice(0, i).filter((_, j) => words.split(' ').every((word, k) => tokens[j + k]?.text === word))
          .length === occurrence,
    );
    if (start < 0) throw new Error(`${words} not in text`);
    return { type, start, end: start + words.split(' ').length };
  });
  return applyEntityRules(text, tokens, splitSentences(text, tokens), entities).map((e) => [
    tokens
      .slice(e.start, e.end)
      .map((t) => t.text)
      .join(' '),
    e.type,
  ]);
}

describe('organizations', () => {
  it('reads a short form of an organization named in full in the article as that organization', () => {
    const text = 'Marlowe SpA raised its forecast. Marlowe said sales rose. Ruch Chorzow lost, and Ruch fell to fifth.';
    expect(
      rulesOver(text, [
        ['Marlowe SpA', 'ORG'],
        ['Marlowe', 'PER', 1],
        ['Ruch Chorzow', 'ORG'],
        ['Ruch', 'PER', 1],
      ]),
    ).toEqual([
      ['Marlowe SpA', 'ORG'],
      ['Marlowe', 'ORG'],
      ['Ruch Chorzow', 'ORG'],
      ['Ruch', 'ORG'],
    ]);
  });

  it('leaves a person alone whose name starts an organization name', () => {
    const text = 'The Kessler Foundation paid for it. Anna Kessler said so. John Lewis Partnership grew. John said no.';
    expect(
      rulesOver(text, [
        ['Kessler Foundation', 'ORG'],
        ['Anna Kessler', 'PER'],
        ['John Lewis Partnership', 'ORG'],
        ['John', 'PER', 1],
      ]),
    ).toEqual([
      ['Kessler Foundation', 'ORG'],
      ['Anna Kessler', 'PER'],
      ['John Lewis Partnership', 'ORG'],
      ['John', 'PER'],
    ]);
  });
});

describe('countries and cities that speak', () => {
  const organizations = (text: string) =>
    extract(text)
      .entities.filter((entity) => entity.type === 'ORGANIZATION')
      .map((entity) => ({ name: entity.name, mentions: entity.mentions.map((mention) => mention.text) }));

  it('lets a country speak as the whole speaker phrase, reporting only the mentions where it speaks', () => {
    const text = 'Flights to Israel resumed on Monday. Israel says it will never cede any part of the city.';
    const result = extract(text);
    expect(result.statements[0]).toMatchObject({ cue: 'says', speaker: { name: 'Israel', type: 'ORGANIZATION' } });
    const israel = result.entities.find((entity) => entity.name === 'Israel')!;
    expect(israel.mentions.map((mention) => mention.start)).toEqual([text.lastIndexOf('Israel')]);
  });

  it('does not make a place that only qualifies the speaker speak', () => {
    const text =
      'Police in the town of Uyo said the corporal had been arrested. U.S. officials said the talks would resume.';
    const result = extract(text);
    expect(result.statements.map((statement) => statement.speaker)).toEqual([null, null]);
    const officials = result.statements[1]!.speakerMention!;
    expect(text.slice(officials.start, officials.end)).toBe('U.S. officials');
    expect(organizations(text)).toEqual([]);
  });

  it('does not make a place before a colon speak: it is a dateline or a heading', () => {
    expect(organizations('Leicester: Leicestershire beat Somerset by an innings and 39 runs.')).not.toContainEqual(
      expect.objectContaining({ name: 'Leicester' }),
    );
  });
});
