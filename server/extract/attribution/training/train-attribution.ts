/**
 * npm run train:attribution [-- <gold.jsonl>] [--limit N] [--out file]
 * Trains the attribution labeller on all of polnear-dev (the cross-validated figures come from
 * `npm run eval:statements -- --cv 5`) and writes the committed model file.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ATTRIBUTION_CALIBRATION_URL, ATTRIBUTION_MODEL_URL } from '../model-loader.js';
import { readGoldDocuments } from './gold-documents.js';
import { trainAttributionModel } from './train-model.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const positional = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
// The shared data sits beside the project (../shared/data), or beside the worktrees' folder.
const file =
  positional ??
  ['../shared/data/polnear-dev.jsonl', '../../shared/data/polnear-dev.jsonl'].find((path) => existsSync(path)) ??
  '../shared/data/polnear-dev.jsonl';
const limit = Number(argument('limit') ?? Infinity);
const out = argument('out') ?? fileURLToPath(ATTRIBUTION_MODEL_URL);
const calibrationOut = argument('out')
  ? out.replace(/(\.bin)?\.gz$/, '') + '.calibration.json'
  : fileURLToPath(ATTRIBUTION_CALIBRATION_URL);
const began = performance.now();
const docs = readGoldDocuments(file).slice(0, limit);
const model = trainAttributionModel(docs);
const bytes = model.encode();
writeFileSync(out, bytes);
const calibration = JSON.stringify(model.calibration, null, 1) + '\n';
writeFileSync(calibrationOut, calibration);
console.log(
  `${docs.length} documents, ${model.data.featureNames.length} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MB -> ${out}`,
);
console.log(`calibration (${Object.keys(model.calibration ?? {}).length} bins) -> ${calibrationOut}`);
console.log(
  `sha256 ${createHash('sha256').update(bytes).update(calibration).digest('hex')}  (${((performance.now() - began) / 1000).toFixed(0)} s)`,
);
