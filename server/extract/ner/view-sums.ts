/**
 * Per word, the weight sums of each of its views (VIEW_COUNT × tags), computed on the word's first
 * occurrence and kept with its cached views: tagging adds these up instead of single features.
 */
import { VIEW_COUNT, VIEW_KINDS, type WordViews } from './word-views.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
const SIZE = VIEW_COUNT * T;
/** Words whose sums share one array: no typed array (and buffer) per word, one object fewer to reach. */
const WORDS_PER_CHUNK = 1024;
const RELEASED_IDS = Object.fromEntries(VIEW_KINDS.map((k) => [k, []])) as unknown as WordViews['ids'];

export class ViewSums {
  private chunk = new Float32Array(0);
  private used = 0;

  constructor(readonly weights: Float32Array) {}

  /** The array holding the word's sums, from views.sumsAt on: view k's at views.sumsAt + k * T. */
  of(views: WordViews): Float32Array {
    return views.sums ?? this.addUp(views);
  }

  private addUp(views: WordViews): Float32Array {
    if (this.used + SIZE > this.chunk.length) {
      this.chunk = new Float32Array(WORDS_PER_CHUNK * SIZE);
      this.used = 0;
    }
    const sums = this.chunk;
    const at = this.used;
    this.used += SIZE;
    const weights = this.weights;
    for (let kind = 0; kind < VIEW_COUNT; kind++) {
      for (const id of views.ids[VIEW_KINDS[kind]]) {
        for (let t = 0; t < T; t++) sums[at + kind * T + t] += weights[id * T + t];
      }
    }
    views.sums = sums;
    views.sumsAt = at;
    views.ids = RELEASED_IDS; // the sums are all tagging needs; halves the cache's memory
    return sums;
  }
}
