/**
 * Best BIO tag sequence under a first-order model. `transitions[(from + 1) * T + to]`, row 0 being
 * the sentence start; forbidden BIO transitions are never taken.
 */
import { isAllowedTransition, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

export function transitionTableSize(): number {
  return (T + 1) * T;
}

const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array(transitionTableSize());
  for (let from = -1; from < T; from++)
    for (let to = 0; to < T; to++) allowed[(from + 1) * T + to] = isAllowedTransition(from, to) ? 1 : 0;
  return allowed;
})();

/** Emission scores: for each token, the sum of its features' weight rows. */
export function emissionScores(features: ArrayLike<number>[], weights: ArrayLike<number>): Float64Array {
  const scores = new Float64Array(features.length * T);
  for (let i = 0; i < features.length; i++) {
    const row = features[i];
    for (let k = 0; k < row.length; k++) {
      const base = row[k] * T;
      for (let t = 0; t < T; t++) scores[i * T + t] += weights[base + t];
    }
  }
  return scores;
}

export function viterbi(emissions: Float64Array, length: number, transitions: ArrayLike<number>): Int32Array {
  const score = new Float64Array(length * T);
  const back = new Int32Array(length * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? transitions[t] + emissions[t] : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < T; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < T; from++) {
        const k = (from + 1) * T + to;
        if (!ALLOWED[k]) continue;
        const s = score[(i - 1) * T + from] + transitions[k];
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[i * T + to] = best + emissions[i * T + to];
      back[i * T + to] = arg;
    }
  }
  const tags = new Int32Array(length);
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (score[(length - 1) * T + t] > best) {
      best = score[(length - 1) * T + t];
      tags[length - 1] = t;
    }
  }
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
