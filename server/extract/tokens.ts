/**
 * A small word tokenizer with offsets, used by the statement rules (the recognizer has its own).
 * Possessive ’s is split off so that noun-phrase rules can see it; abbreviations keep their period.
 */
import { lookupCue, type CueMatch } from './cue-verbs.js';
import { isWhitespace, lowerCase } from './ner/word-shape.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** First character is an uppercase letter. */
  isCapitalized: boolean;
  /** lookupCue(lower), looked up once here: the statement rules ask it of every token, often twice. */
  cue: CueMatch | undefined;
}

/** Words whose trailing period belongs to the word, not to the sentence. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'prof',
  'rev',
  'fr',
  'pres',
  'supt',
  'det',
  'insp',
  'amb',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'bros',
  'vs',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'ave',
  'blvd',
  'dept',
  'univ',
  'approx',
  'est',
  'fig',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'etc',
  'al',
]);

/** Abbreviations that are always followed by a name, so never end a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'prof',
  'rev',
  'fr',
  'pres',
  'supt',
  'det',
  'insp',
  'amb',
  'vs',
  'no',
]);

// A word (letters, marks and digits joined by inner apostrophes, hyphens, periods, ampersands) or any other
// non-space character (surrogate pairs kept together by the u flag).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** The same pattern, matched at one position: where a token starts is already known (see tokenize). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const POSSESSIVE = /^(.+?)([’']s)$/u;
const NOT_POSSESSIVE = /^(?:it|he|she|that|what|there|who|let)$/i;
const UPPER = /\p{Lu}/u;

function isDottedInitials(word: string): boolean {
  // "U.S", "U.N", "W", "D.C" (the final period is added by the caller).
  return /^(?:\p{L}\.)*\p{L}$/u.test(word);
}

/**
 * The tokens of text[start, end), as TOKEN matches them from `start`. Every non-space character
 * starts a match (the pattern's second alternative is \S), so each token starts at the next non-space
 * character; plain ASCII words and punctuation are measured by hand there (see plainTokenEnd).
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    let matchEnd = plainTokenEnd(text, i, c);
    if (matchEnd < 0) {
      TOKEN_AT.lastIndex = i;
      matchEnd = TOKEN_AT.test(text) ? TOKEN_AT.lastIndex : i + 1;
    }
    let value = text.slice(i, Math.min(matchEnd, end));
    if (!(c < 128 ? isAsciiAlphanumeric(c) : WORD_START.test(value[0]))) {
      tokens.push(makeToken(value, i, false));
      i = matchEnd;
      continue;
    }
    let wordEnd = i + value.length;
    // Split a possessive ’s / 's off the word.
    const possessive = value.length > 2 && endsWithPossessive(value) ? POSSESSIVE.exec(value) : null;
    if (possessive && !NOT_POSSESSIVE.test(possessive[1])) {
      const baseEnd = i + possessive[1].length;
      tokens.push(makeToken(possessive[1], i, true));
      tokens.push(makeToken(possessive[2], baseEnd, true));
      i = matchEnd;
      continue;
    }
    let next = matchEnd;
    if (text.charCodeAt(wordEnd) === 46 /* . */ && wordEnd < end) {
      if (ABBREVIATIONS.has(value.toLowerCase()) || isDottedInitials(value)) {
        wordEnd += 1;
        next = wordEnd;
      }
    }
    tokens.push(makeToken(wordEnd === i + value.length ? value : text.slice(i, wordEnd), i, true));
    i = next;
  }
  return tokens;
}

const isAsciiAlphanumeric = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Word-joining characters: ’ ' - . & */
const isJoiner = (c: number) => c === 8217 || c === 39 || c === 45 || c === 46 || c === 38;
/** ’ “ ” ‘ — – …: never in a word, so always a token of their own. */
const isLonePunctuation = (c: number) =>
  c === 8217 || c === 8220 || c === 8221 || c === 8216 || c === 8212 || c === 8211 || c === 8230;

/** Where TOKEN's match at `at` ends for an ASCII word or a punctuation mark; -1 when the pattern has to decide. */
function plainTokenEnd(text: string, at: number, c: number): number {
  if (c >= 128) return isLonePunctuation(c) ? at + 1 : -1;
  if (!isAsciiAlphanumeric(c)) return at + 1;
  let end = at + 1;
  for (;;) {
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    const joiner = text.charCodeAt(end);
    if (joiner >= 128 && joiner !== 8217) return -1; // a non-ASCII letter may go on the word
    if (!isJoiner(joiner)) return end;
    const after = text.charCodeAt(end + 1);
    if (after >= 128) return -1;
    if (!isAsciiAlphanumeric(after)) return end;
    end += 2;
  }
}

/** Ends in ’s or 's. */
function endsWithPossessive(value: string): boolean {
  const apostrophe = value.charCodeAt(value.length - 2);
  return value.charCodeAt(value.length - 1) === 115 && (apostrophe === 8217 || apostrophe === 39);
}

/** The token whose text is `value`, starting at `start`. */
function makeToken(value: string, start: number, isWord: boolean): Token {
  const first = value.charCodeAt(0);
  const lower = lowerCase(value);
  return {
    start,
    end: start + value.length,
    text: value,
    lower,
    isWord,
    isCapitalized: isWord && (first < 128 ? first >= 65 && first <= 90 : UPPER.test(value[0] ?? '')),
    cue: lookupCue(lower),
  };
}
