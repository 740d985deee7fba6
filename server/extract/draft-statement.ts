import type { CueTier } from './cue-verbs.js';
import type { Span, StatementKind } from './types.js';

/** Where the speaker is written: a noun phrase next to the cue, or "who" after a name. */
export interface SpeakerPhrase extends Span {
  /** Index of the sentence holding the phrase. */
  sentence: number;
  /** An apposition after the name (", the president’s spokesman,"): a role of the speaker. */
  apposition?: Span;
  /** For "who"/"which": the phrase it stands for. */
  antecedent?: Span;
}

/** A statement before its speaker is resolved to an entity. */
export interface DraftStatement {
  kind: StatementKind;
  pieces: Span[];
  cue: Span | null;
  cueTier: CueTier | 'colon' | 'according' | null;
  speaker: SpeakerPhrase | null;
  /** A quote with no attribution of its own that continues the previous speaker's quote. */
  continues?: DraftStatement;
  /** A statement in the same sentence whose subject this one shares ("…, saying …", "and added …"). */
  sharesSubjectWith?: DraftStatement;
  /** Index of the sentence where the content starts. */
  sentence: number;
  /** Set on the learned labeller's drafts: its mean margin over the content (attribution/decode-attributions.ts). */
  margin?: number;
}

export function draftStart(draft: DraftStatement): number {
  return draft.pieces[0].start;
}

export function draftEnd(draft: DraftStatement): number {
  return draft.pieces[draft.pieces.length - 1].end;
}
