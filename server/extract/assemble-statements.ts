import type { ArticleView } from './article-view.js';
import { draftEnd, draftStart, type DraftStatement } from './draft-statement.js';
import type { EntityRecord, EntityTable } from './entity-table.js';
import type { ResolvedDraft } from './resolve-speakers.js';
import { EntityTable as Table } from './entity-table.js';
import type { Span, Statement } from './types.js';

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function piecesLength(pieces: Span[]): number {
  return pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0);
}

function piecesOverlap(a: Span[], b: Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += overlap(x, y);
  return total;
}

/**
 * Orders the drafts and drops the redundant ones: reported speech that repeats a direct quotation,
 * and an attribution nested inside another statement's content ("He said he would tell Putin that
 * …": the inner "tell" belongs to what he said, so only the outer statement is kept).
 */
export function selectDrafts(direct: DraftStatement[], reported: DraftStatement[]): DraftStatement[] {
  const kept: DraftStatement[] = [...direct];
  const sortedReported = [...reported].sort((a, b) => draftStart(a) - draftStart(b) || draftEnd(b) - draftEnd(a));
  for (const draft of sortedReported) {
    const length = piecesLength(draft.pieces);
    if (length === 0) continue;
    const clash = kept.some((other) => {
      const shared = piecesOverlap(draft.pieces, other.pieces);
      if (shared === 0) return false;
      if (other.kind === 'DIRECT' && shared / length > 0.5) return true;
      // Nested: this statement's cue lies inside the other's content.
      const cueInside = draft.cue !== null && other.pieces.some((piece) => draft.cue!.start >= piece.start && draft.cue!.end <= piece.end);
      return cueInside;
    });
    if (clash) continue;
    // An earlier-kept statement nested inside this one gives way to it.
    for (let i = kept.length - 1; i >= 0; i--) {
      const other = kept[i];
      if (other.kind === 'DIRECT' || !other.cue) continue;
      const inside = draft.pieces.some((piece) => other.cue!.start >= piece.start && other.cue!.end <= piece.end);
      if (inside) kept.splice(i, 1);
    }
    kept.push(draft);
  }
  return kept.sort((a, b) => draftStart(a) - draftStart(b));
}

/** Drops quotation marks and the comma before a closing mark from the edges of direct-speech pieces. */
function trimQuotedPieces(text: string, pieces: Span[]): Span[] {
  const out: Span[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /[\s“"”]/.test(text[start])) start++;
    while (end > start && /[\s”"“,]/.test(text[end - 1])) end--;
    // Doubled apostrophes ('') used as quotation marks.
    if (text.startsWith("''", start)) start += 2;
    if (end - start > 2 && text.startsWith("''", end - 2)) end -= 2;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out.length > 0 ? out : pieces;
}

export function buildStatements(
  view: ArticleView,
  table: EntityTable,
  resolved: ResolvedDraft[],
  keyOf: Map<EntityRecord, string>,
): Statement[] {
  const { text } = view;
  const statements: Statement[] = [];
  for (const { draft, record, mention } of resolved) {
    const pieces = draft.kind === 'DIRECT' || draft.kind === 'PARTIAL' ? trimQuotedPieces(text, draft.pieces) : draft.pieces.map((p) => ({ ...p }));
    const start = pieces[0].start;
    const end = pieces[pieces.length - 1].end;
    const key = record ? keyOf.get(record) : undefined;
    const mentioned = new Set<string>();
    for (const piece of pieces) {
      for (const ref of table.mentionsIn(piece.start, piece.end)) {
        const mentionedKey = keyOf.get(ref.record);
        if (mentionedKey && ref.mention.start >= piece.start && ref.mention.end <= piece.end) mentioned.add(mentionedKey);
      }
    }
    statements.push({
      start,
      end,
      text: text.slice(start, end),
      kind: draft.kind,
      pieces,
      cue: draft.cue ? text.slice(draft.cue.start, draft.cue.end) : null,
      cueSpan: draft.cue ? { ...draft.cue } : null,
      speaker: record && key ? { entityKey: key, name: Table.nameOf(record), type: Table.reportedType(record) } : null,
      speakerMention: mention ? { ...mention } : null,
      mentionedEntityKeys: [...mentioned],
    });
  }
  return statements;
}
