/**
 * Emission scores of a sentence: per token and tag, the sum of the weights of its features, added up
 * from the per-word view sums (view-sums.ts) and the token's single features.
 */
import type { DocumentStats } from './document-stats.js';
import {
  FeatureExtractor,
  MAX_SINGLE_FEATURES,
  VIEW_COUNT,
  VIEW_INDEX,
  type FeatureVisitor,
  type WordViews,
} from './features.js';
import { TAG_COUNT } from './tags.js';
import type { ViewSums } from './view-sums.js';

const T = TAG_COUNT;
const SELF = VIEW_INDEX.self * T;
const AT_START = VIEW_INDEX.atSentenceStart * T;
const PREV = VIEW_INDEX.prev * T;
const NEXT = VIEW_INDEX.next * T;
const PREV2 = VIEW_INDEX.prev2 * T;
const NEXT2 = VIEW_INDEX.next2 * T;
const HEADLINE = VIEW_INDEX.inHeadline * T;
/** A view that adds nothing: a missing neighbour. */
const NO_SUMS = new Float32Array(VIEW_COUNT * T);

/**
 * Adds up each token's window of word views in one pass over the tags, then its single features:
 * the features and the order of `FeatureExtractor.visit`, so every score is the number training's
 * features give (SequenceTagger checks this on load), without re-reading the row once per view.
 */
export class EmissionScorer {
  private emissions = new Float64Array(64 * T);
  private readonly single = new Int32Array(MAX_SINGLE_FEATURES);
  /** What stands in for a missing neighbour at a sentence's edges: the w-1=<s> / w+1=</s> weights, else zeros. */
  private readonly startSource: Float32Array;
  private readonly startAt: number;
  private readonly endSource: Float32Array;
  private readonly endAt: number;

  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly sums: ViewSums,
  ) {
    const { sentenceStartId: start, sentenceEndId: end } = extractor;
    [this.startSource, this.startAt] = start >= 0 ? [sums.weights, start * T] : [NO_SUMS, 0];
    [this.endSource, this.endAt] = end >= 0 ? [sums.weights, end * T] : [NO_SUMS, 0];
  }

  /** `emissions[i * T + t]` for the sentence; the array is reused by the next call. */
  score(words: readonly WordViews[], doc: DocumentStats): Float64Array {
    const n = words.length;
    if (this.emissions.length < n * T) this.emissions = new Float64Array(n * 2 * T);
    const context = this.extractor.sentenceContext(words);
    for (let i = 0; i < n; i++) {
      const count = this.extractor.singleFeatures(words, doc, context, i, this.single);
      for (let k = 0; k < count; k++) this.single[k] *= T; // feature ids → weight rows
      this.scoreToken(words, i, context.headline, count);
    }
    return this.emissions;
  }

  /**
   * Token i's row: every view of its window in visit's order, then its `count` single features. A view
   * that does not apply (at a sentence's edges, outside headlines) adds zeros: exact, since a sum
   * that starts at +0 is never -0.
   */
  private scoreToken(words: readonly WordViews[], i: number, headline: boolean, count: number): void {
    const n = words.length;
    const { weights } = this.sums;
    const word = words[i];
    const self = this.sums.of(word);
    const selfAt = word.sumsAt + SELF;
    const atStart = i === 0 ? self : NO_SUMS;
    const atStartAt = i === 0 ? word.sumsAt + AT_START : 0;
    const previous = i > 0 ? words[i - 1] : undefined;
    const before = previous ? this.sums.of(previous) : this.startSource;
    const beforeAt = previous ? previous.sumsAt + PREV : this.startAt;
    const following = i + 1 < n ? words[i + 1] : undefined;
    const after = following ? this.sums.of(following) : this.endSource;
    const afterAt = following ? following.sumsAt + NEXT : this.endAt;
    const previous2 = i > 1 ? words[i - 2] : undefined;
    const before2 = previous2 ? this.sums.of(previous2) : NO_SUMS;
    const before2At = previous2 ? previous2.sumsAt + PREV2 : 0;
    const following2 = i + 2 < n ? words[i + 2] : undefined;
    const after2 = following2 ? this.sums.of(following2) : NO_SUMS;
    const after2At = following2 ? following2.sumsAt + NEXT2 : 0;
    const inHeadline = headline ? self : NO_SUMS;
    const inHeadlineAt = headline ? word.sumsAt + HEADLINE : 0;
    const rows = this.single;
    const emissions = this.emissions;
    const base = i * T;
    for (let t = 0; t < T; t++) {
      let e = 0;
      e += self[selfAt + t];
      e += atStart[atStartAt + t];
      e += before[beforeAt + t];
      e += after[afterAt + t];
      e += before2[before2At + t];
      e += after2[after2At + t];
      e += inHeadline[inHeadlineAt + t];
      for (let k = 0; k < count; k++) e += weights[rows[k] + t];
      emissions[base + t] = e;
    }
  }
}

/** The reference: emission scores added up feature by feature, as `FeatureExtractor.visit` walks them. */
export class VisitedEmissions implements FeatureVisitor {
  private emissions = new Float64Array(0);

  constructor(private readonly sums: ViewSums) {}

  score(extractor: FeatureExtractor, words: readonly WordViews[], doc: DocumentStats): Float64Array {
    this.emissions = new Float64Array(words.length * T);
    extractor.visit(words, doc, this);
    return this.emissions;
  }

  view(i: number, views: WordViews, kind: number): void {
    const sums = this.sums.of(views);
    const at = views.sumsAt + kind * T;
    for (let t = 0; t < T; t++) this.emissions[i * T + t] += sums[at + t];
  }

  feature(i: number, id: number): void {
    const { weights } = this.sums;
    for (let t = 0; t < T; t++) this.emissions[i * T + t] += weights[id * T + t];
  }
}
