import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../../server/extract/index.js';

function checkInvariants(text: string, result: Extraction): void {
  const inside = (span: { start: number; end: number }) => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
  };
  const keys = new Set(result.entities.map((entity) => entity.key));
  expect(keys.size).toBe(result.entities.length);
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      inside(mention);
      expect(mention.text).toBe(text.slice(mention.start, mention.end));
    }
  }
  for (const statement of result.statements) {
    inside(statement);
    expect(statement.text).toBe(text.slice(statement.start, statement.end));
    expect(statement.pieces.length).toBeGreaterThan(0);
    for (const piece of statement.pieces) {
      inside(piece);
      expect(piece.start).toBeGreaterThanOrEqual(statement.start);
      expect(piece.end).toBeLessThanOrEqual(statement.end);
    }
    if (statement.cueSpan) {
      inside(statement.cueSpan);
      expect(text.slice(statement.cueSpan.start, statement.cueSpan.end)).toBe(statement.cue);
    }
    if (statement.speakerMention) inside(statement.speakerMention);
    if (statement.speaker) expect(keys.has(statement.speaker.entityKey)).toBe(true);
    for (const key of statement.mentionedEntityKeys) expect(keys.has(key)).toBe(true);
  }
  for (const span of result.boilerplate) inside(span);
}

// Fragments that exercise quotes, attributions and names in random orders.
const FRAGMENTS = [
  '“',
  '”',
  '"',
  "''",
  '‘',
  '’',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '\n',
  '\n\n',
  ' ',
  '(',
  ')',
  '—',
  'he said',
  'she added',
  'said Anna Berg',
  'Peter Brown',
  'according to',
  'the Kremlin',
  'that',
  'told reporters',
  'The plan failed',
  'We will wait',
  'Read more:',
  '(John Smith/AP)',
  'U.S.',
  'Mr.',
  'who',
  'and called it a',
  'ICC',
  'International Criminal Court',
  'Putin',
  'the French leader',
  'saying',
  'warned',
  '😀',
  'é',
];

describe('extract invariants', () => {
  it('never throws and keeps every offset inside the text, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkInvariants(text, extract(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on random arrangements of quote marks, names and verbs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        checkInvariants(text, extract(text));
      }),
      { numRuns: 400 },
    );
  });

  it('returns an empty result for empty or non-string input', () => {
    expect(extract('')).toEqual({ entities: [], statements: [], boilerplate: [] });
    expect(extract(undefined as unknown as string)).toEqual({ entities: [], statements: [], boilerplate: [] });
  });

  it('keeps its invariants on an article-shaped text', () => {
    const text = [
      'Anna Berg, left, in Oslo. (Photo: Reuters)',
      '“The first point is simple.',
      '“The second point,” Berg said, “is harder.”',
      'Peter Brown said the deal was “a historic mistake” and called the vote a “farce.”',
      'According to the Kremlin, talks will resume.',
      'Read more:',
      'Related links',
    ].join('\n\n');
    checkInvariants(text, extract(text));
  });
});
