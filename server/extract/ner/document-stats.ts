/**
 * What the whole document says about a word: whether it also occurs in lowercase, or capitalized in the
 * middle of a sentence. This tells an ALL CAPS headline word ("RUSSIA") or a sentence-initial one
 * ("Aid") whether it is a name, which the sentence alone cannot.
 */
import type { CasingClass } from './word-shape.js';

export const SEEN_LOWER = 1;
export const SEEN_CAPITALIZED = 2;

export class DocumentStats {
  private readonly flags = new Map<string, number>();

  /** Sentences of words, each described by its folded lowercase form and casing class. */
  constructor(sentences: readonly (readonly DescribedWord[])[]) {
    for (const words of sentences) {
      if (isHeadline(words)) continue;
      for (let i = 1; i < words.length; i++) {
        const cc = words[i].casing;
        const flag = cc === 'lower' ? SEEN_LOWER : cc === 'init-cap' ? SEEN_CAPITALIZED : 0;
        if (flag === 0) continue;
        const key = words[i].lower;
        const old = this.flags.get(key) ?? 0;
        if ((old & flag) === 0 && !QUOTES_AND_OPENINGS.has(words[i - 1].lower)) this.flags.set(key, old | flag);
      }
    }
  }

  /** SEEN_LOWER | SEEN_CAPITALIZED bits for a folded lowercase word, 0 when the document has no other evidence. */
  flagsOf(lower: string): number {
    return this.flags.get(lower) ?? 0;
  }
}

export interface DescribedWord {
  /** foldedLower of the word with typography normalized. */
  lower: string;
  casing: CasingClass;
}

/** After these the next word is capitalized whatever it is (normalized typography: curly quotes are straight). */
const QUOTES_AND_OPENINGS = new Set(['"', "'", '(', '[', ':', '.', '!', '?', '``', "''"]);

/** A sentence written in capitals (CoNLL headlines, "BREAKING NEWS"): casing tells nothing there. */
export function isHeadline(words: readonly { casing: CasingClass }[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const { casing: cc } of words) {
    if (cc === 'punct' || cc === 'digit') continue;
    letters++;
    if (cc === 'all-caps') caps++;
  }
  return letters >= 2 && caps / letters >= 0.6;
}
