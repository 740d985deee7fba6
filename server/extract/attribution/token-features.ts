/**
 * Features of the attribution labeller, per token: the word and its neighbours, word clusters, the
 * cue lexicon, names, quotation marks, where the rules put cues, sources and contents, the distance
 * to the nearest speech verb and the position in the sentence and paragraph.
 * Word-level features are computed once per distinct word (cached); the rest per token.
 */
import { lookupCue } from '../cue-verbs.js';
import { clustersOf, loadClusterTable, type ClusterTable } from '../ner/clusters.js';
import { casingClass, lowerCase, wordShape } from '../ner/word-shape.js';
import type { AttributionInput } from './article-input.js';

/** Per-token ids of features, or strings when `id` is the identity (training builds its index). */
export type FeatureId = (name: string) => number;

const NO_RULE = 0;
const RULE_CUE = 1;
const RULE_SRC = 2;
const RULE_DIRECT = 3;
const RULE_REPORTED = 4;
const RULE_NAMES = ['-', 'cue', 'src', 'dir', 'rep'];

const NER_NAMES = ['-', 'PER', 'ORG', 'LOC', 'MISC', 'edge'];
const QUOTED_NAMES = ['0', '1'];
const EDGE_NAMES = ['<s>-2', '<s>-1', '<s>0', '<s>1', '<s>2'];
const END_NAMES = ['</s>-2', '</s>-1', '</s>0', '</s>1', '</s>2'];
const NER_CODES: Record<string, number> = { PERSON: 1, ORGANIZATION: 2, LOCATION: 3, MISC: 4 };

const BUCKETS = ['none', '0', '1', '2', '3', '4-6', '7-12', '13+'];

/** A distance in tokens as an index into BUCKETS (-1: none). */
function bucket(distance: number): number {
  if (distance < 0) return 0;
  if (distance <= 3) return distance + 1;
  if (distance <= 6) return 5;
  if (distance <= 12) return 6;
  return 7;
}

/**
 * Per-token features over small closed sets of values: an integer code each, whose id is looked up
 * once (the name is only built then), so tagging a token builds no strings for them.
 */
const TEMPLATES = [
  'r',
  'rr',
  'r+',
  'n',
  'n-',
  'n+',
  'qt',
  'qtr',
  'dl',
  'dr',
  'd',
  'dq',
  'pos',
  'end',
  'sc',
  'scr',
  'edge',
];
const CODES_PER_TEMPLATE = 1024;

interface WordInfo {
  lower: string;
  /** Ids of the word's features at offsets -2 … +2 from the token being tagged (unknown ones left out). */
  at: number[][];
  /** Speech (2) or stance (1) cue verb, else 0. */
  cue: number;
  /** A small number for the word, for pair features. */
  number: number;
  /** Ids of pair features with this word first (see TokenFeatures.pair). */
  pairs: Map<number, number>;
}

/** Stands for the missing neighbour at a sentence's edge in pair features. */
const EDGE_WORD: WordInfo = { lower: '<s>', at: [], cue: 0, number: 0, pairs: new Map() };
const END_WORD: WordInfo = { lower: '</s>', at: [], cue: 0, number: 1, pairs: new Map() };

/** Feature ids of one model (or of the index training grows): words are looked up once each. */
export class TokenFeatures {
  private readonly words = new Map<string, WordInfo>();
  private readonly clusters: ClusterTable;

  private readonly fixedIds = new Int32Array(TEMPLATES.length * CODES_PER_TEMPLATE).fill(-2);

  constructor(private readonly id: FeatureId) {
    this.clusters = loadClusterTable();
  }

  /**
   * The id of feature `prefix=a|b` over a word and its neighbour (or a code below 4), filed under
   * the word: `key` is the neighbour's number × 4 + template.
   */
  private pair(word: WordInfo, key: number, prefix: string, a: string, b: string): number {
    let found = word.pairs.get(key);
    if (found === undefined) {
      found = this.id(`${prefix}=${a}|${b}`);
      word.pairs.set(key, found);
    }
    return found;
  }

  /** The id of closed-set feature `template` with value `code`, named from its parts on first use. */
  private fixed(template: number, code: number, a: string, b?: string, c?: string): number {
    const k = template * CODES_PER_TEMPLATE + code;
    let found = this.fixedIds[k];
    if (found === -2) {
      const value = c !== undefined ? `${a}|${b}|${c}` : b !== undefined ? `${a}|${b}` : a;
      found = this.fixedIds[k] = this.id(`${TEMPLATES[template]}=${value}`);
    }
    return found;
  }

  private info(word: string): WordInfo {
    let info = this.words.get(word);
    if (info) return info;
    const lower = lowerCase(word);
    const match = lookupCue(lower);
    const cueName = match ? `${match.verb.tier}/${match.verb.frame}/${match.form}` : '';
    const cluster = clustersOf(this.clusters, word);
    const c0 = cluster?.[0] ?? '-';
    const c1 = cluster?.[1] ?? '-';
    const c2 = cluster?.[cluster.length - 1] ?? '-';
    const names: string[][] = [
      [`w-2=${lower}`, `q-2=${cueName}`],
      [`w-1=${lower}`, `q-1=${cueName}`, `c-1=${c1}`],
      [
        `w=${lower}`,
        `sh=${wordShape(word)}`,
        `s3=${lower.slice(-3)}`,
        `cs=${casingClass(word)}`,
        `c0=${c0}`,
        `c1=${c1}`,
        `c2=${c2}`,
        `q=${cueName}`,
        `l=${match ? match.verb.lemma : '-'}`,
      ],
      [`w+1=${lower}`, `q+1=${cueName}`, `c+1=${c1}`],
      [`w+2=${lower}`, `q+2=${cueName}`],
    ];
    const at = names.map((list) => list.map((name) => this.id(name)).filter((k) => k >= 0));
    if (this.words.size > 100_000) {
      this.words.clear();
    }
    info = {
      lower,
      at,
      cue: match ? (match.verb.tier === 'speech' ? 2 : match.verb.tier === 'stance' ? 1 : 0) : 0,
      number: this.words.size + 2,
      pairs: new Map(),
    };
    this.words.set(word, info);
    return info;
  }

  /** Feature ids per token of every sentence, in order; unknown features (id < 0) are left out. */
  sentences(input: AttributionInput): number[][][] {
    const id = this.id;
    const { text, tokens } = input;
    const infos = tokens.map((token) => this.info(token.text));
    const ner = new Uint8Array(text.length + 1);
    const nerBegin = new Uint8Array(text.length + 1);
    for (const span of input.entities) {
      const code = NER_CODES[span.label] ?? 0;
      if (span.end > span.start && span.start >= 0 && span.end <= text.length) {
        ner.fill(code, span.start, span.end);
        nerBegin[span.start] = 1;
      }
    }
    const rule = new Uint8Array(text.length + 1);
    for (const draft of input.ruleDrafts) {
      const role = draft.kind === 'DIRECT' ? RULE_DIRECT : RULE_REPORTED;
      for (const piece of draft.pieces) rule.fill(role, piece.start, piece.end);
      if (draft.speaker) rule.fill(RULE_SRC, draft.speaker.start, draft.speaker.end);
      if (draft.cue) rule.fill(RULE_CUE, draft.cue.start, draft.cue.end);
    }
    const out: number[][][] = [];
    for (let s = 0; s < input.sentences.length; s++) {
      const [from, to] = input.sentences[s];
      const paragraphStart = from === 0 || /\n/.test(text.slice(tokens[from - 1].end, tokens[from].start));
      let speech = 0;
      let according = false;
      for (let i = from; i < to; i++) {
        speech = Math.max(speech, infos[i].cue);
        if (infos[i].lower === 'according') according = true;
      }
      const flags = speech * 4 + (according ? 2 : 0) + (paragraphStart ? 1 : 0);
      const flagName = `${speech}${according ? 'a' : ''}${paragraphStart ? 'p' : ''}`;
      // Distance to the nearest cue verb on each side, in tokens.
      const left = new Int32Array(to - from).fill(-1);
      const right = new Int32Array(to - from).fill(-1);
      for (let i = from, last = -1; i < to; i++) {
        left[i - from] = last < 0 ? -1 : i - last;
        if (infos[i].cue > 0) last = i;
      }
      for (let i = to - 1, next = -1; i >= from; i--) {
        right[i - from] = next < 0 ? -1 : next - i;
        if (infos[i].cue > 0) next = i;
      }
      const sentence: number[][] = [];
      const add = (list: number[], k: number) => {
        if (k >= 0) list.push(k);
      };
      for (let i = from; i < to; i++) {
        const token = tokens[i];
        const features: number[] = [];
        for (let o = -2; o <= 2; o++) {
          const j = i + o;
          if (j < from) add(features, this.fixed(16, o + 2, EDGE_NAMES[o + 2]));
          else if (j >= to) add(features, this.fixed(16, o + 7, END_NAMES[o + 2]));
          else for (const k of infos[j].at[o + 2]) features.push(k);
        }
        add(features, this.fixed(16, 20, 'bias'));
        const word = infos[i];
        const prev = i > from ? infos[i - 1] : EDGE_WORD;
        const next = i + 1 < to ? infos[i + 1] : END_WORD;
        add(features, this.pair(word, prev.number * 4, 'b-', prev.lower, word.lower));
        add(features, this.pair(word, next.number * 4 + 1, 'b+', word.lower, next.lower));
        const r = rule[token.start];
        const rPrev = i > from ? rule[tokens[i - 1].start] : NO_RULE;
        const rNext = i + 1 < to ? rule[tokens[i + 1].start] : NO_RULE;
        add(features, this.fixed(0, r, RULE_NAMES[r]));
        add(features, this.fixed(1, r * 8 + rPrev, RULE_NAMES[r], RULE_NAMES[rPrev]));
        add(features, this.fixed(2, r * 8 + rNext, RULE_NAMES[r], RULE_NAMES[rNext]));
        if (r !== NO_RULE) add(features, this.pair(word, r * 4 + 2, 'rw', RULE_NAMES[r], word.lower));
        const n = ner[token.start];
        const nb = n && nerBegin[token.start] ? 1 : 0;
        add(features, this.fixed(3, n * 2 + nb, NER_NAMES[n], nb ? 'B' : '-'));
        const nPrev = i > from ? ner[tokens[i - 1].start] : 5;
        const nNext = i + 1 < to ? ner[tokens[i + 1].start] : 5;
        add(features, this.fixed(4, nPrev, NER_NAMES[nPrev]));
        add(features, this.fixed(5, nNext, NER_NAMES[nNext]));
        const quoted = input.quoted[token.start];
        add(features, this.fixed(6, quoted, QUOTED_NAMES[quoted]));
        add(features, this.fixed(7, quoted * 8 + r, QUOTED_NAMES[quoted], RULE_NAMES[r]));
        const dl = bucket(left[i - from]);
        const dr = bucket(right[i - from]);
        add(features, this.fixed(8, dl, BUCKETS[dl]));
        add(features, this.fixed(9, dr, BUCKETS[dr]));
        add(features, this.fixed(10, dl * 8 + dr, BUCKETS[dl], BUCKETS[dr]));
        add(features, this.fixed(11, (dl * 8 + dr) * 2 + quoted, BUCKETS[dl], BUCKETS[dr], QUOTED_NAMES[quoted]));
        const pos = bucket(i - from);
        const end = bucket(to - 1 - i);
        add(features, this.fixed(12, pos, BUCKETS[pos]));
        add(features, this.fixed(13, end, BUCKETS[end]));
        add(features, this.fixed(14, flags, flagName));
        add(features, this.fixed(15, flags * 8 + r, flagName, RULE_NAMES[r]));
        sentence.push(features);
      }
      out.push(sentence);
    }
    return out;
  }
}
