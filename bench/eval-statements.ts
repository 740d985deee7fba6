/**
 * Measures statement extraction against a gold JSONL file (PolNeAR layout, see ../shared/data/README.md).
 *
 *   npm run eval:statements -- ../shared/data/polnear-dev.jsonl [--limit N] [--tiers speech,stance]
 *                                      [--show-misses N] [--show-false N] [--seed S]
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
import { readFileSync } from 'node:fs';
import { extractArticle, DEFAULT_OPTIONS } from '../server/extract/extract-article.js';
import type { CueTier } from '../server/extract/cue-verbs.js';
import type { Span, Statement } from '../server/extract/types.js';

interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  contentSpans: Array<[number, number]>;
}

interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

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

function main(): void {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error(
      'usage: npm run eval:statements -- <gold.jsonl> [--limit N] [--tiers speech,stance] [--show-misses N] [--show-false N]',
    );
    process.exit(2);
  }
  const limit = Number(argument('limit') ?? Infinity);
  const tiers = argument('tiers');
  const options = tiers
    ? { ...DEFAULT_OPTIONS, reportedTiers: new Set(tiers.split(',') as CueTier[]) }
    : DEFAULT_OPTIONS;
  const showMisses = Number(argument('show-misses') ?? 0);
  const showFalse = Number(argument('show-false') ?? 0);
  const kindFilter = argument('kind');
  const docs: GoldDoc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, limit)
    .map((line) => JSON.parse(line));

  const all = new Tally();
  const direct = new Tally();
  const byKind: Record<string, { gold: number; found: number }> = {};
  const misses: string[] = [];
  const falses: string[] = [];
  let chars = 0;
  let milliseconds = 0;
  for (const doc of docs) {
    const began = performance.now();
    const result = extractArticle(doc.text, options);
    milliseconds += performance.now() - began;
    chars += doc.text.length;
    score(doc, result.statements, doc.quotes, all, kindFilter ? [] : misses, falses);
    score(
      doc,
      result.statements.filter((s) => s.kind === 'DIRECT'),
      doc.quotes.filter((q) => q.kind === 'direct'),
      direct,
      kindFilter === 'direct' ? misses : [],
      [],
    );
    for (const quote of doc.quotes) {
      const entry = (byKind[quote.kind] ??= { gold: 0, found: 0 });
      entry.gold++;
      const pieces = quote.contentSpans.map(([start, end]) => ({ start, end }));
      const length = lengthOf(pieces);
      if (result.statements.some((s) => overlapOf(pieces, s.pieces) / length > 0.3)) entry.found++;
    }
  }
  console.log(
    `${docs.length} documents, ${(chars / 1024).toFixed(0)} KiB, extract() ${(milliseconds / 1000).toFixed(2)} s (${(chars / 1024 / (milliseconds / 1000)).toFixed(0)} KiB/s)`,
  );
  console.log(`reported-speech tiers: ${[...options.reportedTiers].join(', ')}`);
  console.log(all.report('all'));
  console.log(direct.report('direct'));
  console.log(
    'recall by gold kind (30% rule, any predicted kind): ' +
      Object.entries(byKind)
        .map(([kind, { gold, found }]) => `${kind} ${((100 * found) / gold).toFixed(1)}% of ${gold}`)
        .join(', '),
  );
  const sample = (list: string[], n: number) => {
    const step = Math.max(1, Math.floor(list.length / n));
    return list.filter((_, i) => i % step === 0).slice(0, n);
  };
  if (showMisses > 0) console.log('\n--- missed gold quotes ---\n' + sample(misses, showMisses).join('\n'));
  if (showFalse > 0) console.log('\n--- predictions outside gold ---\n' + sample(falses, showFalse).join('\n'));
}

main();
