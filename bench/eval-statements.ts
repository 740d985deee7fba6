/**
 * Measures statement extraction against a gold JSONL file (PolNeAR layout, see ../shared/data/README.md).
 *
 *   npm run eval:statements -- ../shared/data/polnear-dev.jsonl [--limit N] [--tiers speech,stance]
 *                                      [--show-misses N] [--show-false N] [--rules-only]
 *   npm run eval:statements -- ../shared/data/polnear-dev.jsonl --cv 5 [--folds N] [--seed S] [--show-calibration]
 *                                      [--keep-thresholds 0.5,0.6,0.7,0.8,0.9]
 *
 * --cv K: K document-level folds (seeded shuffle); for each, the attribution labeller is trained on the
 * other folds and the fold is scored through extractArticle; prints mean ± sd over folds, the pooled
 * figures and the reliability table of `confidence`. Without --cv the committed model is used
 * (trained on all of polnear-dev, so those figures are not honest for it: use --cv or --rules-only).
 * --keep-thresholds: with --cv, each fold is trained once and scored with each `keepLearned` threshold
 * and with the rules alone; prints one pooled row per threshold (P/R/F1, speaker accuracy, indirect recall).
 *
 * Rules:
 * - 30% rule: a gold quote is found when one predicted statement covers more than 30% of its content
 *   characters (its contentSpans; our pieces). A predicted statement is correct when more than 30% of its
 *   piece characters lie in one gold quote's content.
 * - Exact: spans equal after trimming whitespace, quotation marks and edge punctuation, and a leading
 *   complementizer "that" (gold direct quotes include their marks and PolNeAR keeps "that"; ours do not).
 * - Speaker accuracy, over gold quotes found by the 30% rule whose gold speaker is not null: the best
 *   matching prediction's speakerMention overlaps the gold speaker span, or its resolved entity name
 *   contains the gold speaker text (case-insensitive). Implicit (null) gold speakers are counted apart.
 * - "direct" restricts both sides: gold kind direct against predicted kind DIRECT.
 */
import { seededRandom } from '../server/extract/ner/training/perceptron-trainer.js';
import { extractArticle, DEFAULT_OPTIONS, type ExtractOptions } from '../server/extract/extract-article.js';
import {
  readGoldDocuments,
  type GoldDocument,
  type GoldQuote,
} from '../server/extract/attribution/training/gold-documents.js';
import { isRight, trainAttributionModel } from '../server/extract/attribution/training/train-model.js';
import type { CueTier } from '../server/extract/cue-verbs.js';
import type { Span, Statement } from '../server/extract/types.js';

type GoldDoc = GoldDocument;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function overlapOf(a: Span[], b: Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

function lengthOf(spans: Span[]): number {
  return spans.reduce((sum, span) => sum + Math.max(0, span.end - span.start), 0);
}

const EDGE = /[\s“”"‘’'.,;:!?—–\-…()]/;

function normalizedSpan(text: string, start: number, end: number): string {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  if (/^that\s/i.test(text.slice(start, end))) {
    start += 4;
    while (start < end && EDGE.test(text[start])) start++;
  }
  return `${start}:${end}`;
}

class Tally {
  gold = 0;
  found = 0;
  predicted = 0;
  correct = 0;
  goldExact = 0;
  predictedExact = 0;
  speakerTotal = 0;
  speakerRight = 0;
  implicitSpeakers = 0;

  report(label: string): string {
    const pct = (n: number, d: number) => (d === 0 ? '  n/a' : ((100 * n) / d).toFixed(1).padStart(5));
    const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
    const p30 = this.predicted ? this.correct / this.predicted : 0;
    const r30 = this.gold ? this.found / this.gold : 0;
    const pEx = this.predicted ? this.predictedExact / this.predicted : 0;
    const rEx = this.gold ? this.goldExact / this.gold : 0;
    return [
      `${label.padEnd(8)} gold ${String(this.gold).padStart(6)}  predicted ${String(this.predicted).padStart(6)}`,
      `  30% rule: P ${pct(this.correct, this.predicted)}  R ${pct(this.found, this.gold)}  F1 ${(100 * f1(p30, r30)).toFixed(1).padStart(5)}`,
      `  exact:    P ${pct(this.predictedExact, this.predicted)}  R ${pct(this.goldExact, this.gold)}  F1 ${(100 * f1(pEx, rEx)).toFixed(1).padStart(5)}`,
      `  speaker accuracy (matched, explicit gold speaker): ${pct(this.speakerRight, this.speakerTotal)}  (${this.speakerRight}/${this.speakerTotal}; ${this.implicitSpeakers} matched gold quotes have no speaker)`,
    ].join('\n');
  }
}

function speakerIsRight(statement: Statement, gold: GoldQuote): boolean {
  if (gold.speakerStart === null || gold.speakerEnd === null || gold.speaker === null) return false;
  const mention = statement.speakerMention;
  if (mention && mention.start < gold.speakerEnd && mention.end > gold.speakerStart) return true;
  return !!statement.speaker && statement.speaker.name.toLowerCase().includes(gold.speaker.toLowerCase());
}

function score(
  doc: GoldDoc,
  statements: Statement[],
  gold: GoldQuote[],
  tally: Tally,
  misses: string[],
  falses: string[],
): void {
  const goldPieces = gold.map((quote) => quote.contentSpans.map(([start, end]) => ({ start, end })));
  const goldKeys = new Set(gold.map((quote) => normalizedSpan(doc.text, quote.start, quote.end)));
  const predictedKeys = new Set(statements.map((s) => normalizedSpan(doc.text, s.start, s.end)));
  tally.gold += gold.length;
  tally.predicted += statements.length;
  gold.forEach((quote, g) => {
    const length = lengthOf(goldPieces[g]);
    let best: Statement | undefined;
    let bestCovered = 0;
    for (const statement of statements) {
      const covered = overlapOf(goldPieces[g], statement.pieces);
      if (covered > bestCovered) {
        bestCovered = covered;
        best = statement;
      }
    }
    if (goldKeys.size && predictedKeys.has(normalizedSpan(doc.text, quote.start, quote.end))) tally.goldExact++;
    if (best && length > 0 && bestCovered / length > 0.3) {
      tally.found++;
      if (quote.speaker === null) tally.implicitSpeakers++;
      else {
        tally.speakerTotal++;
        if (speakerIsRight(best, quote)) tally.speakerRight++;
        else if (falses.length < 0) falses.push('');
      }
    } else {
      misses.push(
        `${doc.id} [${quote.kind}] cue=${quote.cue} speaker=${quote.speaker}\n    ${JSON.stringify(quote.text.slice(0, 300))}\n    CONTEXT: ${JSON.stringify(doc.text.slice(Math.max(0, quote.start - 150), quote.end + 60))}`,
      );
    }
  });
  for (const statement of statements) {
    const length = lengthOf(statement.pieces);
    const best = Math.max(0, ...goldPieces.map((pieces) => overlapOf(statement.pieces, pieces)));
    if (length > 0 && best / length > 0.3) tally.correct++;
    else
      falses.push(
        `${doc.id} [${statement.kind}] cue=${statement.cue} speaker=${statement.speaker?.name ?? '-'}\n    ${JSON.stringify(statement.text.slice(0, 300))}`,
      );
    if (goldKeys.has(normalizedSpan(doc.text, statement.start, statement.end))) tally.predictedExact++;
  }
}

interface Run {
  all: Tally;
  direct: Tally;
  byKind: Record<string, { gold: number; found: number }>;
  misses: string[];
  falses: string[];
  chars: number;
  milliseconds: number;
  /** Per confidence bin [0, .2), … [.8, 1], then confidence >= 0.9: [right, total, sum of confidences]. */
  reliability: Array<[number, number, number]>;
}

function newRun(): Run {
  return {
    all: new Tally(),
    direct: new Tally(),
    byKind: {},
    misses: [],
    falses: [],
    chars: 0,
    milliseconds: 0,
    reliability: Array.from({ length: 6 }, () => [0, 0, 0] as [number, number, number]),
  };
}

function reliabilityTable(run: Run): string {
  const rows = run.reliability.map(([right, total, sum], b) => {
    const label = b < 5 ? `[${(b / 5).toFixed(1)}, ${b === 4 ? '1.0]' : `${((b + 1) / 5).toFixed(1)})`}` : '>= 0.9    ';
    const observed = total ? ((100 * right) / total).toFixed(1) : '  n/a';
    const predicted = total ? ((100 * sum) / total).toFixed(1) : '  n/a';
    return `  ${label}  statements ${String(total).padStart(6)}  mean confidence ${predicted.padStart(5)}%  right (30% rule) ${observed.padStart(5)}%`;
  });
  return ['reliability of confidence (5 bins, then the >= 0.9 band):', ...rows].join('\n');
}

function evaluate(docs: GoldDoc[], options: ExtractOptions, run: Run, kindFilter: string | undefined): void {
  for (const doc of docs) {
    const began = performance.now();
    const result = extractArticle(doc.text, options);
    run.milliseconds += performance.now() - began;
    run.chars += doc.text.length;
    score(doc, result.statements, doc.quotes, run.all, kindFilter ? [] : run.misses, run.falses);
    score(
      doc,
      result.statements.filter((s) => s.kind === 'DIRECT'),
      doc.quotes.filter((q) => q.kind === 'direct'),
      run.direct,
      kindFilter === 'direct' ? run.misses : [],
      [],
    );
    for (const statement of result.statements) {
      const right = isRight(statement.pieces, doc.quotes);
      const bins = [Math.min(4, Math.floor(statement.confidence * 5))];
      if (statement.confidence >= 0.9) bins.push(5);
      for (const b of bins) {
        run.reliability[b][0] += right ? 1 : 0;
        run.reliability[b][1] += 1;
        run.reliability[b][2] += statement.confidence;
      }
    }
    for (const quote of doc.quotes) {
      const entry = (run.byKind[quote.kind] ??= { gold: 0, found: 0 });
      entry.gold++;
      const pieces = quote.contentSpans.map(([start, end]) => ({ start, end }));
      const length = lengthOf(pieces);
      if (result.statements.some((s) => overlapOf(pieces, s.pieces) / length > 0.3)) entry.found++;
    }
  }
}

function addRun(total: Run, run: Run): void {
  for (const key of ['all', 'direct'] as const) {
    const into = total[key] as unknown as Record<string, number>;
    for (const [name, value] of Object.entries(run[key])) into[name] += value as number;
  }
  for (const [kind, { gold, found }] of Object.entries(run.byKind)) {
    const entry = (total.byKind[kind] ??= { gold: 0, found: 0 });
    entry.gold += gold;
    entry.found += found;
  }
  total.misses.push(...run.misses);
  total.falses.push(...run.falses);
  run.reliability.forEach((bin, b) => bin.forEach((value, k) => (total.reliability[b][k] += value)));
  total.chars += run.chars;
  total.milliseconds += run.milliseconds;
}

/** Document-level folds: a seeded shuffle, then every k-th document. */
function folds(docs: GoldDoc[], k: number, seed: number): GoldDoc[][] {
  const order = docs.map((_, i) => i);
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out: GoldDoc[][] = Array.from({ length: k }, () => []);
  order.forEach((d, i) => out[i % k].push(docs[d]));
  return out;
}

function printRun(run: Run, options: ExtractOptions, showMisses: number, showFalse: number): void {
  console.log(
    `extract() ${(run.milliseconds / 1000).toFixed(2)} s for ${(run.chars / 1024).toFixed(0)} KiB (${(run.chars / 1024 / (run.milliseconds / 1000)).toFixed(0)} KiB/s)`,
  );
  console.log(`reported-speech tiers: ${[...options.reportedTiers].join(', ')}`);
  console.log(run.all.report('all'));
  console.log(run.direct.report('direct'));
  console.log(
    'recall by gold kind (30% rule, any predicted kind): ' +
      Object.entries(run.byKind)
        .map(([kind, { gold, found }]) => `${kind} ${((100 * found) / gold).toFixed(1)}% of ${gold}`)
        .join(', '),
  );
  console.log(reliabilityTable(run));
  const sample = (list: string[], n: number) => {
    const step = Math.max(1, Math.floor(list.length / n));
    return list.filter((_, i) => i % step === 0).slice(0, n);
  };
  if (showMisses > 0) console.log('\n--- missed gold quotes ---\n' + sample(run.misses, showMisses).join('\n'));
  if (showFalse > 0) console.log('\n--- predictions outside gold ---\n' + sample(run.falses, showFalse).join('\n'));
}

function meanSd(values: number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return `${mean.toFixed(1)} ± ${sd.toFixed(1)}`;
}

function foldFigures(run: Run): Record<string, number> {
  const t = run.all;
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const p = t.predicted ? (100 * t.correct) / t.predicted : 0;
  const r = t.gold ? (100 * t.found) / t.gold : 0;
  const pEx = t.predicted ? (100 * t.predictedExact) / t.predicted : 0;
  const rEx = t.gold ? (100 * t.goldExact) / t.gold : 0;
  const figures: Record<string, number> = {
    'P (30%)': p,
    'R (30%)': r,
    'F1 (30%)': f1(p, r),
    'exact-span F1': f1(pEx, rEx),
    'speaker accuracy': t.speakerTotal ? (100 * t.speakerRight) / t.speakerTotal : 0,
  };
  for (const [kind, { gold, found }] of Object.entries(run.byKind)) figures[`recall ${kind}`] = (100 * found) / gold;
  figures['KiB/s'] = run.chars / 1024 / (run.milliseconds / 1000);
  return figures;
}

/** One pooled row per keepLearned threshold (and the rules alone), over the folds scored so far. */
function printSweep(sweep: Map<string, Run>, foldsScored: number): void {
  console.log(`\nkeepLearned thresholds, pooled over ${foldsScored} scored fold(s) (same trained models):`);
  console.log('  threshold    predicted  P (30%)  R (30%)  F1 (30%)  speaker acc  indirect R  exact F1');
  for (const [key, run] of sweep) {
    const f = foldFigures(run);
    const cell = (value: number | undefined, width: number) =>
      (value === undefined ? 'n/a' : value.toFixed(1)).padStart(width);
    console.log(
      `  ${key.padEnd(11)} ${String(run.all.predicted).padStart(10)} ${cell(f['P (30%)'], 8)} ${cell(f['R (30%)'], 8)} ${cell(f['F1 (30%)'], 9)} ${cell(f['speaker accuracy'], 12)} ${cell(f['recall indirect'], 11)} ${cell(f['exact-span F1'], 9)}`,
    );
  }
}

function main(): void {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error(
      'usage: npm run eval:statements -- <gold.jsonl> [--cv K] [--folds N] [--seed S] [--rules-only] [--limit N] [--tiers speech,stance] [--show-misses N] [--show-false N]',
    );
    process.exit(2);
  }
  const limit = Number(argument('limit') ?? Infinity);
  const tiers = argument('tiers');
  const base: ExtractOptions = tiers
    ? { ...DEFAULT_OPTIONS, reportedTiers: new Set(tiers.split(',') as CueTier[]) }
    : DEFAULT_OPTIONS;
  const rulesOnly = process.argv.includes('--rules-only');
  const showMisses = Number(argument('show-misses') ?? 0);
  const showFalse = Number(argument('show-false') ?? 0);
  const kindFilter = argument('kind');
  const docs = readGoldDocuments(file).slice(0, limit);
  const cv = Number(argument('cv') ?? 0);

  if (cv < 2) {
    const options = rulesOnly ? { ...base, attribution: null } : base;
    const run = newRun();
    evaluate(docs, options, run, kindFilter);
    console.log(`${docs.length} documents, ${rulesOnly ? 'rules only' : 'rules + committed attribution model'}`);
    printRun(run, options, showMisses, showFalse);
    return;
  }

  // Cross-validation: train on k-1 folds, score the held-out fold through extractArticle.
  const seed = Number(argument('seed') ?? 2026);
  const foldCount = Math.min(cv, Number(argument('folds') ?? cv));
  const parts = folds(docs, cv, seed);
  const perFold: Array<Record<string, number>> = [];
  const total = newRun();
  const thresholds = (argument('keep-thresholds') ?? '')
    .split(',')
    .filter((value) => value.trim() !== '')
    .map(Number);
  if (thresholds.some((value) => !Number.isFinite(value)))
    throw new Error(`--keep-thresholds: expected numbers separated by commas, got "${argument('keep-thresholds')}"`);
  const sweep = new Map<string, Run>(['rules only', ...thresholds.map(String)].map((key) => [key, newRun()]));
  for (let k = 0; k < foldCount; k++) {
    const training = parts.flatMap((part, j) => (j === k ? [] : part));
    const began = performance.now();
    const model = rulesOnly ? null : trainAttributionModel(training);
    const trainSeconds = (performance.now() - began) / 1000;
    if (model && process.argv.includes('--show-calibration'))
      console.log(
        `fold ${k + 1} calibration (bin: right/total on the training part's held-out fifth):`,
        model.calibration,
      );
    const run = newRun();
    evaluate(parts[k], { ...base, attribution: model }, run, kindFilter);
    addRun(total, run);
    const figures = foldFigures(run);
    perFold.push(figures);
    if (thresholds.length > 0) {
      evaluate(parts[k], { ...base, attribution: null }, sweep.get('rules only')!, kindFilter);
      for (const threshold of thresholds)
        evaluate(
          parts[k],
          { ...base, attribution: model, keepLearned: threshold },
          sweep.get(String(threshold))!,
          kindFilter,
        );
    }
    console.log(
      `fold ${k + 1}/${cv}: ${parts[k].length} test documents, trained in ${trainSeconds.toFixed(0)} s: ` +
        Object.entries(figures)
          .map(([name, value]) => `${name} ${value.toFixed(1)}`)
          .join(', '),
    );
    if (thresholds.length > 0) printSweep(sweep, k + 1);
  }
  console.log(
    `\n${cv}-fold cross-validation (document folds, seed ${seed}; ${foldCount} fold(s) scored), ${rulesOnly ? 'rules only' : 'rules + attribution model'}: mean ± sd over folds`,
  );
  for (const name of Object.keys(perFold[0]))
    console.log(`  ${name.padEnd(18)} ${meanSd(perFold.map((f) => f[name]))}`);
  console.log('\npooled over the scored folds:');
  printRun(total, base, showMisses, showFalse);
}

main();
