import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEntities, type EntitySpan } from '../../server/extract/ner/index.js';
import { loadTagger } from '../../server/extract/ner/model-loader.js';

const find = (spans: EntitySpan[], text: string) => spans.filter((s) => s.text === text);
const people = (spans: EntitySpan[]) => spans.filter((s) => s.label === 'PERSON').map((s) => s.text);
const organizations = (spans: EntitySpan[]) => spans.filter((s) => s.label === 'ORGANIZATION').map((s) => s.text);

function expectValidSpans(text: string, spans: EntitySpan[]): void {
  let lastEnd = 0;
  for (const s of spans) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(lastEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']).toContain(s.label);
    lastEnd = s.end;
  }
}

describe('recognizeEntities', () => {
  it('uses the trained model', () => {
    expect(loadTagger()).not.toBeNull();
  });

  it('moves titles out of names into the role', () => {
    const text = 'Russian President Vladimir Putin spoke by phone with German Chancellor Angela Merkel on Wednesday.';
    const spans = recognizeEntities(text);
    expect(find(spans, 'Vladimir Putin')).toEqual([
      expect.objectContaining({ label: 'PERSON', role: 'Russian President' }),
    ]);
    expect(find(spans, 'Angela Merkel')).toEqual([
      expect.objectContaining({ label: 'PERSON', role: 'German Chancellor' }),
    ]);
    expect(people(spans)).not.toContain('Russian President Vladimir Putin');
  });

  it('handles accented names after a title', () => {
    const spans = recognizeEntities(
      'Officials said French President François Hollande would travel to Madrid next week.',
    );
    expect(find(spans, 'François Hollande')).toEqual([
      expect.objectContaining({ label: 'PERSON', role: 'French President' }),
    ]);
  });

  it('finds a person followed by an apposition', () => {
    const spans = recognizeEntities('Dmitri Peskov, the president’s spokesman, declined to comment on the report.');
    expect(find(spans, 'Dmitri Peskov')).toEqual([expect.objectContaining({ label: 'PERSON' })]);
  });

  it('excludes possessives, curly and straight', () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `Lawyers asked the International Criminal Court${apostrophe}s judges to reconsider the case.`;
      const spans = recognizeEntities(text);
      expect(organizations(spans)).toContain('International Criminal Court');
      expect(spans.some((s) => s.text.endsWith(`${apostrophe}s`))).toBe(false);
    }
  });

  it('recognizes acronyms, with and without dots, as organizations', () => {
    const spans = recognizeEntities(
      'Diplomats at the U.N. said NATO had shared its findings with the FBI and the ICC last month.',
    );
    expect(organizations(spans)).toEqual(expect.arrayContaining(['U.N.', 'NATO', 'FBI', 'ICC']));
  });

  it('recognizes institutions without the article', () => {
    const text =
      'The Kremlin rejected the claim, and the White House, the Pentagon and the State Department stayed silent.';
    const spans = recognizeEntities(text);
    expect(organizations(spans)).toEqual(
      expect.arrayContaining(['Kremlin', 'White House', 'Pentagon', 'State Department']),
    );
    expect(spans.some((s) => /^the /i.test(s.text))).toBe(false);
  });

  it('keeps the U.N. Security Council whole', () => {
    const spans = recognizeEntities('A draft resolution was put to the U.N. Security Council on Monday.');
    expect(organizations(spans)).toContain('U.N. Security Council');
  });

  it('recognizes companies and media outlets', () => {
    const spans = recognizeEntities(
      'The mayor told The Washington Post that Reuters had misquoted him, and repeated it on the TMC television channel.',
    );
    expect(organizations(spans)).toEqual(expect.arrayContaining(['The Washington Post', 'Reuters', 'TMC']));
  });

  it('keeps hyphenated and particle names whole', () => {
    const spans = recognizeEntities(
      'Bashar al-Assad met Petro Poroshenko on Tuesday, and the orchestra played Ludwig van Beethoven afterwards.',
    );
    expect(people(spans)).toEqual(
      expect.arrayContaining(['Bashar al-Assad', 'Petro Poroshenko', 'Ludwig van Beethoven']),
    );
  });

  it('reads text with curly quotes', () => {
    const text = '“We will not accept this,” Angela Merkel told reporters in Brussels. “Never,” she added.';
    const spans = recognizeEntities(text);
    expect(people(spans)).toContain('Angela Merkel');
    expectValidSpans(text, spans);
  });

  it('copes with an ALL CAPS headline above the story', () => {
    const text =
      'MERKEL URGES EU ACTION ON MIGRATION\n\nGerman Chancellor Angela Merkel on Monday urged European leaders to agree on asylum rules.';
    const spans = recognizeEntities(text);
    expect(spans.some((s) => s.text === 'MERKEL' && s.label === 'PERSON')).toBe(true);
    expect(organizations(spans)).toContain('EU');
  });

  it('never throws and keeps the span invariants on odd input', () => {
    const odd = [
      '',
      ' ',
      '\n\n',
      '😀😀 Putin 😀',
      'e\u0301 Éric Zemmour',
      '\uD800',
      '\uDC00abc Putin',
      'A\u0000B',
      '’s',
      "'s Kremlin's",
      '((((',
      '...',
      'U.N.U.N.U.N.',
      'x'.repeat(10_000),
      'Putin '.repeat(2_000),
    ];
    for (const text of odd) expectValidSpans(text, recognizeEntities(text));
    expect(recognizeEntities(undefined as unknown as string)).toEqual([]);
    expect(recognizeEntities(42 as unknown as string)).toEqual([]);
  });

  it('keeps the span invariants on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectValidSpans(text, recognizeEntities(text));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Putin',
            'the',
            'U.N.',
            'Court',
            '’s',
            ',',
            '“',
            'al-Assad',
            'President',
            '\n',
            'said',
            'NATO',
          ),
          { maxLength: 40 },
        ),
        (words) => {
          const text = words.join(' ');
          expectValidSpans(text, recognizeEntities(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the sample article', () => {
  const fixture = 'tests/fixtures/articles/putin-cancels-paris-visit.txt';
  const path = existsSync(fixture) ? fixture : '../shared/samples/putin-cancels-paris-visit.txt';
  // Lines 1–3 are the URL and two integers; the body follows.
  const body = readFileSync(path, 'utf8').split('\n').slice(3).join('\n');
  const spans = recognizeEntities(body);

  it('finds the people', () => {
    expect(people(spans)).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'François Hollande',
        'Dmitri Peskov',
        'Angela Merkel',
        'Petro Poroshenko',
        'Bashar al-Assad',
      ]),
    );
  });

  it('finds the organizations', () => {
    expect(organizations(spans)).toEqual(
      expect.arrayContaining(['Kremlin', 'International Criminal Court', 'U.N. Security Council']),
    );
  });

  it('gives roles for titled people', () => {
    expect(find(spans, 'Vladimir Putin').every((s) => s.role === 'Russian President')).toBe(true);
    expect(find(spans, 'Angela Merkel')[0].role).toBe('German Chancellor');
    expect(find(spans, 'Petro Poroshenko')[0].role).toBe('Ukrainian President');
  });

  it('keeps the span invariants', () => {
    expectValidSpans(body, spans);
  });
});

describe('the rule-only fallback', () => {
  it('still finds titled people and institutions when no model is loaded', async () => {
    const { recognizeHeuristically } = await import('../../server/extract/ner/heuristic-recognizer.js');
    const text =
      'Russian President Vladimir Putin told the Kremlin that the International Criminal Court’s ruling was wrong.';
    const spans = recognizeHeuristically(text);
    expect(find(spans, 'Vladimir Putin')).toEqual([
      expect.objectContaining({ label: 'PERSON', role: 'Russian President' }),
    ]);
    expect(organizations(spans)).toEqual(expect.arrayContaining(['Kremlin', 'International Criminal Court']));
    expectValidSpans(text, spans);
  });
});
