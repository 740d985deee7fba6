/** Tags sentences of words with the trained model: features → emission scores → Viterbi → entity ranges. */
import type { ClusterTable } from './clusters.js';
import { DocumentStats } from './document-stats.js';
import { FeatureExtractor, VIEW_COUNT, VIEW_KINDS, type FeatureVisitor, type WordViews } from './features.js';
import type { ModelData } from './model-file.js';
import { ModelFeatureIndex } from './model-index.js';
import { rangesFromTags, TAG_COUNT, TAGS, type TypedRange } from './tags.js';
import { TRANSITION_MASK, viterbi } from './viterbi.js';

const T = TAG_COUNT;
const RELEASED_IDS = Object.fromEntries(VIEW_KINDS.map((k) => [k, []])) as unknown as WordViews['ids'];

export class SequenceTagger {
  private readonly extractor: FeatureExtractor;
  private readonly weights: Float32Array;
  private readonly transitions: Float64Array;
  private emissions = new Float64Array(64 * T);

  constructor(model: ModelData, clusters: ClusterTable) {
    if (model.tags.length !== T || model.tags.some((t, i) => t !== TAGS[i])) {
      throw new Error('NER model was trained with another tag set');
    }
    this.extractor = new FeatureExtractor(new ModelFeatureIndex(model.featureNames), clusters);
    this.weights = model.weights;
    this.transitions = model.transitions.map((w, k) => w + TRANSITION_MASK[k]);
  }

  /** Entity token ranges per sentence; `sentences` are the words of one document, in order. */
  tagDocument(sentences: readonly (readonly string[])[]): TypedRange[][] {
    const described = sentences.map((words) => this.extractor.describe(words));
    const doc = new DocumentStats(described);
    return described.map((words) => this.tagSentence(words, doc));
  }

  private tagSentence(words: readonly WordViews[], doc: DocumentStats): TypedRange[] {
    if (words.length === 0) return [];
    if (this.emissions.length < words.length * T) this.emissions = new Float64Array(words.length * 2 * T);
    const emissions = this.emissions;
    emissions.fill(0, 0, words.length * T);
    const weights = this.weights;
    const visitor: FeatureVisitor = {
      view: (i, views, kind) => {
        const sums = views.sums ?? this.sumViews(views);
        const from = kind * T;
        const base = i * T;
        for (let t = 0; t < T; t++) emissions[base + t] += sums[from + t];
      },
      feature: (i, id) => {
        const base = i * T;
        const w = id * T;
        for (let t = 0; t < T; t++) emissions[base + t] += weights[w + t];
      },
    };
    this.extractor.visit(words, doc, visitor);
    return rangesFromTags(viterbi(emissions, words.length, this.transitions));
  }

  /** A word's weight sums per view, computed on its first occurrence and kept with its cached views. */
  private sumViews(views: WordViews): Float32Array {
    const sums = new Float32Array(VIEW_COUNT * T);
    VIEW_KINDS.forEach((key, kind) => {
      for (const id of views.ids[key]) {
        for (let t = 0; t < T; t++) sums[kind * T + t] += this.weights[id * T + t];
      }
    });
    views.sums = sums;
    views.ids = RELEASED_IDS; // the sums are all tagging needs; halves the cache's memory
    return sums;
  }
}
