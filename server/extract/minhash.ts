/**
 * MinHash signatures of a text's word shingles, for finding near-duplicate articles (syndicated copies).
 *
 * A small implementation of its own: the npm MinHash implementations draw their hash functions from
 * Math.random, so signatures computed in two processes (or before and after a restart) could not be
 * compared, and these are stored. Here the text's words (letters and digits, lower-cased) form
 * overlapping shingles of SHINGLE_WORDS words; each shingle is hashed once (32-bit FNV-1a) and the
 * MINHASH_SIZE hash functions are that hash mixed with a fixed seed each (MurmurHash3's finalizer); the
 * signature keeps each function's minimum. Two signatures agree at a position with probability equal to
 * the Jaccard similarity of the two shingle sets, so the share of equal positions estimates it
 * (standard error ≤ 0.05 with 100 values). The database cuts a signature into bands of 5 values for
 * locality-sensitive lookup (prisma/migrations/20261202120000_syndication, prisma/functions/newsgraph_syndicate_article.sql).
 */

/** Words in a shingle. */
export const SHINGLE_WORDS = 5;
/** Values in a signature. */
export const MINHASH_SIZE = 100;

const WORD = /[\p{L}\p{N}]+/gu;

/** MurmurHash3's 32-bit finalizer: every input bit flips each output bit with probability ~1/2. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The text's shingles: every run of SHINGLE_WORDS consecutive words (one shingle of all words when fewer). */
export function wordShingles(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const shingles = new Set<string>();
  if (words.length === 0) return shingles;
  if (words.length < SHINGLE_WORDS) shingles.add(words.join(' '));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return shingles;
}

/**
 * The text's MinHash signature: MINHASH_SIZE signed 32-bit integers (PostgreSQL's `integer`), or an
 * empty array for a text without words.
 */
export function minhashSignature(text: string): number[] {
  const shingles = wordShingles(text);
  if (shingles.size === 0) return [];
  const minimum = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const h = fnv1a(shingle);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = mix32(h ^ SEEDS[i]!);
      if (value < minimum[i]!) minimum[i] = value;
    }
  }
  return Array.from(minimum, (value) => value | 0);
}

/** The share of positions where two signatures agree: the estimated Jaccard similarity. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
