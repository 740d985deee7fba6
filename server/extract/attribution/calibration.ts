/**
 * Statement confidence: the share of statements like this one that were right (30% rule) on
 * documents the model did not train on. "Like this one" is the finest bin with enough statements:
 * origin (a rule for quotations, for reported speech, for labels with a colon, or the labeller),
 * the cue tier or the labeller's margin, and whether the speaker resolved to an entity.
 */
export interface StatementEvidence {
  origin: 'direct' | 'reported' | 'colon' | 'model';
  /** The rules' cue tier, or the labeller's margin bucket. */
  detail: string;
  hasSpeaker: boolean;
}

/** bin key → [right, total]. */
export type Calibration = Record<string, [number, number]>;

const MIN_BIN = 25;

/** The labeller's margin (summed perceptron weights, so in update counts) in coarse steps. */
export function marginBucket(margin: number): string {
  for (const bound of [-400, -200, -100, 0, 100]) if (margin < bound) return `m<${bound}`;
  return 'm>=100';
}

/** Bin keys from fine to coarse. */
export function binKeys(evidence: StatementEvidence): string[] {
  const { origin, detail, hasSpeaker } = evidence;
  return [`${origin}|${detail}|${hasSpeaker ? 'S' : '-'}`, `${origin}|${detail}`, origin];
}

export function addToCalibration(calibration: Calibration, evidence: StatementEvidence, right: boolean): void {
  for (const key of binKeys(evidence)) {
    const bin = (calibration[key] ??= [0, 0]);
    bin[0] += right ? 1 : 0;
    bin[1] += 1;
  }
}

/** The smoothed share of right statements in the finest bin holding at least MIN_BIN; 0.5 when none does. */
export function confidenceOf(calibration: Calibration | null, evidence: StatementEvidence): number {
  if (!calibration) return 0.5;
  for (const key of binKeys(evidence)) {
    const bin = calibration[key];
    if (bin && bin[1] >= MIN_BIN) return Math.round(((bin[0] + 1) / (bin[1] + 2)) * 1000) / 1000;
  }
  return 0.5;
}
