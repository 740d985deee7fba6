/**
 * Entity-level exact-match precision / recall / F1 for people and organizations on a CoNLL file,
 * like conlleval: each sentence's tokens are joined with single spaces into text, the recognizer runs on
 * it, and its spans are mapped back to tokens (a span not on token boundaries counts as wrong).
 *
 *   npm run eval:ner -- ../shared/data/conll2003/eng.testa [--unit sentence|document] [--errors 30]
 *   npm run eval:ner -- --throughput ../shared/data/news-2020h1.jsonl   (speed over the `text` fields)
 *   npm run eval:ner -- ../shared/data/conll2003/eng.testa --tagger      (the committed model alone)
 *
 * --unit sentence (default): every sentence is its own text. --unit document: the sentences of a
 * -DOCSTART- document are joined by newlines and recognized together, as an article would be.
 * --tagger: the committed weights alone, as training's dev score: CoNLL's own tokens, a document at a
 * time, no rules, all four types.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../server/extract/index.js';
import { loadClusterTable } from '../server/extract/ner/clusters.js';
import { decodeModel } from '../server/extract/ner/model-file.js';
import { MODEL_URL } from '../server/extract/ner/model-loader.js';
import { readConll } from '../server/extract/ner/training/conll.js';
import { evaluateTagger } from '../server/extract/ner/training/evaluate-tagger.js';
import { EntityScorer, formatScores, type ScoredEntity } from '../server/extract/ner/training/entity-scores.js';

type PeopleAndOrganizations = (text: string) => Array<{ label: 'PERSON' | 'ORGANIZATION'; start: number; end: number }>;

/**
 * What is measured: the same extract() users run (`newsgraph extract`, ingestion), not the tagger alone.
 * Every named mention counts (full names, short names, acronyms); pronouns and role nouns are not names.
 */
const recognize: PeopleAndOrganizations = (text) =>
  extract(text).entities.flatMap((entity) =>
    entity.mentions
      .filter((mention) => mention.form === 'NAME' || mention.form === 'SHORT_NAME' || mention.form === 'ACRONYM')
      .map(({ start, end }) => ({ label: entity.type, start, end })),
  );

const TYPES = { PERSON: 'PER', ORGANIZATION: 'ORG' } as const;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: 'string', default: 'sentence' },
    errors: { type: 'string', default: '0' },
    throughput: { type: 'string' },
    tagger: { type: 'boolean', default: false },
  },
});
if (args.throughput) {
  measureThroughput(args.throughput);
  process.exit(0);
}
const path = positionals[0] ?? '../shared/data/conll2003/eng.testa';
if (args.tagger) {
  const scores = evaluateTagger(decodeModel(readFileSync(MODEL_URL)), loadClusterTable(), readConll(path));
  console.log(`${path} (the committed model alone: gold tokens, by document, no rules)`);
  console.log(formatScores(scores));
  process.exit(0);
}
const byDocument = args.unit === 'document';

interface Unit {
  text: string;
  /** Per token: sentence number, index in sentence, character start and end. */
  tokens: Array<{ sentence: number; index: number; start: number; end: number }>;
  gold: ScoredEntity[];
}

const scorer = new EntityScorer();
const errors: string[] = [];
let sentenceNumber = 0;
let characters = 0;
let elapsed = 0;
for (const doc of readConll(path)) {
  const units: Unit[] = [];
  let unit: Unit | undefined;
  for (const sentence of doc.sentences) {
    if (!unit || !byDocument) units.push((unit = { text: '', tokens: [], gold: [] }));
    if (unit.text) unit.text += '\n';
    sentence.tokens.forEach((token, index) => {
      if (index > 0) unit!.text += ' ';
      unit!.tokens.push({
        sentence: sentenceNumber,
        index,
        start: unit!.text.length,
        end: unit!.text.length + token.length,
      });
      unit!.text += token;
    });
    for (const e of sentence.entities) {
      if (e.type === 'PER' || e.type === 'ORG')
        unit.gold.push({ type: e.type, key: `${sentenceNumber}:${e.start}:${e.end}` });
    }
    sentenceNumber++;
  }
  for (const u of units) {
    const t0 = performance.now();
    const spans = recognize(u.text);
    elapsed += performance.now() - t0;
    characters += u.text.length;
    const byStart = new Map(u.tokens.map((t) => [t.start, t]));
    const byEnd = new Map(u.tokens.map((t) => [t.end, t]));
    const predicted = spans.map((span): ScoredEntity => {
      const first = byStart.get(span.start);
      const last = byEnd.get(span.end);
      const key =
        first && last && first.sentence === last.sentence
          ? `${first.sentence}:${first.index}:${last.index + 1}`
          : `off-token:${span.start}:${span.end}`;
      return { type: TYPES[span.label], key };
    });
    scorer.add(u.gold, predicted);
    if (errors.length < Number(args.errors)) collectErrors(u, predicted);
  }
}

console.log(`${path} (${args.unit} by ${args.unit}, ${sentenceNumber} sentences)`);
console.log(formatScores(scorer.scores(['PER', 'ORG'])));
console.log(`recognizer time ${(elapsed / 1000).toFixed(2)} s for ${(characters / 1000).toFixed(0)} K characters`);
if (errors.length) console.log(`\nerrors:\n${errors.join('\n')}`);

function collectErrors(u: Unit, predicted: ScoredEntity[]): void {
  const spanText = (key: string) => {
    const [s, a, b] = key.split(':');
    if (s === 'off-token') return `«${u.text.slice(Number(a), Number(b))}» (off token boundaries)`;
    const tokens = u.tokens.filter((t) => t.sentence === Number(s) && t.index >= Number(a) && t.index < Number(b));
    return `«${u.text.slice(tokens[0].start, tokens[tokens.length - 1].end)}»`;
  };
  const goldKeys = new Set(u.gold.map((e) => `${e.type}|${e.key}`));
  const predictedKeys = new Set(predicted.map((e) => `${e.type}|${e.key}`));
  for (const e of predicted)
    if (!goldKeys.has(`${e.type}|${e.key}`)) errors.push(`  false ${e.type} ${spanText(e.key)}`);
  for (const e of u.gold)
    if (!predictedKeys.has(`${e.type}|${e.key}`)) errors.push(`  missed ${e.type} ${spanText(e.key)}`);
}

/** Recognizer speed over the `text` field of every line of a JSONL file, after one warm-up call (model load). */
function measureThroughput(jsonl: string): void {
  const texts = readFileSync(jsonl, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text ?? '');
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const loadStart = performance.now();
  recognize('Warm-up: Vladimir Putin met the U.N. Security Council.');
  const loadMs = performance.now() - loadStart;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let entities = 0;
  for (const t of texts) entities += recognize(t).length;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time (user + system) is what one core spent; it stays meaningful when other jobs share the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(1)} MB, ${entities} people and organizations`);
  console.log(`first call (model load) ${loadMs.toFixed(0)} ms`);
  const { rss, heapUsed } = process.memoryUsage();
  console.log(
    `memory after the run: heap ${(heapUsed / 1e6).toFixed(0)} MB, resident ${(rss / 1e6).toFixed(0)} MB (the texts included)`,
  );
  console.log(
    `wall clock ${seconds.toFixed(1)} s = ${(bytes / 1e3 / seconds).toFixed(0)} KB/s; CPU time ${cpuSeconds.toFixed(1)} s = ${(bytes / 1e3 / cpuSeconds).toFixed(0)} KB/s`,
  );
}
