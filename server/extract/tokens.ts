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

// A word (letters, marks and digits joined by inner apostrophes, hyphens, periods, ampersands) or any other
// non-space character (surrogate pairs kept together by the u flag).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const POSSESSIVE = /^(.+?)([’']s)$/u;
const NOT_POSSESSIVE = /^(?:it|he|she|that|what|there|who|let)$/i;
const UPPER = /\p{Lu}/u;

function isDottedInitials(word: string): boolean {
  // "U.S", "U.N", "W", "D.C" (the final period is added by the caller).
  return /^(?:\p{L}\.)*\p{L}$/u.test(word);
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  for (let match = TOKEN.exec(text); match && match.index < end; match = TOKEN.exec(text)) {
    const i = match.index;
    let value = match[0];
    if (i + value.length > end) value = value.slice(0, end - i);
    if (!WORD_START.test(value[0])) {
      tokens.push(makeToken(text, i, i + value.length, false));
      continue;
    }
    let wordEnd = i + value.length;
    // Split a possessive ’s / 's off the word.
    const possessive = value.length > 2 && (value.endsWith('’s') || value.endsWith("'s")) ? POSSESSIVE.exec(value) : null;
    if (possessive && !NOT_POSSESSIVE.test(possessive[1])) {
      const baseEnd = i + possessive[1].length;
      tokens.push(makeToken(text, i, baseEnd, true));
      tokens.push(makeToken(text, baseEnd, wordEnd, true));
      continue;
    }
    if (text.charCodeAt(wordEnd) === 46 /* . */ && wordEnd < end) {
      if (ABBREVIATIONS.has(value.toLowerCase()) || isDottedInitials(value)) {
        wordEnd += 1;
        TOKEN.lastIndex = wordEnd;
      }
    }
    tokens.push(makeToken(text, i, wordEnd, true));
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
