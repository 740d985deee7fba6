/**
 * Groups tokens into sentences for the tagger: at line breaks, and after . ! ? (with any closing quote
 * or bracket) when the next word does not go on in lowercase. Abbreviations never end a sentence
 * because the tokenizer keeps their dot ("Oct.", "U.S.").
 */
import type { Token } from './types.js';

const ENDERS = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']']);
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
      const ended = ENDERS.has(word) || (CLOSERS.has(word) && i > start && ENDERS.has(tokens[i - 1].text));
      boundary = ended && !CLOSERS.has(next.text) && !/^\p{Ll}/u.test(next.text) && !ENDERS.has(next.text);
    }
    if (boundary) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
