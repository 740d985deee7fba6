/**
 * Structured averaged perceptron (Collins 2002) over the BIO tags of tags.ts: decode each sentence
 * with the current weights, move weights towards the gold tags where the decoded ones differ, and
 * return the average over all steps (w − Σ step·Δ / steps). Deterministic: a seeded shuffle.
 */
import { seededRandom } from '../../ner/training/perceptron-trainer.js';
import { TAG_COUNT } from '../tags.js';
import { emissionScores, transitionTableSize, viterbi } from '../viterbi.js';

export interface TrainingSentence {
  features: number[][];
  gold: Int32Array;
}

export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

export function trainPerceptron(
  sentences: TrainingSentence[],
  featureCount: number,
  options: { epochs: number; seed: number },
): TrainedWeights {
  const T = TAG_COUNT;
  const weights = new Float64Array(featureCount * T);
  const sums = new Float64Array(featureCount * T);
  const transitions = new Float64Array(transitionTableSize());
  const transitionSums = new Float64Array(transitionTableSize());
  let step = 1;
  const bump = (f: number, tag: number, delta: number) => {
    weights[f * T + tag] += delta;
    sums[f * T + tag] += step * delta;
  };
  const bumpTransition = (k: number, delta: number) => {
    transitions[k] += delta;
    transitionSums[k] += step * delta;
  };
  const order = sentences.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const s of order) {
      const { features, gold } = sentences[s];
      const predicted = viterbi(emissionScores(features, weights), gold.length, transitions);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          for (const f of features[i]) {
            bump(f, g, 1);
            bump(f, p, -1);
          }
        }
        const gPrev = i === 0 ? -1 : gold[i - 1];
        const pPrev = i === 0 ? -1 : predicted[i - 1];
        if (g !== p || gPrev !== pPrev) {
          bumpTransition((gPrev + 1) * T + g, 1);
          bumpTransition((pPrev + 1) * T + p, -1);
        }
      }
      step++;
    }
  }
  return {
    weights: weights.map((w, k) => w - sums[k] / step),
    transitions: transitions.map((w, k) => w - transitionSums[k] / step),
  };
}
