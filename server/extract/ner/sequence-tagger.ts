/** Tags sentences of words with the trained model: features → emission scores → Viterbi → entity ranges. */
import type { ClusterTable } from './clusters.js';
import { DocumentStats } from './document-stats.js';
import { EmissionScorer, VisitedEmissions } from './emission-scorer.js';
import { FeatureExtractor } from './features.js';
import type { ModelData } from './model-file.js';
import { ModelFeatureIndex } from './model-index.js';
import { rangesFromTags, TAG_COUNT, TAGS, type TypedRange } from './tags.js';
import { ViewSums } from './view-sums.js';
import { TRANSITION_MASK, ViterbiDecoder } from './viterbi.js';

const T = TAG_COUNT;

/**
 * Sentences whose emission scores must come out the same from the scorer and from the features
 * training walked (FeatureExtractor.visit): sentence edges, a headline, quotes, gazetteer names.
 */
const PROBE: readonly (readonly string[])[] = [
  ['WHITE', 'HOUSE', 'SAYS', 'PUTIN', 'CALLED'],
  ['The', 'White', 'House', 'said', '"', 'Merkel', 'met', 'Putin', 'in', 'Paris', '.', '"'],
  ['U.N.'],
  ['Aid', 'workers', 'in', 'the', 'United', 'States', 'told', '(', 'Reuters', ')', 'about', 'aid', '.'],
  ['Yes', '!'],
];

export class SequenceTagger {
  private readonly extractor: FeatureExtractor;
  private readonly decoder: ViterbiDecoder;
  private readonly sums: ViewSums;
  private readonly scorer: EmissionScorer;

  constructor(model: ModelData, clusters: ClusterTable) {
    if (model.tags.length !== T || model.tags.some((t, i) => t !== TAGS[i])) {
      throw new Error('NER model was trained with another tag set');
    }
    this.extractor = new FeatureExtractor(new ModelFeatureIndex(model.featureNames), clusters);
    this.decoder = new ViterbiDecoder(model.transitions.map((w, k) => w + TRANSITION_MASK[k]));
    this.sums = new ViewSums(model.weights);
    this.scorer = new EmissionScorer(this.extractor, this.sums);
    this.checkScorer();
  }

  /** Entity token ranges per sentence; `sentences` are the words of one document, in order. */
  tagDocument(sentences: readonly (readonly string[])[]): TypedRange[][] {
    const described = sentences.map((words) => this.extractor.describe(words));
    const doc = new DocumentStats(described);
    return described.map((words) => {
      if (words.length === 0) return [];
      const emissions = this.scorer.score(words, doc);
      return rangesFromTags(this.decoder.decode(emissions, words.length), words.length);
    });
  }

  /** Throws when the scorer's sums differ from the features `visit` gives training (see PROBE). */
  private checkScorer(): void {
    const described = PROBE.map((words) => this.extractor.describe(words));
    const doc = new DocumentStats(described);
    const reference = new VisitedEmissions(this.sums);
    for (const words of described) {
      const expected = reference.score(this.extractor, words, doc);
      const actual = this.scorer.score(words, doc);
      for (let k = 0; k < words.length * T; k++) {
        if (actual[k] !== expected[k]) throw new Error('NER emission scorer disagrees with the training features');
      }
    }
  }
}
