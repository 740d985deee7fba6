/**
 * Groups tokens into sentences for the tagger: at line breaks, and after . ! ? (with any closing quote
 * or bracket) when the next word does not go on in lowercase. Abbreviations never end a sentence
 * because the tokenizer keeps their dot ("Oct.", "U.S.").
 */
import type { Token } from './types.js';

/** . ! ? ... … */
function isEnder(word: string): boolean {
  if (word.length === 3) return word === '...';
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 8230;
}

/** " ” ' ’ ) ] */
function isCloser(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 34 || c === 8221 || c === 39 || c === 8217 || c === 41 || c === 93;
}

/** Starts with a lowercase letter (\p{Ll}); ASCII by hand. */
function startsLowercase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(word);
}

/** A Viterbi pass is linear, but very long "sentences" (lists, tables) are cut to keep features local. */
const MAX_SENTENCE_TOKENS = 200;

/** Token index ranges [start, end) of the sentences of `tokens`. */
export function splitSentences(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    let boundary = i + 1 - start >= MAX_SENTENCE_TOKENS || hasLineBreak(text, tokens[i].end, next.start);
    if (!boundary) {
      const word = tokens[i].text;
      const ended = isEnder(word) || (isCloser(word) && i > start && isEnder(tokens[i - 1].text));
      boundary = ended && !isCloser(next.text) && !startsLowercase(next.text) && !isEnder(next.text);
    }
    if (boundary) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

/** Whether `text` holds a line or paragraph break in [from, to): no name runs over one. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
