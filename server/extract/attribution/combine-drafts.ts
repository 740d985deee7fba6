/**
 * Puts the labeller's statements beside the rules' ones. The rules are kept where they fire (they
 * are precise, above all on quotations); a learned statement is added where it shares no content
 * with a rule statement and its cue is not inside another statement's content.
 */
import { draftStart, type DraftStatement } from '../draft-statement.js';
import type { Span } from '../types.js';
import type { ModelDraft } from './decode-attributions.js';

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function inside(span: Span | null, pieces: Span[]): boolean {
  return !!span && pieces.some((piece) => span.start >= piece.start && span.end <= piece.end);
}

export function combineDrafts(rules: DraftStatement[], learned: ModelDraft[]): DraftStatement[] {
  const added: DraftStatement[] = [];
  // Rules are sorted by start: a window over them is enough (contents are at most a few sentences).
  for (const { draft } of learned) {
    const clash = rules.some(
      (rule) => overlaps(rule.pieces, draft.pieces) || inside(draft.cue, rule.pieces) || inside(rule.cue, draft.pieces),
    );
    if (!clash) added.push(draft);
  }
  return [...rules, ...added].sort((a, b) => draftStart(a) - draftStart(b));
}
