/**
 * Judged precision on everyday news: draws statements at random (fixed seed) from extract() on
 * news-2020h1 and lists them for a person to judge against their article, then totals the judgments.
 *
 *   npx tsx bench/judge-statements.ts [--data ../shared/data/news-2020h1.jsonl] [--n 100] [--seed 2020]
 *                                      [--judgments bench/judgments-2020h1.tsv] [--list]
 *
 * The judgments file holds no article text: one line per statement, tab-separated
 *   articleId  start  end  statement(y/n)  span(y/n/-)  speaker(y/n/-)  reason (one line, for every "n")
 * "statement": is it someone's statement at all; "span": are its bounds the statement's; "speaker": is
 * the speaker right (null where the article names nobody counts as right). Lines starting with # are notes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract, type Statement } from '../server/extract/index.js';
import { seededRandom } from '../server/extract/ner/training/perceptron-trainer.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Drawn {
  articleId: string;
  statement: Statement;
  text: string;
}

function draw(file: string, n: number, seed: number): Drawn[] {
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof record.id !== 'string' || typeof record.text !== 'string')
        throw new Error(`${file}:${i + 1}: expected string fields "id" and "text"`);
      return { id: record.id, text: record.text };
    });
  const random = seededRandom(seed);
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // One statement from each article drawn, so that no single article weighs on the sample.
  const out: Drawn[] = [];
  for (const index of order) {
    if (out.length >= n) break;
    const { id, text } = articles[index];
    const statements = extract(text).statements;
    if (statements.length === 0) continue;
    out.push({ articleId: id, statement: statements[Math.floor(random() * statements.length)], text });
  }
  return out;
}

interface Judgment {
  statement: boolean;
  span: boolean | null;
  speaker: boolean | null;
  reason: string;
}

function readJudgments(file: string): Map<string, Judgment> {
  const out = new Map<string, Judgment>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [articleId, start, end, statement, span, speaker, reason = ''] = line.split('\t');
      const flag = (value: string | undefined, field: string): boolean | null => {
        if (value === 'y') return true;
        if (value === 'n') return false;
        if (value === '-') return null;
        throw new Error(`${file}:${i + 1}: field "${field}" must be y, n or -, not ${JSON.stringify(value)}`);
      };
      const judgment = {
        statement: flag(statement, 'statement') === true,
        span: flag(span, 'span'),
        speaker: flag(speaker, 'speaker'),
        reason: reason.trim(),
      };
      const no = !judgment.statement || judgment.span === false || judgment.speaker === false;
      if (no && !judgment.reason) throw new Error(`${file}:${i + 1}: a "n" needs a one-line reason`);
      out.set(`${articleId}:${start}:${end}`, judgment);
    });
  return out;
}

function main(): void {
  const file =
    argument('data') ??
    ['../shared/data/news-2020h1.jsonl', '../../shared/data/news-2020h1.jsonl'].find((path) => existsSync(path)) ??
    '../shared/data/news-2020h1.jsonl';
  const n = Number(argument('n') ?? 100);
  const seed = Number(argument('seed') ?? 2020);
  const judgmentsFile = argument('judgments') ?? 'bench/judgments-2020h1.tsv';
  const drawn = draw(file, n, seed);
  console.log(`${drawn.length} statements drawn (seed ${seed}) from ${file}`);
  if (process.argv.includes('--list') || !existsSync(judgmentsFile)) {
    drawn.forEach(({ articleId, statement, text }, i) => {
      const before = text.slice(Math.max(0, statement.start - 300), statement.start);
      const after = text.slice(statement.end, statement.end + 200);
      console.log(
        `\n#${i + 1} ${articleId}\t${statement.start}\t${statement.end}  [${statement.kind}] speaker=${statement.speaker?.name ?? 'null'} (${statement.speaker?.type ?? '-'}) cue=${statement.cue} confidence=${statement.confidence}`,
      );
      console.log(`  CONTEXT: …${before}⟦${statement.text}⟧${after}…`.replace(/\n/g, ' ¶ '));
    });
    if (!existsSync(judgmentsFile)) console.log(`\nno judgments yet in ${judgmentsFile}`);
    return;
  }
  const judgments = readJudgments(judgmentsFile);
  let judged = 0;
  let statements = 0;
  let spans = 0;
  let speakers = 0;
  let speakerJudged = 0;
  const unjudged: string[] = [];
  for (const { articleId, statement } of drawn) {
    const judgment = judgments.get(`${articleId}:${statement.start}:${statement.end}`);
    if (!judgment) {
      unjudged.push(`${articleId}\t${statement.start}\t${statement.end}`);
      continue;
    }
    judged++;
    if (!judgment.statement) continue;
    statements++;
    if (judgment.span !== false) spans++;
    if (judgment.speaker !== null) {
      speakerJudged++;
      if (judgment.speaker) speakers++;
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  console.log(`judged ${judged} of ${drawn.length} (${judgmentsFile})`);
  console.log(`precision (is a statement): ${pct(statements, judged)} (${statements}/${judged})`);
  console.log(`span right, among statements: ${pct(spans, statements)} (${spans}/${statements})`);
  console.log(`speaker right, among statements: ${pct(speakers, speakerJudged)} (${speakers}/${speakerJudged})`);
  if (unjudged.length)
    console.log(`not judged yet (the draw changed or the file is incomplete):\n${unjudged.join('\n')}`);
}

main();
