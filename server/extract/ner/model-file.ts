/**
 * The committed weights file: gzip of
 *   u32 header length, header JSON ({ version, tags, step, transitions }),
 *   u32 names length, feature names joined by "\n" (UTF-8),
 *   per feature: u8 count, then count × (u8 tag, i16 weight / step).
 * Only non-zero (after rounding) weights are stored, which keeps the file a few MB.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export interface ModelData {
  tags: readonly string[];
  featureNames: string[];
  /** Dense `featureCount × tags.length` weights. */
  weights: Float32Array;
  /** See viterbi.ts for the layout; without the BILOU mask. */
  transitions: Float64Array;
}

const VERSION = 1;

export function encodeModel(model: ModelData, step: number): Buffer {
  const T = model.tags.length;
  const header = Buffer.from(
    JSON.stringify({ version: VERSION, tags: model.tags, step, transitions: [...model.transitions] }),
  );
  const names = Buffer.from(model.featureNames.join('\n'));
  const entries = Buffer.alloc(model.featureNames.length * (1 + 3 * T));
  let at = 0;
  for (let f = 0; f < model.featureNames.length; f++) {
    const countAt = at++;
    let count = 0;
    for (let t = 0; t < T; t++) {
      const q = Math.max(-32768, Math.min(32767, Math.round(model.weights[f * T + t] / step)));
      if (q === 0) continue;
      entries.writeUInt8(t, at);
      entries.writeInt16LE(q, at + 1);
      at += 3;
      count++;
    }
    entries.writeUInt8(count, countAt);
  }
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(header.length, 0);
  lengths.writeUInt32LE(names.length, 4);
  return gzipSync(
    Buffer.concat([lengths.subarray(0, 4), header, lengths.subarray(4, 8), names, entries.subarray(0, at)]),
    { level: 9 },
  );
}

export function decodeModel(gz: Buffer): ModelData {
  const buf = gunzipSync(gz);
  let at = 0;
  const headerLength = buf.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buf.subarray(at, at + headerLength).toString('utf8')) as {
    version: number;
    tags: string[];
    step: number;
    transitions: number[];
  };
  at += headerLength;
  if (header.version !== VERSION) throw new Error(`unsupported NER model version ${header.version}`);
  const namesLength = buf.readUInt32LE(at);
  at += 4;
  const featureNames = buf
    .subarray(at, at + namesLength)
    .toString('utf8')
    .split('\n');
  at += namesLength;
  const T = header.tags.length;
  const weights = new Float32Array(featureNames.length * T);
  for (let f = 0; f < featureNames.length; f++) {
    const count = buf.readUInt8(at++);
    for (let k = 0; k < count; k++) {
      weights[f * T + buf.readUInt8(at)] = buf.readInt16LE(at + 1) * header.step;
      at += 3;
    }
  }
  return { tags: header.tags, featureNames, weights, transitions: Float64Array.from(header.transitions) };
}
