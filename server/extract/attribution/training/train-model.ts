/**
 * Trains the attribution labeller on gold documents: the rules run first (their statements are
 * features), every token gets its gold BIO tag (cue, then source, then content win where spans
 * overlap), and the averaged perceptron learns the weights. Same documents and options, same bytes.
 */
import { analyzeArticle, DEFAULT_OPTIONS, extractWithEvidence } from '../../extract-article.js';
import type { Span } from '../../types.js';
import { addToCalibration, type Calibration } from '../calibration.js';
import { buildAttributionInput, type AttributionInput } from '../article-input.js';
import { AttributionModel } from '../attribution-model.js';
import { ATTRIBUTION_TAGS, beginTag, OUTSIDE, type SpanRole } from '../tags.js';
import { TokenFeatures } from '../token-features.js';
import { findCue, type GoldDocument, type GoldQuote } from './gold-documents.js';
import { trainPerceptron, type TrainingSentence } from './perceptron.js';

export interface TrainingOptions {
  /** @default 4 */
  epochs?: number;
  /** @default 13 */
  seed?: number;
}

/** Gold tag per token: B-x on the first token of a span, I-x after. */
function goldTags(input: AttributionInput, doc: GoldDocument): Int32Array {
  const { text, tokens } = input;
  const role = new Uint8Array(text.length + 1);
  const spanId = new Int32Array(text.length + 1).fill(-1);
  let next = 0;
  const mark = (code: number, start: number, end: number) => {
    const id = next++;
    for (let k = Math.max(0, start); k < Math.min(end, text.length); k++) {
      if (role[k] !== 0 && role[k] <= code) continue; // a cue (1) beats a source (2) beats content (3)
      role[k] = code;
      spanId[k] = id;
    }
  };
  for (const quote of doc.quotes) {
    for (const [start, end] of quote.contentSpans) mark(3, start, end);
    if (quote.speakerStart !== null && quote.speakerEnd !== null) mark(2, quote.speakerStart, quote.speakerEnd);
    const cue = findCue(text, quote);
    if (cue) mark(1, cue[0], cue[1]);
  }
  const roles: SpanRole[] = ['CUE', 'SRC', 'CON'];
  const tags = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const code = role[tokens[i].start];
    if (code === 0) {
      tags[i] = OUTSIDE;
      continue;
    }
    const continues =
      i > 0 && role[tokens[i - 1].start] === code && spanId[tokens[i - 1].start] === spanId[tokens[i].start];
    tags[i] = beginTag(roles[code - 1]) + (continues ? 1 : 0);
  }
  return tags;
}

/** Whether >30% of a statement's piece characters lie in one gold quote's content (the eval's 30% rule). */
export function isRight(pieces: Span[], quotes: GoldQuote[]): boolean {
  const length = pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0);
  if (length === 0) return false;
  return quotes.some((quote) => {
    let shared = 0;
    for (const piece of pieces)
      for (const [start, end] of quote.contentSpans)
        shared += Math.max(0, Math.min(piece.end, end) - Math.max(piece.start, start));
    return shared / length > 0.3;
  });
}

/**
 * Trains on four documents in five, measures how often each kind of statement is right on the
 * fifth (the calibration), then trains on all documents and keeps that calibration.
 */
export function trainAttributionModel(docs: GoldDocument[], options: TrainingOptions = {}): AttributionModel {
  const inner = trainLabeller(
    docs.filter((_, i) => i % 5 !== 4),
    options,
  );
  const calibration: Calibration = {};
  for (const doc of docs.filter((_, i) => i % 5 === 4)) {
    const { extraction, evidence } = extractWithEvidence(doc.text, { ...DEFAULT_OPTIONS, attribution: inner }, true);
    extraction.statements.forEach((statement, k) =>
      addToCalibration(calibration, evidence[k], isRight(statement.pieces, doc.quotes)),
    );
  }
  const model = trainLabeller(docs, options);
  model.calibration = Object.fromEntries(Object.entries(calibration).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return model;
}

function trainLabeller(docs: GoldDocument[], options: TrainingOptions): AttributionModel {
  const featureIndex = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string) => {
    let k = featureIndex.get(name);
    if (k === undefined) {
      k = names.length;
      featureIndex.set(name, k);
      names.push(name);
    }
    return k;
  };
  const features = new TokenFeatures(id);
  const sentences: TrainingSentence[] = [];
  for (const doc of docs) {
    const analysis = analyzeArticle(doc.text);
    const input = buildAttributionInput(doc.text, analysis.view.quoted, analysis.spans, analysis.drafts);
    const gold = goldTags(input, doc);
    const perSentence = features.sentences(input);
    perSentence.forEach((sentence, s) => {
      const [from, to] = input.sentences[s];
      if (sentence.length > 0) sentences.push({ features: sentence, gold: gold.slice(from, to) });
    });
  }
  const trained = trainPerceptron(sentences, names.length, { epochs: options.epochs ?? 4, seed: options.seed ?? 13 });
  // Keep the features with a weight that survives int16 rounding; the file format drops the rest.
  const T = ATTRIBUTION_TAGS.length;
  const kept: number[] = [];
  for (let f = 0; f < names.length; f++) {
    for (let t = 0; t < T; t++) {
      if (Math.abs(trained.weights[f * T + t]) >= 1 / 32) {
        kept.push(f);
        break;
      }
    }
  }
  const weights = new Float32Array(kept.length * T);
  kept.forEach((f, k) => weights.set(trained.weights.subarray(f * T, f * T + T), k * T));
  const model = new AttributionModel({
    tags: ATTRIBUTION_TAGS,
    featureNames: kept.map((f) => names[f]),
    weights,
    transitions: trained.transitions,
  });
  // Round-trip through the file format, so a model in memory scores exactly like the committed file.
  return AttributionModel.decode(model.encode());
}
