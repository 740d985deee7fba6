import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/extract/ner/index.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits punctuation off words', () => {
    expect(texts('Hello, world! (Really?)')).toEqual(['Hello', ',', 'world', '!', '(', 'Really', '?', ')']);
  });

  it('keeps dotted abbreviations whole', () => {
    expect(texts('The U.S. and the U.N. met on Oct. 3 with Mr. Smith.')).toEqual([
      'The',
      'U.S.',
      'and',
      'the',
      'U.N.',
      'met',
      'on',
      'Oct.',
      '3',
      'with',
      'Mr.',
      'Smith',
      '.',
    ]);
  });

  it("makes 's and ’s their own tokens", () => {
    expect(texts("the court's ruling and the agency’s report")).toEqual([
      'the',
      'court',
      "'s",
      'ruling',
      'and',
      'the',
      'agency',
      '’s',
      'report',
    ]);
    expect(texts("didn't")).toEqual(['did', "n't"]);
  });

  it('keeps hyphenated and apostrophe names whole', () => {
    expect(texts("Bashar al-Assad met O'Neill")).toEqual(['Bashar', 'al-Assad', 'met', "O'Neill"]);
  });

  it('splits curly quotes and dashes off', () => {
    expect(texts('“War crime,” he said — twice.')).toEqual([
      '“',
      'War',
      'crime',
      ',',
      '”',
      'he',
      'said',
      '—',
      'twice',
      '.',
    ]);
  });

  it('gives offsets that slice back to the token', () => {
    const text = 'Café “Noël” in São Paulo 😀 costs $3.50, e\u0301 ok.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
