/**
 * Feature extraction for the sequence tagger. Everything a feature says about one word (its form,
 * shape, affixes, clusters, gazetteer membership) is computed once per distinct word and cached as
 * "views" (that word seen as the current, previous, next … token); only a few features per token
 * combine neighbours. Training reads the feature ids; tagging adds up cached per-view weight sums,
 * which is what makes it fast. Both walk the same `visit` below, so they always see the same features.
 */
import { clustersOf, type ClusterTable } from './clusters.js';
import { DocumentStats, isHeadline } from './document-stats.js';
import { FIRST_NAMES, NAME_PARTICLES } from './gazetteers/first-names.js';
import { INSTITUTIONS, ORGANIZATION_HEADS } from './gazetteers/institutions.js';
import { NATIONALITIES, PLACES } from './gazetteers/places.js';
import { TITLE_HEADS } from './gazetteers/titles.js';
import { GazetteerMatcher } from './gazetteer-matcher.js';
import { casingClass, foldedLower, normalizeTypography, titleCase, wordShape, type CasingClass } from './word-shape.js';

/** Maps features to ids; -1 for a feature the model does not know. */
export interface FeatureIndex {
  id(feature: string): number;
  /** A number standing for a word or shape inside composite features; -1 when no such feature uses it. */
  partId(part: string): number;
  /** The feature named `${template}=${parts.join(' ')}` (parts by partId), looked up without building that string. */
  composite(template: CompositeTemplate, a: number, b: number, c?: number): number;
}

/** Features made of several words or shapes; token texts never contain spaces, so ' ' separates parts. */
export const COMPOSITE_TEMPLATES = ['b-', 'b+', 's3', 'd'] as const;
export type CompositeTemplate = (typeof COMPOSITE_TEMPLATES)[number];

export function compositeName(template: CompositeTemplate, a: string, b: string, c?: string): string {
  return c === undefined ? `${template}=${a} ${b}` : `${template}=${a} ${b} ${c}`;
}

export const VIEW_KINDS = ['self', 'atSentenceStart', 'prev', 'next', 'prev2', 'next2', 'inHeadline'] as const;
type ViewKind = (typeof VIEW_KINDS)[number];
export const VIEW_COUNT = VIEW_KINDS.length;

/** Feature ids of one word, seen from each position it can take relative to the token tagged. */
export interface WordViews {
  /** Emptied by the tagger once `sums` holds what it needs from them. */
  ids: Record<ViewKind, number[]>;
  lower: string;
  casing: CasingClass;
  /** partId of `lower` and of the word's shape. */
  lowerPart: number;
  shapePart: number;
  /** Filled by the tagger: per view, the weight sums over its ids (VIEW_COUNT × tags). */
  sums?: Float32Array;
}

const VIEW_INDEX: Record<ViewKind, number> = Object.fromEntries(VIEW_KINDS.map((k, i) => [k, i])) as Record<ViewKind, number>;

const institutionMatcher = new GazetteerMatcher(INSTITUTIONS);
const placeMatcher = new GazetteerMatcher([...PLACES]);

/** Normalized typography: curly quotes arrive here straight. */
const OPENING_QUOTES = new Set(['"', "'", '(', '[', '``', "''"]);
const CASINGS: readonly CasingClass[] = ['init-cap', 'all-caps', 'lower', 'mixed', 'digit', 'punct'];
const GAZETTEER_POSITIONS = ['B', 'I', 'L', 'U'] as const;
type GazetteerPosition = (typeof GAZETTEER_POSITIONS)[number] | '';

/**
 * Past this many distinct words the cache is dropped and rebuilt: bounded memory (well under 100 MB)
 * in a long-running server. 22 MB of news holds about 74,000 distinct words.
 */
const MAX_CACHED_WORDS = 100_000;

/** Receives, for token i, a cached view of a word or a single feature id. */
export interface FeatureVisitor {
  view(i: number, views: WordViews, kind: number): void;
  feature(i: number, id: number): void;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordViews>();
  // The closed set of per-token features that need no word, looked up once here.
  private readonly sentenceStartId: number;
  private readonly sentenceEndId: number;
  private readonly afterQuoteIds: Record<CasingClass, number>;
  private readonly institutionIds: Record<GazetteerPosition, number>;
  private readonly placeIds: Record<GazetteerPosition, number>;
  private readonly boundaryPart: { start: number; end: number };
  private readonly flagParts: number[];
  private readonly casingParts: Record<CasingClass, number>;
  private readonly positionParts: [number, number];

  constructor(
    private readonly index: FeatureIndex,
    private readonly clusters: ClusterTable,
  ) {
    this.sentenceStartId = index.id('w-1=<s>');
    this.sentenceEndId = index.id('w+1=</s>');
    const byCasing = (f: (c: CasingClass) => number) => Object.fromEntries(CASINGS.map((c) => [c, f(c)])) as Record<CasingClass, number>;
    const byPosition = (prefix: string) =>
      Object.fromEntries([['', -1], ...GAZETTEER_POSITIONS.map((p) => [p, index.id(`${prefix}=${p}`)])]) as Record<GazetteerPosition, number>;
    this.afterQuoteIds = byCasing((c) => index.id(`aq|${c}`));
    this.institutionIds = byPosition('gi');
    this.placeIds = byPosition('gp');
    this.boundaryPart = { start: index.partId('<s>'), end: index.partId('</s>') };
    this.flagParts = [0, 1, 2, 3].map((f) => index.partId(String(f)));
    this.casingParts = byCasing((c) => index.partId(c));
    this.positionParts = [index.partId('0'), index.partId('1')];
  }

  /** The cached description of each word of a sentence. */
  describe(words: readonly string[]): WordViews[] {
    return words.map((w) => this.views(w));
  }

  /** Feature ids for every token of one sentence (training). */
  sentence(views: readonly WordViews[], doc: DocumentStats): number[][] {
    const out: number[][] = views.map(() => []);
    this.visit(views, doc, {
      view: (i, views, kind) => { for (const id of views.ids[VIEW_KINDS[kind]]) out[i].push(id); },
      feature: (i, id) => out[i].push(id),
    });
    return out;
  }

  visit(views: readonly WordViews[], doc: DocumentStats, visitor: FeatureVisitor): void {
    const n = views.length;
    const index = this.index;
    const lowers = views.map((v) => v.lower);
    const headline = isHeadline(views);
    const inInstitution = gazetteerPositions(institutionMatcher, lowers);
    const inPlace = gazetteerPositions(placeMatcher, lowers);
    const feature = (i: number, id: number) => { if (id >= 0) visitor.feature(i, id); };
    for (let i = 0; i < n; i++) {
      const v = views[i];
      const before = i > 0 ? views[i - 1] : undefined;
      const after = i + 1 < n ? views[i + 1] : undefined;
      visitor.view(i, v, VIEW_INDEX.self);
      if (i === 0) visitor.view(i, v, VIEW_INDEX.atSentenceStart);
      if (before) visitor.view(i, before, VIEW_INDEX.prev); else feature(i, this.sentenceStartId);
      if (after) visitor.view(i, after, VIEW_INDEX.next); else feature(i, this.sentenceEndId);
      if (i > 1) visitor.view(i, views[i - 2], VIEW_INDEX.prev2);
      if (i + 2 < n) visitor.view(i, views[i + 2], VIEW_INDEX.next2);
      if (headline) visitor.view(i, v, VIEW_INDEX.inHeadline);
      feature(i, index.composite('b-', before ? before.lowerPart : this.boundaryPart.start, v.lowerPart));
      feature(i, index.composite('b+', v.lowerPart, after ? after.lowerPart : this.boundaryPart.end));
      feature(i, index.composite('s3', before ? before.shapePart : this.boundaryPart.start, v.shapePart, after ? after.shapePart : this.boundaryPart.end));
      if (before && OPENING_QUOTES.has(before.lower)) feature(i, this.afterQuoteIds[v.casing]);
      if (v.casing !== 'lower' && v.casing !== 'punct') {
        feature(i, index.composite('d', this.flagParts[doc.flagsOf(v.lower)], this.casingParts[v.casing], this.positionParts[i === 0 ? 1 : 0]));
      }
      if (inInstitution[i]) feature(i, this.institutionIds[inInstitution[i]]);
      if (inPlace[i]) feature(i, this.placeIds[inPlace[i]]);
    }
  }

  private ids(features: string[]): number[] {
    const out: number[] = [];
    for (const f of features) {
      const id = this.index.id(f);
      if (id >= 0) out.push(id);
    }
    return out;
  }

  private views(word: string): WordViews {
    const hit = this.cache.get(word);
    if (hit) return hit;
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    const views = this.computeViews(word);
    this.cache.set(word, views);
    return views;
  }

  private computeViews(raw: string): WordViews {
    const word = normalizeTypography(raw);
    const lower = foldedLower(word);
    const shape = wordShape(word);
    const casing = casingClass(word);
    const clusters = clustersOf(this.clusters, word) ?? [];
    const asName = casing === 'all-caps' ? titleCase(word) : word;
    const gazetteer: string[] = [];
    if (FIRST_NAMES.has(asName)) gazetteer.push('first');
    if (TITLE_HEADS.has(lower.replace(/\.$/, ''))) gazetteer.push('title');
    if (ORGANIZATION_HEADS.has(lower)) gazetteer.push('orghead');
    if (PLACES.has(asName) || PLACES.has(word)) gazetteer.push('place');
    if (NATIONALITIES.has(asName)) gazetteer.push('nat');
    if (NAME_PARTICLES.has(word)) gazetteer.push('particle');

    const self = [`bias`, `w=${word}`, `lw=${lower}`, `sh=${shape}`, `cc=${casing}`];
    const letters = [...lower];
    for (let k = 1; k <= 4 && k < letters.length; k++) {
      self.push(`p${k}=${letters.slice(0, k).join('')}`);
      self.push(`s${k}=${letters.slice(-k).join('')}`);
    }
    if (word.includes('-')) self.push('hy');
    if (/^(?:\p{L}\.)+$/u.test(word)) self.push('acr');
    if (/^\p{Ll}{1,3}-\p{Lu}/u.test(word)) self.push('particle-name');
    if (letters.length === 1) self.push('len1');
    else if (letters.length <= 3) self.push('len2-3');
    clusters.forEach((c, k) => self.push(`c${k}=${c}`));
    for (const g of gazetteer) self.push(`g=${g}`);

    const around = (tag: string, withShape: boolean) => {
      const list = [`w${tag}=${lower}`];
      if (withShape) {
        list.push(`sh${tag}=${shape}`, `cc${tag}=${casing}`);
        for (const g of gazetteer) list.push(`g${tag}=${g}`);
        if (clusters.length > 1) list.push(`c${tag}=${clusters[1]}`);
      } else if (clusters.length > 0) {
        list.push(`c${tag}=${clusters[0]}`);
      }
      return list;
    };

    return {
      ids: {
        self: this.ids(self),
        atSentenceStart: this.ids(['ss', `ss|cc=${casing}`, `ss|w=${lower}`]),
        prev: this.ids(around('-1', true)),
        next: this.ids(around('+1', true)),
        prev2: this.ids(around('-2', false)),
        next2: this.ids(around('+2', false)),
        inHeadline: this.ids(['hl', `hl|w=${lower}`]),
      },
      lower,
      casing,
      lowerPart: this.index.partId(lower),
      shapePart: this.index.partId(shape),
    };
  }
}

const NO_POSITIONS: GazetteerPosition[] = [];

/** Per token: '' (or undefined) outside a gazetteer match, else its position in the match (B, I, L, U). */
function gazetteerPositions(matcher: GazetteerMatcher, lowers: readonly string[]): GazetteerPosition[] {
  const matches = matcher.findAllKeys(lowers);
  if (matches.length === 0) return NO_POSITIONS;
  const out = new Array<GazetteerPosition>(lowers.length).fill('');
  for (const m of matches) {
    if (m.end - m.start === 1) { out[m.start] = 'U'; continue; }
    out[m.start] = 'B';
    for (let i = m.start + 1; i < m.end - 1; i++) out[i] = 'I';
    out[m.end - 1] = 'L';
  }
  return out;
}
