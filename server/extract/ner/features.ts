/**
 * Feature extraction for the sequence tagger. Everything a feature says about one word is computed
 * once per distinct word and cached here as its "views" (word-views.ts: that word seen as the
 * current, previous, next … token); only a few features per token combine neighbours
 * (`singleFeatures`). Training reads the feature ids `visit` walks; tagging adds up cached per-view
 * weight sums over the same window (emission-scorer.ts; sequence-tagger.ts checks that they match).
 */
import type { ClusterTable } from './clusters.js';
import type { DocumentStats } from './document-stats.js';
import { GAZETTEER_POSITIONS, SentenceContext } from './sentence-context.js';
import { describeWord, VIEW_INDEX, VIEW_KINDS, type WordViews } from './word-views.js';
import type { CasingClass } from './word-shape.js';

export { VIEW_COUNT, VIEW_INDEX, VIEW_KINDS, type WordViews } from './word-views.js';

/** Maps features to ids; -1 for a feature the model does not know. */
export interface FeatureIndex {
  id(feature: string): number;
  /** id(`${template}=${value}`), looked up without building that string where the index can. */
  featureId(template: string, value: string): number;
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

/** Most single features per token: b-, b+, s3, aq, d, gi, gp. */
export const MAX_SINGLE_FEATURES = 7;

const CASINGS: readonly CasingClass[] = ['init-cap', 'all-caps', 'lower', 'mixed', 'digit', 'punct'];

/**
 * Past this many distinct words the cache is dropped and rebuilt: bounded memory (well under 100 MB)
 * in a long-running server. 22 MB of news holds about 74,000 distinct words.
 */
const MAX_CACHED_WORDS = 100_000;

/** 16,384 slots: nine tokens in ten of news text find their word there. */
const FRONT_BITS = 14;
const FRONT_SIZE = 1 << FRONT_BITS;

/** A word's slot (FNV-1a over its characters; any slot would do: the table is only a shortcut). */
function frontSlot(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return Math.imul(h, 0x9e3779b1) >>> (32 - FRONT_BITS);
}

/** Receives, for token i, a cached view of a word or a single feature id. */
export interface FeatureVisitor {
  view(i: number, views: WordViews, kind: number): void;
  feature(i: number, id: number): void;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordViews>();
  private readonly frontWords = new Array<string>(FRONT_SIZE).fill('');
  private readonly frontViews = new Array<WordViews | undefined>(FRONT_SIZE).fill(undefined);
  /** `w-1=<s>` and `w+1=</s>`, which stand in for a missing neighbour at a sentence's edges (-1: not in the model). */
  readonly sentenceStartId: number;
  readonly sentenceEndId: number;
  // The closed set of per-token features that need no word, looked up once here.
  private readonly afterQuoteIds: Record<CasingClass, number>;
  /** gi=B … gp=U by gazetteer position code (see SentenceContext); -1 at code 0. */
  private readonly institutionIds: Int32Array;
  private readonly placeIds: Int32Array;
  private readonly boundaryPart: { start: number; end: number };
  private readonly flagParts: number[];
  private readonly casingParts: Record<CasingClass, number>;
  private readonly positionParts: [number, number];
  private readonly single = new Int32Array(MAX_SINGLE_FEATURES);
  private readonly context = new SentenceContext();

  constructor(
    private readonly index: FeatureIndex,
    private readonly clusters: ClusterTable,
  ) {
    this.sentenceStartId = index.id('w-1=<s>');
    this.sentenceEndId = index.id('w+1=</s>');
    const byCasing = (f: (c: CasingClass) => number) =>
      Object.fromEntries(CASINGS.map((c) => [c, f(c)])) as Record<CasingClass, number>;
    const byPosition = (prefix: string) =>
      Int32Array.from([-1, ...GAZETTEER_POSITIONS.map((p) => index.id(`${prefix}=${p}`))]);
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
      view: (i, views, kind) => {
        for (const id of views.ids[VIEW_KINDS[kind]]) out[i].push(id);
      },
      feature: (i, id) => out[i].push(id),
    });
    return out;
  }

  /**
   * Every feature of every token of a sentence, in a fixed order: the token's window of word views
   * (self, atSentenceStart, prev or w-1=<s>, next or w+1=</s>, prev2, next2, inHeadline), then its
   * single features.
   */
  visit(views: readonly WordViews[], doc: DocumentStats, visitor: FeatureVisitor): void {
    const n = views.length;
    const context = this.sentenceContext(views);
    const single = this.single;
    for (let i = 0; i < n; i++) {
      const v = views[i];
      const before = i > 0 ? views[i - 1] : undefined;
      const after = i + 1 < n ? views[i + 1] : undefined;
      visitor.view(i, v, VIEW_INDEX.self);
      if (i === 0) visitor.view(i, v, VIEW_INDEX.atSentenceStart);
      if (before) visitor.view(i, before, VIEW_INDEX.prev);
      else if (this.sentenceStartId >= 0) visitor.feature(i, this.sentenceStartId);
      if (after) visitor.view(i, after, VIEW_INDEX.next);
      else if (this.sentenceEndId >= 0) visitor.feature(i, this.sentenceEndId);
      if (i > 1) visitor.view(i, views[i - 2], VIEW_INDEX.prev2);
      if (i + 2 < n) visitor.view(i, views[i + 2], VIEW_INDEX.next2);
      if (context.headline) visitor.view(i, v, VIEW_INDEX.inHeadline);
      const count = this.singleFeatures(views, doc, context, i, single);
      for (let k = 0; k < count; k++) visitor.feature(i, single[k]);
    }
  }

  /** The sentence's context; reused, so valid until the next call. */
  sentenceContext(views: readonly WordViews[]): SentenceContext {
    return this.context.read(views);
  }

  /**
   * Token i's features beyond its window of views, in order: word pairs (b-, b+), the shape trigram
   * (s3), the word after a quote (aq), what the document says of it (d), gazetteer positions (gi, gp).
   * Writes the known ones' ids to `out` and returns how many.
   */
  singleFeatures(
    views: readonly WordViews[],
    doc: DocumentStats,
    context: SentenceContext,
    i: number,
    out: Int32Array,
  ): number {
    const index = this.index;
    const v = views[i];
    const before = i > 0 ? views[i - 1] : undefined;
    const after = i + 1 < views.length ? views[i + 1] : undefined;
    const { start, end } = this.boundaryPart;
    let count = 0;
    let id = index.composite('b-', before ? before.lowerPart : start, v.lowerPart);
    if (id >= 0) out[count++] = id;
    id = index.composite('b+', v.lowerPart, after ? after.lowerPart : end);
    if (id >= 0) out[count++] = id;
    id = index.composite('s3', before ? before.shapePart : start, v.shapePart, after ? after.shapePart : end);
    if (id >= 0) out[count++] = id;
    if (before && before.opensQuote) {
      id = this.afterQuoteIds[v.casing];
      if (id >= 0) out[count++] = id;
    }
    if (v.casing !== 'lower' && v.casing !== 'punct') {
      id = index.composite(
        'd',
        this.flagParts[doc.flagsOf(v.lower)],
        this.casingParts[v.casing],
        this.positionParts[i === 0 ? 1 : 0],
      );
      if (id >= 0) out[count++] = id;
    }
    id = this.institutionIds[context.institution[i]];
    if (id >= 0) out[count++] = id;
    id = this.placeIds[context.place[i]];
    if (id >= 0) out[count++] = id;
    return count;
  }

  private views(word: string): WordViews {
    // Frequent words are found in a small direct-mapped table first, without hashing the whole
    // word into the big map; any slot may be overwritten, the map stays the cache.
    const slot = frontSlot(word);
    const front = this.frontViews[slot];
    if (front && this.frontWords[slot] === word) return front;
    let views = this.cache.get(word);
    if (!views) {
      if (this.cache.size >= MAX_CACHED_WORDS) this.clearCache();
      views = describeWord(word, this.index, this.clusters);
      this.cache.set(word, views);
    }
    this.frontWords[slot] = word;
    this.frontViews[slot] = views;
    return views;
  }

  private clearCache(): void {
    this.cache.clear();
    this.frontWords.fill('');
    this.frontViews.fill(undefined);
  }
}
