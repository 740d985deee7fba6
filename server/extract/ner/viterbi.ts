/**
 * Best tag sequence under a first-order model: emission scores per token and tag plus a transition
 * score per tag pair, with BILOU-invalid transitions forbidden outright.
 */
import { isAllowedTransition, OUTSIDE, TAG_COUNT } from './tags.js';

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

/** For each tag, the tags BILOU allows before it. */
const PREDECESSORS: number[][] = Array.from({ length: TAG_COUNT }, (_, to) =>
  Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => isAllowedTransition(from, to)),
);

/**
 * BILOU leaves two kinds of tags. Opening tags (O, B-x, U-x) all follow the same closing tags
 * (O, L-y, U-y), so those previous scores are read once per token; continuing tags (I-x, L-x)
 * follow exactly two tags (B-x, I-x). Skipping the forbidden pairs is most of the speed.
 */
const CLOSING = Int32Array.from(PREDECESSORS[OUTSIDE]);
const OPENING = Int32Array.from(PREDECESSORS.flatMap((froms, to) => (froms.join() === CLOSING.join() ? [to] : [])));
const CONTINUING = Int32Array.from(PREDECESSORS.flatMap((froms, to) => (froms.join() === CLOSING.join() ? [] : [to])));
if (CONTINUING.some((to) => PREDECESSORS[to].length !== 2)) throw new Error('tag set is not BILOU-shaped');
/** The two predecessors of each continuing tag, in order. */
const CONTINUED_FROM = Int32Array.from([...CONTINUING].flatMap((to) => PREDECESSORS[to]));

/** Reused between calls (tagging is synchronous), so long documents make no garbage here. */
let scratch = {
  score: new Float64Array(256 * TAG_COUNT),
  back: new Int32Array(256 * TAG_COUNT),
  best: new Int32Array(256),
};
const closingScores = new Float64Array(CLOSING.length);

/** Best tag sequences for one table of transition scores (which must already include the mask). */
export class ViterbiDecoder {
  /** Transition scores in the order decode reads them: each opening tag from each closing tag, then each continuing tag from its two. */
  private readonly ordered: Float64Array;

  constructor(private readonly transitions: Float64Array) {
    const T = TAG_COUNT;
    this.ordered = new Float64Array(OPENING.length * CLOSING.length + CONTINUING.length * 2);
    let k = 0;
    for (const to of OPENING) for (const from of CLOSING) this.ordered[k++] = transitions[(from + 1) * T + to];
    for (let m = 0; m < CONTINUING.length; m++) {
      for (const from of [CONTINUED_FROM[2 * m], CONTINUED_FROM[2 * m + 1]])
        this.ordered[k++] = transitions[(from + 1) * T + CONTINUING[m]];
    }
  }

  /**
   * `emissions[i * T + t]`; the tags of tokens 0 … length-1 in the first `length` entries of the
   * result, which the next call reuses.
   */
  decode(emissions: Float64Array, length: number): Int32Array {
    const T = TAG_COUNT;
    const transitions = this.transitions;
    const ordered = this.ordered;
    if (scratch.score.length < length * T || scratch.best.length < length) {
      scratch = {
        score: new Float64Array(length * 2 * T),
        back: new Int32Array(length * 2 * T),
        best: new Int32Array(length * 2),
      };
    }
    const { score, back, best } = scratch;
    if (length === 0) return best;
    const closings = CLOSING.length;
    for (let t = 0; t < T; t++) score[t] = transitions[t] + emissions[t];
    for (let i = 1; i < length; i++) {
      const prev = (i - 1) * T;
      const here = i * T;
      for (let k = 0; k < closings; k++) closingScores[k] = score[prev + CLOSING[k]];
      let o = 0;
      for (let m = 0; m < OPENING.length; m++, o += closings) {
        // Strictly greater: the first predecessor with the highest score wins ties.
        let bestScore = closingScores[0] + ordered[o];
        let bestFrom = 0;
        for (let k = 1; k < closings; k++) {
          const s = closingScores[k] + ordered[o + k];
          if (s > bestScore) {
            bestScore = s;
            bestFrom = k;
          }
        }
        const to = OPENING[m];
        score[here + to] = bestScore + emissions[here + to];
        back[here + to] = CLOSING[bestFrom];
      }
      for (let m = 0; m < CONTINUING.length; m++, o += 2) {
        const to = CONTINUING[m];
        const first = CONTINUED_FROM[2 * m];
        const second = CONTINUED_FROM[2 * m + 1];
        let bestScore = score[prev + first] + ordered[o];
        let bestFrom = first;
        const s = score[prev + second] + ordered[o + 1];
        if (s > bestScore) {
          bestScore = s;
          bestFrom = second;
        }
        score[here + to] = bestScore + emissions[here + to];
        back[here + to] = bestFrom;
      }
    }
    let last = 0;
    let lastScore = -Infinity;
    for (let t = 0; t < T; t++) {
      const s = score[(length - 1) * T + t] + transitions[(T + 1) * T + t];
      if (s > lastScore) {
        lastScore = s;
        last = t;
      }
    }
    best[length - 1] = last;
    for (let i = length - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]];
    return best;
  }
}

/** `emissions[i * T + t]`; returns one tag per token. `transitions` must already include the mask. */
export function viterbi(emissions: Float64Array, length: number, transitions: Float64Array): Int32Array {
  return new ViterbiDecoder(transitions).decode(emissions, length).slice(0, length);
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
