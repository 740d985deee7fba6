/**
 * The learned attribution labeller: weights over the features of token-features.ts, a first-order
 * BIO model decoded with Viterbi. Stored in the NER weights format (ner/model-file.ts).
 */
import { decodeModel, encodeModel, type ModelData } from '../ner/model-file.js';
import type { AttributionInput } from './article-input.js';
import type { Calibration } from './calibration.js';
import { ATTRIBUTION_TAGS, TAG_COUNT } from './tags.js';
import { TokenFeatures } from './token-features.js';
import { emissionScores, viterbi } from './viterbi.js';

/** Weights are stored as int16 multiples of this. */
export const WEIGHT_STEP = 1 / 16;

/** The tags of one sentence and, per token, the margin of its tag over the best other tag. */
export interface LabelledSentence {
  tags: Int32Array;
  margins: Float64Array;
}

export class AttributionModel {
  private readonly index = new Map<string, number>();
  private readonly features = new TokenFeatures((name) => this.index.get(name) ?? -1);

  /** Set after training (see calibration.ts); null: every statement gets 0.5 and every learned one is kept. */
  calibration: Calibration | null = null;

  constructor(readonly data: ModelData) {
    if (data.tags.join() !== ATTRIBUTION_TAGS.join()) throw new Error('attribution model: unexpected tag set');
    data.featureNames.forEach((name, k) => this.index.set(name, k));
  }

  static decode(gz: Buffer): AttributionModel {
    return new AttributionModel(decodeModel(gz));
  }

  encode(): Buffer {
    return encodeModel(this.data, WEIGHT_STEP);
  }

  label(input: AttributionInput): LabelledSentence[] {
    const ids = this.features.sentences(input);
    return ids.map((features) => {
      if (features.length === 0) return { tags: new Int32Array(0), margins: new Float64Array(0) };
      const emissions = emissionScores(features, this.data.weights);
      const tags = viterbi(emissions, features.length, this.data.transitions);
      const margins = new Float64Array(features.length);
      for (let i = 0; i < features.length; i++) {
        const own = emissions[i * TAG_COUNT + tags[i]];
        let other = -Infinity;
        for (let t = 0; t < TAG_COUNT; t++) if (t !== tags[i]) other = Math.max(other, emissions[i * TAG_COUNT + t]);
        margins[i] = own - other;
      }
      return { tags, margins };
    });
  }
}
