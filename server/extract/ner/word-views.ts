/**
 * Everything the features say about one word on its own (form, shape, affixes, clusters, gazetteer
 * membership), as the feature ids of each "view" of it: the word seen as the token tagged, as its
 * neighbour, and so on. Computed once per distinct word (FeatureExtractor caches them).
 */
import { clustersOf, type ClusterTable } from './clusters.js';
import type { FeatureIndex } from './features.js';
import { FIRST_NAMES, NAME_PARTICLES } from './gazetteers/first-names.js';
import { ORGANIZATION_HEADS } from './gazetteers/institutions.js';
import { NATIONALITIES, PLACES } from './gazetteers/places.js';
import { TITLE_HEADS } from './gazetteers/titles.js';
import { institutionMatcher, placeMatcher, STARTS_INSTITUTION, STARTS_PLACE } from './sentence-context.js';
import { casingClass, foldedLower, normalizeTypography, titleCase, wordShape, type CasingClass } from './word-shape.js';

export const VIEW_KINDS = ['self', 'atSentenceStart', 'prev', 'next', 'prev2', 'next2', 'inHeadline'] as const;
type ViewKind = (typeof VIEW_KINDS)[number];
export const VIEW_COUNT = VIEW_KINDS.length;
export const VIEW_INDEX: Record<ViewKind, number> = Object.fromEntries(VIEW_KINDS.map((k, i) => [k, i])) as Record<
  ViewKind,
  number
>;

/** Feature ids of one word, seen from each position it can take relative to the token tagged. */
export interface WordViews {
  /** Emptied by the tagger once `sums` holds what it needs from them. */
  ids: Record<ViewKind, number[]>;
  lower: string;
  casing: CasingClass;
  /** `lower` is an opening quote or bracket (the next word gets the "aq" feature). */
  opensQuote: boolean;
  /** STARTS_INSTITUTION | STARTS_PLACE: a gazetteer name can start with this word (else no matching is tried). */
  gazetteerStarts: number;
  /** partId of `lower` and of the word's shape. */
  lowerPart: number;
  shapePart: number;
  /** Filled by the tagger: per view, the weight sums over its ids (VIEW_COUNT × tags), at `sumsAt` in `sums`. */
  sums: Float32Array | undefined;
  sumsAt: number;
}

/** Normalized typography: curly quotes arrive here straight. */
const OPENING_QUOTES = new Set(['"', "'", '(', '[', '``', "''"]);

// Template names by affix length, cluster granularity and neighbour position, made once.
const PREFIXES = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIXES = ['', 's1', 's2', 's3', 's4'];
const CLUSTERS = ['c0', 'c1', 'c2'];
const NEIGHBOURS = Object.fromEntries(
  ['-1', '+1', '-2', '+2'].map((tag) => [
    tag,
    { w: `w${tag}`, sh: `sh${tag}`, cc: `cc${tag}`, g: `g${tag}`, c: `c${tag}` },
  ]),
);

/**
 * The views of a word. Features are looked up by template and value ("w" and "Putin" for "w=Putin")
 * in a fixed order, which training relies on: a growing index numbers features as they are first seen.
 */
export function describeWord(raw: string, index: FeatureIndex, clusterTable: ClusterTable): WordViews {
  const word = normalizeTypography(raw);
  const lower = foldedLower(word);
  const shape = wordShape(word);
  const casing = casingClass(word);
  const clusters = clustersOf(clusterTable, word) ?? [];
  const asName = casing === 'all-caps' ? titleCase(word) : word;
  const gazetteer: string[] = [];
  if (FIRST_NAMES.has(asName)) gazetteer.push('first');
  if (TITLE_HEADS.has(lower.replace(/\.$/, ''))) gazetteer.push('title');
  if (ORGANIZATION_HEADS.has(lower)) gazetteer.push('orghead');
  if (PLACES.has(asName) || PLACES.has(word)) gazetteer.push('place');
  if (NATIONALITIES.has(asName)) gazetteer.push('nat');
  if (NAME_PARTICLES.has(word)) gazetteer.push('particle');

  // Known features only: ids of features the model never saw are -1.
  const ids: number[] = [];
  const add = (id: number) => {
    if (id >= 0) ids.push(id);
  };
  const take = () => ids.splice(0);

  add(index.id('bias'));
  add(index.featureId('w', word));
  add(index.featureId('lw', lower));
  add(index.featureId('sh', shape));
  add(index.featureId('cc', casing));
  const letters = [...lower];
  for (let k = 1; k <= 4 && k < letters.length; k++) {
    add(index.featureId(PREFIXES[k], letters.slice(0, k).join('')));
    add(index.featureId(SUFFIXES[k], letters.slice(-k).join('')));
  }
  if (word.includes('-')) add(index.id('hy'));
  if (/^(?:\p{L}\.)+$/u.test(word)) add(index.id('acr'));
  if (/^\p{Ll}{1,3}-\p{Lu}/u.test(word)) add(index.id('particle-name'));
  if (letters.length === 1) add(index.id('len1'));
  else if (letters.length <= 3) add(index.id('len2-3'));
  clusters.forEach((c, k) => add(index.featureId(CLUSTERS[k] ?? `c${k}`, c)));
  for (const g of gazetteer) add(index.featureId('g', g));
  const self = take();

  add(index.id('ss'));
  add(index.featureId('ss|cc', casing));
  add(index.featureId('ss|w', lower));
  const atSentenceStart = take();

  const around = (tag: string, withShape: boolean) => {
    const name = NEIGHBOURS[tag];
    add(index.featureId(name.w, lower));
    if (withShape) {
      add(index.featureId(name.sh, shape));
      add(index.featureId(name.cc, casing));
      for (const g of gazetteer) add(index.featureId(name.g, g));
      if (clusters.length > 1) add(index.featureId(name.c, clusters[1]));
    } else if (clusters.length > 0) {
      add(index.featureId(name.c, clusters[0]));
    }
    return take();
  };
  const prev = around('-1', true);
  const next = around('+1', true);
  const prev2 = around('-2', false);
  const next2 = around('+2', false);

  add(index.id('hl'));
  add(index.featureId('hl|w', lower));
  const inHeadline = take();

  return {
    ids: { self, atSentenceStart, prev, next, prev2, next2, inHeadline },
    lower,
    casing,
    opensQuote: OPENING_QUOTES.has(lower),
    gazetteerStarts:
      (institutionMatcher.canStart(lower) ? STARTS_INSTITUTION : 0) | (placeMatcher.canStart(lower) ? STARTS_PLACE : 0),
    lowerPart: index.partId(lower),
    shapePart: index.partId(shape),
    sums: undefined,
    sumsAt: 0,
  };
}
