import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/extract/extract-article.js';
import { extract, type Extraction } from '../../server/extract/index.js';

/** What must hold for any text at all: offsets are provenance, so they can never be wrong. */
function checkInvariants(text: string, result: Extraction) {
  const inside = ({ start, end }: { start: number; end: number }) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  for (const entity of result.entities) {
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const mention of entity.mentions) {
      expect(inside(mention)).toBe(true);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  }
  const keys = new Set(result.entities.map((entity) => entity.key));
  for (const statement of result.statements) {
    expect(inside(statement)).toBe(true);
    expect(text.slice(statement.start, statement.end)).toBe(statement.text);
    for (const piece of statement.pieces) {
      expect(inside(piece)).toBe(true);
      expect(piece.start >= statement.start && piece.end <= statement.end).toBe(true);
    }
    expect(statement.content).toBe(statement.pieces.map((piece) => text.slice(piece.start, piece.end)).join(' '));
    expect(statement.confidence).toBeGreaterThanOrEqual(0);
    expect(statement.confidence).toBeLessThanOrEqual(1);
    if (statement.cueSpan) expect(inside(statement.cueSpan)).toBe(true);
    if (statement.speakerMention) expect(inside(statement.speakerMention)).toBe(true);
    if (statement.speaker) expect(keys.has(statement.speaker.entityKey)).toBe(true);
    for (const key of statement.mentionedEntityKeys) expect(keys.has(key)).toBe(true);
  }
  for (const span of result.boilerplate) expect(inside(span)).toBe(true);
}

// Pieces that make the extractor's rules fire, shuffled with noise: names, cues, quote marks, titles.
const newsWords = fc.constantFrom(
  'said',
  'added',
  'told reporters',
  'according to',
  'denied that',
  '“',
  '”',
  '"',
  '’s',
  "'",
  ':',
  ',',
  '.',
  '\n\n',
  '\n',
  'Vladimir Putin',
  'Putin',
  'he',
  'she',
  'The Kremlin',
  'U.N.',
  'President',
  'Dr.',
  'Read more:',
  '(Jane Doe/AP)',
  'the company',
  'We will',
  'é',
  'e\u0301',
  '👩‍👩‍👧',
  '\uD83D',
  'ß',
  ' ',
  ' ',
  ' ',
);
const newsLikeText = fc
  .array(fc.oneof(newsWords, fc.string({ maxLength: 12 })), { maxLength: 80 })
  .map((parts) => parts.join(' '));

// extract() turns an internal failure into an empty result so one odd article cannot stop a bulk run;
// the inner extractArticle() is what must not fail, so the properties run on it.
describe('extraction on arbitrary text', () => {
  it('never throws, and every offset names exactly the text it reports (news-like noise)', () => {
    fc.assert(
      fc.property(newsLikeText, (text) => {
        checkInvariants(text, extractArticle(text));
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });

  it('holds on any Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text, extractArticle(text));
        expect(() => extract(text)).not.toThrow();
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps offsets right after emoji and combining characters (UTF-16 units)', () => {
    const text = '👩‍👩‍👧 Le café\u0301 est fermé. “We will reopen,” said Zoë Martínez, the owner.';
    const result = extract(text);
    checkInvariants(text, result);
    const quote = result.statements.find((statement) => statement.text.includes('We will reopen'));
    expect(quote?.speaker?.name).toBe('Zoë Martínez');
    const person = result.entities.find((entity) => entity.name === 'Zoë Martínez')!;
    expect(text.slice(person.mentions[0]!.start, person.mentions[0]!.end)).toBe('Zoë Martínez');
  });
});
