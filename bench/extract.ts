/**
 * Throughput of extract() on one core: articles/s and MB/s over the `text` fields of a JSONL file.
 *
 *   npx tsx bench/extract.ts [../shared/data/news-2020h1.jsonl] [--limit N] [--warmup N] [--split]
 *
 * --split also times the recognizer alone on the same texts, to show which part costs what.
 * Sizes are UTF-8 bytes; 1 KB = 1000 bytes, 1 MB = 1,000,000 bytes. Both wall-clock and CPU time
 * (this process, user + system) are reported: on a shared machine the CPU-time rate is the
 * single-core figure, the wall-clock one also counts waiting for a core.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../server/extract/index.js';
import { recognizeEntities } from '../server/extract/ner/index.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const file =
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../shared/data/news-2020h1.jsonl';
const limit = Number(argument('limit') ?? Infinity);
const warmup = Number(argument('warmup') ?? 100);
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, limit)
  .map((line) => (JSON.parse(line) as { text?: string }).text ?? '')
  .filter((text) => text.length > 0);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

interface Timing {
  wall: number;
  cpu: number;
}

function time(run: (text: string) => unknown): Timing {
  for (const text of texts.slice(0, warmup)) run(text); // JIT, lazy model loading
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let sink = 0;
  for (const text of texts) sink += (run(text) as { length?: number })?.length ?? 1;
  const cpuUsed = process.cpuUsage(cpuStarted);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (sink < 0) console.log(sink);
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1e6 };
}

function rates(label: string, timing: Timing): string {
  const line = (kind: string, seconds: number) =>
    `${kind} ${seconds.toFixed(2)} s  ${(texts.length / seconds).toFixed(0)} articles/s  ` +
    `${((seconds * 1000) / texts.length).toFixed(2)} ms/article  ` +
    `${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${(bytes / 1e3 / seconds).toFixed(0)} KB/s)`;
  return `${label}\n  ${line('cpu ', timing.cpu)}\n  ${line('wall', timing.wall)}`;
}

const timing = time((text) => extract(text).statements);
let statements = 0;
for (const text of texts.slice(0, 500)) statements += extract(text).statements.length;
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB (UTF-8), one thread`);
console.log(rates('extract()', timing));
console.log(`  ${(statements / Math.min(500, texts.length)).toFixed(1)} statements per article (first 500)`);
if (process.argv.includes('--split')) {
  // The recognizer caches per-word features, so this second pass is a little flattered.
  const ner = time((text) => recognizeEntities(text));
  console.log(rates('recognizeEntities() alone (second pass over the same texts)', ner));
  const rest = { wall: timing.wall - ner.wall, cpu: timing.cpu - ner.cpu };
  console.log(
    `  everything but the recognizer ≈ ${rest.cpu.toFixed(2)} s cpu (${(bytes / 1e3 / Math.max(0.001, rest.cpu)).toFixed(0)} KB/s)`,
  );
}
