/**
 * Word counts over a stretch of text, by one scan instead of a regex match that builds an array of
 * every word. Each function says which pattern it counts and counts exactly what it would match on
 * text.slice(start, end), surrogate pairs included.
 */

const LETTER = 1;
const UPPER = 2;
const DIGIT = 4;

const classes = new Map<number, number>();

/** LETTER (\p{L}), UPPER (\p{Lu}) and DIGIT (\p{N}) bits of a code point; lone surrogates have none. */
function classOf(codePoint: number): number {
  if (codePoint < 128) {
    if (codePoint >= 97 && codePoint <= 122) return LETTER;
    if (codePoint >= 65 && codePoint <= 90) return LETTER | UPPER;
    return codePoint >= 48 && codePoint <= 57 ? DIGIT : 0;
  }
  let bits = classes.get(codePoint);
  if (bits === undefined) {
    const char = String.fromCodePoint(codePoint);
    bits = (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{Lu}/u.test(char) ? UPPER : 0) | (/\p{N}/u.test(char) ? DIGIT : 0);
    if (classes.size < 10_000) classes.set(codePoint, bits);
  }
  return bits;
}

/** The code point at `k` within text[.., end): a surrogate pair cut by `end` is a lone surrogate. */
function codePointAt(text: string, k: number, end: number): number {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
    const next = text.charCodeAt(k + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  }
  return c;
}

/** How many matches of /[\p{L}\p{N}]+/gu text[start, end) holds. */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inWord = false;
  for (let k = start; k < end;) {
    const codePoint = codePointAt(text, k, end);
    const isWordChar = (classOf(codePoint) & (LETTER | DIGIT)) !== 0;
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
    k += codePoint > 0xffff ? 2 : 1;
  }
  return count;
}

/**
 * How many words text[start, end) holds as the global unicode pattern [\p{L}][\p{L}’'\-]* matches
 * them (a letter, then letters, apostrophes and hyphens), and how many begin with a capital (\p{Lu}).
 */
export function countTitleWords(text: string, start = 0, end = text.length): { words: number; capitalized: number } {
  let words = 0;
  let capitalized = 0;
  let inWord = false;
  for (let k = start; k < end;) {
    const codePoint = codePointAt(text, k, end);
    const bits = classOf(codePoint);
    if (inWord) {
      inWord = (bits & LETTER) !== 0 || codePoint === 0x2019 || codePoint === 39 || codePoint === 45;
    } else if (bits & LETTER) {
      inWord = true;
      words++;
      if (bits & UPPER) capitalized++;
    }
    k += codePoint > 0xffff ? 2 : 1;
  }
  return { words, capitalized };
}
