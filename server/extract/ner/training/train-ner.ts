/**
 * Trains the people/organization recognizer, reproducibly (fixed seed, fixed order):
 *   1. word clusters from the unlabeled news text (+ the CoNLL training tokens), unless --reuse-clusters;
 *   2. an averaged perceptron over BILOU tags from CoNLL-2003 eng.train;
 *   3. pruned, rounded weights written to server/extract/ner/data/ner-model.bin.gz.
 *
 *   npm run train:ner -- [--epochs 10] [--seed 1] [--dev ../shared/data/conll2003/eng.testa] [--reuse-clusters]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { CLUSTER_TABLE_URL, loadClusterTable, resetClusterTable } from '../clusters.js';
import { MODEL_URL } from '../model-loader.js';
import { encodeModel } from '../model-file.js';
import { splitSentences } from '../sentence-splitter.js';
import { tokenize } from '../tokenize.js';
import { buildClusters, DEFAULT_CLUSTER_OPTIONS } from './build-clusters.js';
import { readConll } from './conll.js';
import { formatScores } from './entity-scores.js';
import { evaluateTagger } from './evaluate-tagger.js';
import { pruneModel, trainModel } from './train-model.js';

const { values: args } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/conll2003/eng.train' },
    news: { type: 'string', default: '../shared/data/news-2020h1.jsonl' },
    dev: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'min-feature-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.05' },
    'sentence-only-share': { type: 'string', default: '0.25' },
    'reuse-clusters': { type: 'boolean', default: false },
  },
});
const log = (m: string) => console.log(`[${(performance.now() / 1000).toFixed(1)}s] ${m}`);

const training = readConll(args.train!);
mkdirSync(new URL('.', MODEL_URL), { recursive: true });

if (!args['reuse-clusters']) {
  writeFileSync(CLUSTER_TABLE_URL, gzipSync(clusterTableText(), { level: 9 }));
  log(`wrote ${CLUSTER_TABLE_URL.pathname}`);
}
resetClusterTable();
const clusters = loadClusterTable();

const dev = args.dev ? readConll(args.dev) : undefined;
const model = trainModel(training, clusters, {
  epochs: Number(args.epochs),
  seed: Number(args.seed),
  minFeatureCount: Number(args['min-feature-count']),
  sentenceOnlyShare: Number(args['sentence-only-share']),
  log,
  onEpoch: dev
    ? (epoch, current) => log(`dev after epoch ${epoch}:\n${formatScores(evaluateTagger(current(), clusters, dev))}`)
    : undefined,
});
const pruned = pruneModel(model, Number(args.prune));
const step = 1 / 256;
writeFileSync(MODEL_URL, encodeModel(pruned, step));
log(`wrote ${MODEL_URL.pathname}: ${pruned.featureNames.length} features`);
if (dev) log(`dev, pruned model:\n${formatScores(evaluateTagger(pruned, clusters, dev))}`);

/** The cluster table as sorted TSV lines: only derived ids leave this script, never the text. */
function clusterTableText(): string {
  const table = buildClusters(clusterCorpus(), { ...DEFAULT_CLUSTER_OPTIONS, log });
  return [...table.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, ids]) => `${word}\t${ids.join('\t')}\n`)
    .join('');
}

function* clusterCorpus(): Generator<string[]> {
  for (const line of readFileSync(args.news!, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: string }).text ?? '';
    const tokens = tokenize(text);
    for (const [start, end] of splitSentences(text, tokens)) yield tokens.slice(start, end).map((t) => t.text);
  }
  for (const doc of training) for (const s of doc.sentences) yield s.tokens;
}
