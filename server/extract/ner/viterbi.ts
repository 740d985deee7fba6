/**
 * Best tag sequence under a first-order model: emission scores per token and tag plus a transition
 * score per tag pair, with BILOU-invalid transitions forbidden outright.
 */
import { isAllowedTransition, TAG_COUNT } from './tags.js';

/**
 * `transitions[(from + 1) * T + to]`, row 0 being the sentence start; the extra last row
 * `transitions[(T + 1) * T + from]` scores ending the sentence in `from`.
 */
export function transitionTableSize(): number {
  return (TAG_COUNT + 2) * TAG_COUNT;
}

/** -Infinity where BILOU forbids the transition, 0 elsewhere: added to learned transition scores. */
export const TRANSITION_MASK: Float64Array = (() => {
  const T = TAG_COUNT;
  const mask = new Float64Array(transitionTableSize());
  for (let from = -1; from < T; from++) {
    for (let to = 0; to < T; to++) if (!isAllowedTransition(from, to)) mask[(from + 1) * T + to] = -Infinity;
  }
  for (let from = 0; from < T; from++) if (!isAllowedTransition(from, -1)) mask[(T + 1) * T + from] = -Infinity;
  return mask;
})();

/** For each tag, the tags BILOU allows before it: most pairs are forbidden, so skipping them saves time. */
const PREDECESSORS: Int32Array[] = Array.from({ length: TAG_COUNT }, (_, to) =>
  Int32Array.from(Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => isAllowedTransition(from, to))),
);

/** Reused between calls (tagging is synchronous), so long documents make no garbage here. */
let scratch = { score: new Float64Array(256 * TAG_COUNT), back: new Int32Array(256 * TAG_COUNT) };

/** `emissions[i * T + t]`; returns one tag per token. `transitions` must already include the mask. */
export function viterbi(emissions: Float64Array, length: number, transitions: Float64Array): Int32Array {
  const T = TAG_COUNT;
  const best = new Int32Array(length);
  if (length === 0) return best;
  if (scratch.score.length < length * T) scratch = { score: new Float64Array(length * 2 * T), back: new Int32Array(length * 2 * T) };
  const { score, back } = scratch;
  for (let t = 0; t < T; t++) score[t] = transitions[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const prev = (i - 1) * T;
    for (let to = 0; to < T; to++) {
      const froms = PREDECESSORS[to];
      let bestScore = -Infinity;
      let bestFrom = froms[0];
      for (let k = 0; k < froms.length; k++) {
        const from = froms[k];
        const s = score[prev + from] + transitions[(from + 1) * T + to];
        if (s > bestScore) { bestScore = s; bestFrom = from; }
      }
      score[i * T + to] = bestScore + emissions[i * T + to];
      back[i * T + to] = bestFrom;
    }
  }
  let last = 0;
  let lastScore = -Infinity;
  for (let t = 0; t < T; t++) {
    const s = score[(length - 1) * T + t] + transitions[(T + 1) * T + t];
    if (s > lastScore) { lastScore = s; last = t; }
  }
  best[length - 1] = last;
  for (let i = length - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]];
  return best;
}

/** Emission scores of a sentence: the sum of each token's feature weights, per tag. */
export function emissionScores(featureIds: readonly (readonly number[])[], weights: ArrayLike<number>): Float64Array {
  const T = TAG_COUNT;
  const out = new Float64Array(featureIds.length * T);
  for (let i = 0; i < featureIds.length; i++) {
    const base = i * T;
    for (const f of featureIds[i]) {
      const w = f * T;
      for (let t = 0; t < T; t++) out[base + t] += weights[w + t];
    }
  }
  return out;
}
