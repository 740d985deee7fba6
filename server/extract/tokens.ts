/**
 * A small word tokenizer with offsets, used by the statement rules (the recognizer has its own).
 * Possessive ’s is split off so that noun-phrase rules can see it; abbreviations keep their period.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** First character is an uppercase letter. */
  isCapitalized: boolean;
}

/** Words whose trailing period belongs to the word, not to the sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col',
  'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev', 'fr', 'pres', 'supt', 'det', 'insp', 'amb',
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'vs', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'univ',
  'approx', 'est', 'fig', 'e.g', 'i.e', 'a.m', 'p.m', 'etc', 'al',
]);

/** Abbreviations that are always followed by a name, so never end a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev', 'fr', 'pres', 'supt', 'det', 'insp', 'amb', 'vs', 'no',
]);

// Letters, marks and digits, joined by inner apostrophes, hyphens, periods, ampersands.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-.&][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/uy;
const UPPER = /\p{Lu}/u;

function isDottedInitials(word: string): boolean {
  // "U.S", "U.N", "W", "D.C" (the final period is added by the caller).
  return /^(?:\p{L}\.)*\p{L}$/u.test(word);
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    SPACE.lastIndex = i;
    const space = SPACE.exec(text);
    if (space && space.index === i) {
      i += space[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word && word.index === i && i + word[0].length <= end) {
      let wordEnd = i + word[0].length;
      let value = word[0];
      // Split a possessive ’s / 's (or a bare plural possessive ’) off the word.
      const possessive = /^(.+?)([’']s)$/u.exec(value);
      if (possessive && possessive[1].length > 0 && !/^(?:it|he|she|that|what|there|who|let)$/i.test(possessive[1])) {
        const baseEnd = i + possessive[1].length;
        tokens.push(makeToken(text, i, baseEnd, true));
        tokens.push(makeToken(text, baseEnd, wordEnd, true));
        i = wordEnd;
        continue;
      }
      if (text[wordEnd] === '.' && wordEnd < end) {
        const lower = value.toLowerCase();
        if (ABBREVIATIONS.has(lower) || isDottedInitials(value)) {
          wordEnd += 1;
          value += '.';
        }
      }
      tokens.push(makeToken(text, i, wordEnd, true));
      i = wordEnd;
      continue;
    }
    // Any other character is a one-character punctuation token (surrogate pairs kept together).
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    tokens.push(makeToken(text, i, Math.min(i + width, end), false));
    i += width;
  }
  return tokens;
}

function makeToken(text: string, start: number, end: number, isWord: boolean): Token {
  const value = text.slice(start, end);
  return {
    start,
    end,
    text: value,
    lower: value.toLowerCase(),
    isWord,
    isCapitalized: isWord && UPPER.test(value[0] ?? ''),
  };
}
