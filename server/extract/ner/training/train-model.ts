/**
 * Training the tagger from CoNLL documents: features through the shared extractor (with a growing
 * index), BILOU gold tags, averaged perceptron, then pruning and rounding into the committed format.
 */
import type { ClusterTable } from '../clusters.js';
import { DocumentStats } from '../document-stats.js';
import { compositeName, FeatureExtractor, type CompositeTemplate, type FeatureIndex } from '../features.js';
import type { ModelData } from '../model-file.js';
import { TAG_COUNT, TAGS, tagsFromRanges } from '../tags.js';
import type { ConllDocument } from './conll.js';
import { seededRandom, trainPerceptron, type TrainedWeights, type TrainingSentence } from './perceptron-trainer.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minFeatureCount: number;
  /**
   * Share of training documents whose document features come from each sentence alone, so the model
   * also learns to tag short texts (a headline, one sentence) that have no document around them.
   */
  sentenceOnlyShare: number;
  log?: (message: string) => void;
  onEpoch?: (epoch: number, model: () => ModelData) => void;
}

class GrowingIndex implements FeatureIndex {
  readonly names: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();
  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(feature, id);
      this.names.push(feature);
      this.counts.push(0);
    }
    return id;
  }
  featureId(template: string, value: string): number {
    return this.id(`${template}=${value}`);
  }
  private readonly parts: string[] = [];
  private readonly partIds = new Map<string, number>();
  partId(part: string): number {
    let id = this.partIds.get(part);
    if (id === undefined) {
      id = this.parts.length;
      this.partIds.set(part, id);
      this.parts.push(part);
    }
    return id;
  }
  composite(template: CompositeTemplate, a: number, b: number, c?: number): number {
    return this.id(compositeName(template, this.parts[a], this.parts[b], c === undefined ? undefined : this.parts[c]));
  }
}

export function trainModel(documents: ConllDocument[], clusters: ClusterTable, options: TrainOptions): ModelData {
  const log = options.log ?? (() => {});
  const index = new GrowingIndex();
  const extractor = new FeatureExtractor(index, clusters);
  const sentences: TrainingSentence[] = [];
  const random = seededRandom(options.seed + 1);
  for (const doc of documents) {
    const described = doc.sentences.map((s) => extractor.describe(s.tokens));
    const sentenceOnly = random() < options.sentenceOnlyShare;
    const stats = sentenceOnly ? undefined : new DocumentStats(described);
    for (const [k, s] of doc.sentences.entries()) {
      const features = extractor.sentence(described[k], stats ?? new DocumentStats([described[k]]));
      for (const ids of features) for (const id of ids) index.counts[id]++;
      sentences.push({ features, gold: tagsFromRanges(s.entities, s.tokens.length) });
    }
  }
  // Keep frequent-enough features, renumbered densely in first-seen order (deterministic).
  const remap = new Int32Array(index.names.length).fill(-1);
  const names: string[] = [];
  index.names.forEach((name, id) => {
    if (index.counts[id] >= options.minFeatureCount) {
      remap[id] = names.length;
      names.push(name);
    }
  });
  for (const s of sentences) {
    s.features = s.features.map((ids) => ids.map((id) => remap[id]).filter((id) => id >= 0));
  }
  log(`training: ${sentences.length} sentences, ${names.length} of ${index.names.length} features kept`);

  const toModel = (w: TrainedWeights): ModelData => ({
    tags: TAGS,
    featureNames: names,
    weights: Float32Array.from(w.weights),
    transitions: w.transitions,
  });
  const trained = trainPerceptron(sentences, names.length, {
    epochs: options.epochs,
    seed: options.seed,
    onEpoch: (epoch, mistakes, averaged) => {
      log(`epoch ${epoch}: ${mistakes} sentences wrong`);
      options.onEpoch?.(epoch, () => toModel(averaged()));
    },
  });
  return toModel(trained);
}

/** Drops weights smaller than `threshold` and features left with none; returns a smaller model. */
export function pruneModel(model: ModelData, threshold: number): ModelData {
  const T = TAG_COUNT;
  const names: string[] = [];
  const kept: number[] = [];
  for (let f = 0; f < model.featureNames.length; f++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      if (Math.abs(model.weights[f * T + t]) >= threshold) any = true;
    }
    if (any) {
      kept.push(f);
      names.push(model.featureNames[f]);
    }
  }
  const weights = new Float32Array(kept.length * T);
  kept.forEach((f, i) => {
    for (let t = 0; t < T; t++) {
      const w = model.weights[f * T + t];
      weights[i * T + t] = Math.abs(w) >= threshold ? w : 0;
    }
  });
  return { tags: model.tags, featureNames: names, weights, transitions: model.transitions };
}
