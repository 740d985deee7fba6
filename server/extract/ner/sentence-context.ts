/**
 * What a sentence says beyond its single words, found once before its tokens get their features:
 * whether it is a headline, and where institution and place names (gazetteers) lie in it.
 */
import { isHeadline } from './document-stats.js';
import { INSTITUTIONS } from './gazetteers/institutions.js';
import { PLACES } from './gazetteers/places.js';
import { GazetteerMatcher } from './gazetteer-matcher.js';
import type { CasingClass } from './word-shape.js';

/** Position in a gazetteer name: code k + 1 stands for GAZETTEER_POSITIONS[k]; 0 is outside any. */
export const GAZETTEER_POSITIONS = ['B', 'I', 'L', 'U'] as const;
const [B, I, L, U] = [1, 2, 3, 4];

export const institutionMatcher = new GazetteerMatcher(INSTITUTIONS);
export const placeMatcher = new GazetteerMatcher([...PLACES]);

/** What the context needs of each word: its matching key and casing, and which names can start with it. */
export interface ContextWord {
  lower: string;
  casing: CasingClass;
  /** STARTS_INSTITUTION | STARTS_PLACE. */
  gazetteerStarts: number;
}

export const STARTS_INSTITUTION = 1;
export const STARTS_PLACE = 2;

/** One sentence's context. Made once and refilled by `read`, so featurizing a sentence allocates nothing here. */
export class SentenceContext {
  /** Written in capitals (see isHeadline). */
  headline = false;
  /** Per token, its gazetteer position code in an institution or place name. */
  institution = new Uint8Array(64);
  place = new Uint8Array(64);
  /** The words' matching keys, filled on first need (`keysFor` is the sentence they belong to). */
  private readonly keys: string[] = [];
  private keysFor: readonly ContextWord[] | undefined;

  /** Fills the context for a sentence; valid until the next call. */
  read(words: readonly ContextWord[]): this {
    const n = words.length;
    if (this.institution.length < n) {
      this.institution = new Uint8Array(n * 2);
      this.place = new Uint8Array(n * 2);
    }
    this.headline = isHeadline(words);
    this.keysFor = undefined;
    this.mark(institutionMatcher, words, STARTS_INSTITUTION, this.institution);
    this.mark(placeMatcher, words, STARTS_PLACE, this.place);
    return this;
  }

  /**
   * Gazetteer positions: matches as GazetteerMatcher.findAllKeys finds them (left to right, longest
   * first), trying only the words a name can start with.
   */
  private mark(matcher: GazetteerMatcher, words: readonly ContextWord[], starts: number, out: Uint8Array): void {
    const n = words.length;
    out.fill(0, 0, n);
    for (let i = 0; i < n;) {
      if ((words[i].gazetteerStarts & starts) === 0) {
        i++;
        continue;
      }
      if (this.keysFor !== words) {
        for (let k = 0; k < n; k++) this.keys[k] = words[k].lower; // entries past n are stale: matching stops at n
        this.keysFor = words;
      }
      const m = matcher.longestMatchAt(this.keys, i, n);
      if (!m) {
        i++;
        continue;
      }
      if (m.end - m.start === 1) {
        out[m.start] = U;
      } else {
        out[m.start] = B;
        for (let k = m.start + 1; k < m.end - 1; k++) out[k] = I;
        out[m.end - 1] = L;
      }
      i = m.end;
    }
  }
}
