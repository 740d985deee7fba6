/**
 * Structured averaged perceptron (Collins 2002): decode each sentence with the current weights,
 * move weights towards the gold tags where the decoded ones differ, and return the average of the
 * weights over all steps (the trick of Daumé: keep w and Σ c·Δ, average = w − Σ/c).
 */
import { TAG_COUNT } from '../tags.js';
import { emissionScores, TRANSITION_MASK, transitionTableSize, viterbi } from '../viterbi.js';

export interface TrainingSentence {
  features: number[][];
  gold: number[];
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, mistakes: number, averaged: () => TrainedWeights) => void;
}

export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

export function trainPerceptron(
  sentences: TrainingSentence[],
  featureCount: number,
  options: PerceptronOptions,
): TrainedWeights {
  const T = TAG_COUNT;
  const weights = new Float64Array(featureCount * T);
  const weightSums = new Float64Array(featureCount * T);
  const transitions = new Float64Array(transitionTableSize());
  const transitionSums = new Float64Array(transitionTableSize());
  const masked = new Float64Array(transitionTableSize());
  let step = 1;

  const averaged = (): TrainedWeights => ({
    weights: weights.map((w, k) => w - weightSums[k] / step),
    transitions: transitions.map((w, k) => w - transitionSums[k] / step),
  });
  const bumpTransition = (k: number, delta: number) => {
    transitions[k] += delta;
    transitionSums[k] += step * delta;
  };

  const order = sentences.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const s of order) {
      const { features, gold } = sentences[s];
      for (let k = 0; k < masked.length; k++) masked[k] = transitions[k] + TRANSITION_MASK[k];
      const predicted = viterbi(emissionScores(features, weights), gold.length, masked);
      let wrong = false;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          wrong = true;
          for (const f of features[i]) {
            weights[f * T + g] += 1;
            weightSums[f * T + g] += step;
            weights[f * T + p] -= 1;
            weightSums[f * T + p] -= step;
          }
        }
        const gPrev = i === 0 ? -1 : gold[i - 1];
        const pPrev = i === 0 ? -1 : predicted[i - 1];
        if (g !== p || gPrev !== pPrev) {
          bumpTransition((gPrev + 1) * T + g, 1);
          bumpTransition((pPrev + 1) * T + p, -1);
        }
      }
      const gLast = gold[gold.length - 1];
      const pLast = predicted[gold.length - 1];
      if (gLast !== pLast) {
        bumpTransition((T + 1) * T + gLast, 1);
        bumpTransition((T + 1) * T + pLast, -1);
      }
      if (wrong) mistakes++;
      step++;
    }
    options.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}

/** Mulberry32: a small deterministic generator, so every training run shuffles alike. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
