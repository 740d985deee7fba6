/** conlleval-style entity scores: a predicted entity counts only with the exact type and token range. */

export interface ScoredEntity {
  type: string;
  /** Any key that identifies the position uniquely, e.g. `${sentence}:${startToken}:${endToken}`. */
  key: string;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export class EntityScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(gold: ScoredEntity[], predicted: ScoredEntity[]): void {
    const goldKeys = new Set(gold.map((e) => `${e.type}|${e.key}`));
    for (const e of gold) this.bucket(e.type).gold++;
    for (const e of predicted) {
      this.bucket(e.type).predicted++;
      if (goldKeys.has(`${e.type}|${e.key}`)) this.bucket(e.type).correct++;
    }
  }

  /** Scores per type, plus 'overall' over the types given. */
  scores(types: readonly string[]): Record<string, TypeScore> {
    const out: Record<string, TypeScore> = {};
    const all = { gold: 0, predicted: 0, correct: 0 };
    for (const type of types) {
      const c = this.bucket(type);
      out[type] = score(c);
      all.gold += c.gold;
      all.predicted += c.predicted;
      all.correct += c.correct;
    }
    out.overall = score(all);
    return out;
  }

  private bucket(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  }
}

function score(c: { gold: number; predicted: number; correct: number }): TypeScore {
  const precision = c.predicted ? (100 * c.correct) / c.predicted : 0;
  const recall = c.gold ? (100 * c.correct) / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

export function formatScores(scores: Record<string, TypeScore>): string {
  return Object.entries(scores)
    .map(
      ([type, s]) =>
        `${type.padEnd(8)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`,
    )
    .join('\n');
}
