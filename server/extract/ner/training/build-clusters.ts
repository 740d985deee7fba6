/**
 * Distributional word clusters from unlabeled text. Each frequent word gets a vector of its left and
 * right neighbours (positive PMI, smoothed context counts), randomly projected to a few dozen
 * dimensions; spherical k-means groups the vectors into fine clusters, and the fine centroids are
 * grouped again into medium and coarse ones, so the three ids nest like Brown-cluster prefixes.
 * Deterministic: fixed seed, explicit orderings everywhere.
 */
import { foldedLower, normalizeTypography } from '../word-shape.js';
import { seededRandom } from './perceptron-trainer.js';

export interface ClusterOptions {
  minCount: number;
  maxWords: number;
  contextWords: number;
  dimensions: number;
  /** Cluster counts, coarse to fine; the last one is clustered from word vectors. */
  granularities: number[];
  iterations: number;
  seed: number;
  log?: (message: string) => void;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 5,
  maxWords: 60_000,
  contextWords: 2_000,
  dimensions: 80,
  granularities: [32, 200, 1000],
  iterations: 10,
  seed: 20_030_602,
};

/** `sentences` are token sequences (already tokenized). Returns word → cluster ids (coarse to fine). */
export function buildClusters(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Map<string, string[]> {
  const log = options.log ?? (() => {});
  const corpus: string[][] = [];
  const wordCounts = new Map<string, number>();
  const contextCounts = new Map<string, number>();
  for (const raw of sentences) {
    const words = raw.map(normalizeTypography);
    corpus.push(words);
    for (const w of words) {
      wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      const c = foldedLower(w);
      contextCounts.set(c, (contextCounts.get(c) ?? 0) + 1);
    }
  }
  const byFrequency = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFrequency(wordCounts)
    .filter(([, n]) => n >= options.minCount)
    .slice(0, options.maxWords)
    .map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  const contexts = byFrequency(contextCounts)
    .slice(0, options.contextWords)
    .map(([w]) => w);
  const contextId = new Map(contexts.map((w, i) => [w, i]));
  log(`clusters: ${corpus.length} sentences, ${vocab.length} words, ${contexts.length} context words`);

  // One key per (word, context slot) occurrence; sorting then counting runs is the cheap co-occurrence count.
  const C = contexts.length + 1; // last id: sentence boundary or rare word
  const slots = 4 * C;
  const keys: number[] = [];
  for (const words of corpus) {
    const ctx = words.map((w) => contextId.get(foldedLower(w)) ?? C - 1);
    for (let i = 0; i < words.length; i++) {
      const id = wordId.get(words[i]);
      if (id === undefined) continue;
      const base = id * slots;
      keys.push(base + (i > 0 ? ctx[i - 1] : C - 1));
      keys.push(base + C + (i + 1 < words.length ? ctx[i + 1] : C - 1));
      if (i > 1) keys.push(base + 2 * C + ctx[i - 2]);
      if (i + 2 < words.length) keys.push(base + 3 * C + ctx[i + 2]);
    }
  }
  const sorted = Float64Array.from(keys).sort();
  keys.length = 0;
  const pairs: Array<[number, number, number]> = [];
  const slotTotals = new Float64Array(slots);
  const wordTotals = new Float64Array(vocab.length);
  for (let k = 0; k < sorted.length;) {
    let j = k;
    while (j < sorted.length && sorted[j] === sorted[k]) j++;
    const word = Math.floor(sorted[k] / slots);
    const slot = sorted[k] - word * slots;
    pairs.push([word, slot, j - k]);
    slotTotals[slot] += j - k;
    wordTotals[word] += j - k;
    k = j;
  }
  const smoothed = slotTotals.map((n) => Math.pow(n, 0.75));
  const smoothedSum = smoothed.reduce((a, b) => a + b, 0);
  const total = wordTotals.reduce((a, b) => a + b, 0);

  // Random projection of the positive-PMI vectors.
  const D = options.dimensions;
  const random = seededRandom(options.seed);
  const projection = new Float32Array(slots * D);
  for (let k = 0; k < projection.length; k++) projection[k] = gaussian(random);
  const vectors = new Float32Array(vocab.length * D);
  for (const [word, slot, count] of pairs) {
    if (slot % C === C - 1 && slot !== C - 1 && slot !== 2 * C - 1) continue; // rare-word slots beyond ±1 say little
    const pmi = Math.log(count / total / ((wordTotals[word] / total) * (smoothed[slot] / smoothedSum)));
    if (pmi <= 0) continue;
    for (let d = 0; d < D; d++) vectors[word * D + d] += pmi * projection[slot * D + d];
  }
  normalizeRows(vectors, D);

  const fineCount = options.granularities[options.granularities.length - 1];
  log(`clusters: k-means with k=${fineCount} over ${vocab.length} vectors`);
  const fine = sphericalKMeans(vectors, D, fineCount, options.iterations, random, log);
  const assignments: Int32Array[] = [fine.assignment];
  const coarser = options.granularities.slice(0, -1).reverse();
  let centroids = fine.centroids;
  let current = fine.assignment;
  for (const k of coarser) {
    const grouped = sphericalKMeans(centroids, D, k, options.iterations * 2, random, log);
    current = current.map((c) => grouped.assignment[c]);
    assignments.unshift(current);
    centroids = grouped.centroids;
  }
  const table = new Map<string, string[]>();
  vocab.forEach((w, i) =>
    table.set(
      w,
      assignments.map((a) => a[i].toString(36)),
    ),
  );
  return table;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function normalizeRows(m: Float32Array, D: number): void {
  for (let r = 0; r * D < m.length; r++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += m[r * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) m[r * D + d] /= norm;
  }
}

/** k-means on unit vectors with cosine similarity; starts from k distinct rows picked by the seed. */
function sphericalKMeans(
  vectors: Float32Array,
  D: number,
  k: number,
  iterations: number,
  random: () => number,
  log: (m: string) => void,
): { assignment: Int32Array; centroids: Float32Array } {
  const n = vectors.length / D;
  k = Math.min(k, n);
  const centroids = new Float32Array(k * D);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  [...picked].forEach((row, c) => centroids.set(vectors.subarray(row * D, row * D + D), c * D));
  const assignment = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestScore = -Infinity;
      const base = r * D;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const cb = c * D;
        for (let d = 0; d < D; d++) s += vectors[base + d] * centroids[cb + d];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assignment[r] !== best) changed++;
      assignment[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < n; r++) {
      const cb = assignment[r] * D;
      for (let d = 0; d < D; d++) centroids[cb + d] += vectors[r * D + d];
    }
    normalizeRows(centroids, D);
    log(`  k=${k} iteration ${it + 1}: ${changed} changed`);
    if (changed === 0) break;
  }
  return { assignment, centroids };
}
