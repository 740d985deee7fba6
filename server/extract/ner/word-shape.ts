/** Orthographic views of a word, for features: normalized form, shape, casing class. */

/** Curly quotes and dashes as their ASCII forms, so CoNLL (ASCII) and news (typographic) text look alike. */
export function normalizeTypography(word: string): string {
  if (isPlainAscii(word)) return word;
  return word
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-');
}

function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || c === 96) return false;
  }
  return true;
}

/** Whether a UTF-16 code unit is what /\s/ matches: ASCII spaces, line and paragraph separators, Zs, BOM. */
export function isWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** word.toLowerCase(), without its cost when there is nothing to change (most words). */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** Whether the word has an ASCII lowercase letter (then it is not written in capitals). */
export function hasAsciiLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Lowercase with digits folded to 0, so "1996" and "2020" share weights. */
export function foldedLower(word: string): string {
  const lower = lowerCase(word);
  let digits = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return /\p{N}/u.test(lower) ? lower.replace(/\p{N}/gu, '0') : lower;
    if (c >= 48 && c <= 57) digits = true;
  }
  return digits ? lower.replace(/[0-9]/g, '0') : lower; // ASCII: \p{N} is 0-9
}

/** "Vladimir" → "Xx", "U.N." → "X.X.", "al-Assad" → "x-Xx", "1996-08-22" → "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 128)
      c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export type CasingClass = 'init-cap' | 'all-caps' | 'lower' | 'mixed' | 'digit' | 'punct';

export function casingClass(word: string): CasingClass {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstUpper = false;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let isUpper: boolean;
    let isLower: boolean;
    if (c < 128) {
      isUpper = c >= 65 && c <= 90;
      isLower = c >= 97 && c <= 122;
      if (c >= 48 && c <= 57) digits++;
    } else {
      const ch = word[i];
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      isUpper = up !== low && ch === up;
      isLower = up !== low && ch === low;
      if (!isUpper && !isLower && /\p{N}/u.test(ch)) digits++;
    }
    if (isUpper) {
      if (letters === 0) firstUpper = true;
      upper++;
      letters++;
    } else if (isLower) {
      lower++;
      letters++;
    }
  }
  if (letters === 0) return digits > 0 ? 'digit' : 'punct';
  if (lower === 0) return letters > 1 ? 'all-caps' : 'init-cap';
  if (upper === 0) return 'lower';
  return firstUpper && upper === 1 ? 'init-cap' : 'mixed';
}

/** "VLADIMIR" → "Vladimir", "al-ASSAD" → "Al-assad": the form an ALL CAPS word would most likely have. */
export function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
