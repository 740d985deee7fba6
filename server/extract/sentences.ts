import { isWhitespace } from './ner/word-shape.js';
import type { Span } from './types.js';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './tokens.js';

/** Words that commonly open a sentence: after "U.S." or "Oct." they mean the abbreviation ended it. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'there',
  'as',
  'after',
  'when',
  'while',
  'if',
  'for',
  'so',
  'yet',
  'still',
  'meanwhile',
  'however',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
]);

const BOUNDARY = /[.!?]+[”"’')\]]*(?=\s+(?:''|[“"‘'(\[])?[\p{Lu}\p{N}])/gu;

/**
 * Splits one paragraph into sentences. A boundary is terminal punctuation (with any closing
 * quotation marks) followed by a capital, except after titles ("Mr."), initials ("George W.")
 * and abbreviations that are not followed by a typical sentence opener.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(body); match; match = BOUNDARY.exec(body)) {
    const boundaryEnd = match.index + match[0].length;
    if (match[0].startsWith('.') && !periodEndsSentence(body, match.index, boundaryEnd)) continue;
    pushTrimmed(sentences, body, sentenceStart, boundaryEnd, paragraph.start);
    sentenceStart = boundaryEnd;
  }
  pushTrimmed(sentences, body, sentenceStart, body.length, paragraph.start);
  return sentences;
}

const WORD_BEFORE = /([\p{L}\p{N}.’'\-]+)$/u;

/** The word (letters, digits, . ’ ' -) that ends right before `index`, looking back 30 characters at most. */
function wordBefore(body: string, index: number): string | undefined {
  const from = Math.max(0, index - 30);
  let start = index;
  // ASCII and ’ by hand; any other character is left to the pattern (letters of every script).
  for (; start > from; start--) {
    const c = body.charCodeAt(start - 1);
    const inWord =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 39 ||
      c === 45 ||
      c === 8217;
    if (inWord) continue;
    if (c >= 128) return WORD_BEFORE.exec(body.slice(from, index))?.[1];
    break;
  }
  return start < index ? body.slice(start, index) : undefined;
}

function periodEndsSentence(body: string, periodIndex: number, boundaryEnd: number): boolean {
  const word = wordBefore(body, periodIndex);
  if (word === undefined) return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  const next = /^\s+(?:''|[“"‘'(\[])?([\p{L}\p{N}.]+)/u.exec(body.slice(boundaryEnd, boundaryEnd + 40));
  const nextWord = next ? next[1].toLowerCase() : '';
  // A single capital letter is an initial ("George W. Bush"), unless a sentence plainly starts.
  if (/^\p{Lu}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord);
  if (ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord);
  return true;
}

function pushTrimmed(out: Span[], body: string, start: number, end: number, offset: number): void {
  while (start < end && isWhitespace(body.charCodeAt(start))) start++;
  while (end > start && isWhitespace(body.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start: start + offset, end: end + offset });
}
