/**
 * CoNLL-like tokenizer: punctuation split off, clitics ("'s", "’s", "n't") their own token,
 * dotted abbreviations ("U.S.", "Oct.", "Mr.") and hyphenated words ("al-Assad") kept whole.
 * Offsets are UTF-16 indexes into the input, so tokens map back to the text exactly.
 */
import type { Token } from './types.js';
import { isWhitespace } from './word-shape.js';

// Abbreviations that end in a dot and must keep it (otherwise "Oct." would end a sentence).
const DOTTED_ABBREVIATIONS = [
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Sgt',
  'Adm',
  'Rev',
  'Sr',
  'Jr',
  'St',
  'Ste',
  'Mt',
  'Ft',
  'Pres',
  'Supt',
  'Atty',
  'Hon',
  'Amb',
  'Insp',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Cos',
  'Bros',
  'Plc',
  'Assn',
  'Dept',
  'Univ',
  'Ave',
  'Blvd',
  'Rd',
  'No',
  'Nos',
  'vs',
  'etc',
  'approx',
  'est',
  'Ariz',
  'Calif',
  'Colo',
  'Conn',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wash',
  'Wis',
  'Wyo',
];

const TOKEN_PATTERN = new RegExp(
  [
    // Web addresses and e-mail stay whole so their parts are not read as names.
    String.raw`https?://[^\s"“”<>()]*[^\s"“”<>().,;:!?'’]`,
    String.raw`www\.[^\s"“”<>()]*[^\s"“”<>().,;:!?'’]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Letter-dot sequences: U.S., U.N., a.m., D.C.
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`(?<![\p{L}\p{N}])(?:${DOTTED_ABBREVIATIONS.join('|')})\.`,
    // A single capital letter with a dot before a space is an initial ("George W. Bush").
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // Numbers, dates, times, amounts: 1,000.5  1996-08-22  10:30  3/4
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:[\p{L}]+)?`,
    // Clitics as their own token when glued to the word before (handled in splitClitic too).
    String.raw`(?<=[\p{L}\p{N}])['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M)(?![\p{L}\p{N}])`,
    // Words: letters, marks and digits, with inner hyphens, apostrophes, ampersands and dots (AT&T, O'Neill).
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`,
    // Runs of dots or dashes stay together; any other character is a token by itself.
    String.raw`\.{2,}|-{2,}|\S`,
  ].join('|'),
  'gu',
);

/** The same pattern, matched at one position: where a token starts is already known (see tokenize). */
const TOKEN_AT = new RegExp(TOKEN_PATTERN.source, 'uy');

const CLITIC_AT_END = /^(.+?)(n['’]t|['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M))$/u;

/**
 * The tokens TOKEN_PATTERN matches, left to right. Every non-space character starts a match (the
 * last alternative is \S) and no alternative starts with a space, so each token starts at the next
 * non-space character; there, plain words and punctuation are measured by hand (see plainTokenEnd),
 * and everything else by the pattern itself.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return tokens;
  const mayHoldEmail = text.includes('@');
  for (let at = 0; at < text.length;) {
    const c = text.charCodeAt(at);
    if (isWhitespace(c)) {
      at++;
      continue;
    }
    let end = plainTokenEnd(text, at, c, mayHoldEmail);
    if (end < 0) {
      TOKEN_AT.lastIndex = at;
      end = TOKEN_AT.test(text) ? TOKEN_AT.lastIndex : at + 1;
    }
    splitClitic(text.slice(at, end), at, tokens);
    at = end;
  }
  return tokens;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiAlphanumeric = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
/** Word-joining characters of the word alternative: - ' & ’ */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 38 || c === 8217;
/** “ ” ‘ — – …: always a token of their own (no alternative but \S starts with them). */
const isLonePunctuation = (c: number) =>
  c === 8220 || c === 8221 || c === 8216 || c === 8212 || c === 8211 || c === 8230;

/**
 * Where the token starting at `at` ends when it is a plain ASCII word or a punctuation mark that no
 * earlier alternative of TOKEN_PATTERN can match; -1 when the pattern has to decide (web addresses,
 * e-mail, dotted abbreviations, numbers, clitics, non-ASCII letters).
 */
function plainTokenEnd(text: string, at: number, c: number, mayHoldEmail: boolean): number {
  if (c >= 128) return isLonePunctuation(c) ? at + 1 : -1;
  if (mayHoldEmail && precedesAt(text, at)) return -1;
  if (isAsciiLetter(c)) {
    if ((c === 104 && text.startsWith('http', at)) || (c === 119 && text.startsWith('www.', at))) return -1;
    let end = at + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    // A letter run followed by a dot may be "U.S." or "Oct.", a non-ASCII letter may go on the word.
    const next = text.charCodeAt(end);
    if (next === 46 || (next >= 128 && next !== 8217)) return -1;
    for (;;) {
      while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
      const joiner = text.charCodeAt(end);
      if (joiner >= 128 && joiner !== 8217) return -1;
      if (!isJoiner(joiner)) return end;
      const after = text.charCodeAt(end + 1);
      if (after >= 128) return -1;
      if (!isAsciiAlphanumeric(after)) return end;
      end += 2;
    }
  }
  if (c >= 48 && c <= 57) return -1; // numbers, dates, amounts
  if (c === 39) return -1; // a clitic after a word
  if (c === 46 || c === 45) {
    // Runs of dots or dashes stay together.
    let end = at + 1;
    while (end < text.length && text.charCodeAt(end) === c) end++;
    return end - at >= 2 ? end : at + 1;
  }
  return at + 1;
}

/** Whether the run of e-mail characters starting at `at` ends in "@" (or in a character only the pattern can judge). */
function precedesAt(text: string, at: number): boolean {
  let end = at;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!(isAsciiAlphanumeric(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45)) break;
  }
  const next = text.charCodeAt(end);
  return next === 64 || next >= 128;
}

/** "Russia's" → "Russia" + "'s", "didn't" → "did" + "n't"; other words unchanged. */
function splitClitic(word: string, start: number, out: Token[]): void {
  const m = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC_AT_END.exec(word) : null;
  if (m && /[\p{L}\p{N}]$/u.test(m[1]) && !isNameWithApostrophe(m[1], m[2])) {
    out.push({ text: m[1], start, end: start + m[1].length });
    out.push({ text: m[2], start: start + m[1].length, end: start + word.length });
    return;
  }
  out.push({ text: word, start, end: start + word.length });
}

// "O'Neill'"-like names never reach here with a clitic; this only guards "D'S"-style codes.
function isNameWithApostrophe(stem: string, clitic: string): boolean {
  return stem.length === 1 && /^['’][A-Z]$/.test(clitic);
}
