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

/** The stretch a draft touches: its content and its cue. */
function reach(draft: DraftStatement): Span {
  let start = draftStart(draft);
  let end = draftEnd(draft);
  if (draft.cue) {
    start = Math.min(start, draft.cue.start);
    end = Math.max(end, draft.cue.end);
  }
  return { start, end };
}

const BUCKET = 512;

/** Drafts filed by 512-character buckets, so that only neighbours are compared (no quadratic scan). */
class DraftIndex {
  private readonly buckets = new Map<number, DraftStatement[]>();
  readonly removed = new Set<DraftStatement>();

  add(draft: DraftStatement): void {
    const { start, end } = reach(draft);
    for (let b = Math.floor(start / BUCKET); b <= Math.floor(end / BUCKET); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(draft);
      else this.buckets.set(b, [draft]);
    }
  }

  near(draft: DraftStatement): DraftStatement[] {
    const { start, end } = reach(draft);
    const found = new Set<DraftStatement>();
    for (let b = Math.floor(start / BUCKET); b <= Math.floor(end / BUCKET); b++) {
      for (const other of this.buckets.get(b) ?? []) if (!this.removed.has(other)) found.add(other);
    }
    return [...found];
  }
}

function cueInside(draft: DraftStatement, pieces: Span[]): boolean {
  const cue = draft.cue;
  return cue !== null && pieces.some((piece) => cue.start >= piece.start && cue.end <= piece.end);
}

/**
 * Orders the drafts and drops the redundant ones: reported speech that repeats a direct quotation,
 * and an attribution nested inside another statement's content ("He said he would tell Putin that
 * …": the inner "tell" belongs to what he said, so only the outer statement is kept).
 */
export function selectDrafts(direct: DraftStatement[], reported: DraftStatement[]): DraftStatement[] {
  const index = new DraftIndex();
  const kept: DraftStatement[] = [];
  for (const draft of direct) {
    index.add(draft);
    kept.push(draft);
  }
  const sortedReported = [...reported].sort((a, b) => draftStart(a) - draftStart(b) || draftEnd(b) - draftEnd(a));
  for (const draft of sortedReported) {
    const length = piecesLength(draft.pieces);
    if (length === 0) continue;
    const neighbours = index.near(draft);
    const clash = neighbours.some((other) => {
      const shared = piecesOverlap(draft.pieces, other.pieces);
      if (shared === 0) return false;
      if (other.kind === 'DIRECT' && shared / length > 0.5) return true;
      return cueInside(draft, other.pieces); // nested inside the other's content
    });
    if (clash) continue;
    // An earlier-kept statement nested inside this one gives way to it.
    for (const other of neighbours) {
      if (other.kind !== 'DIRECT' && cueInside(other, draft.pieces)) index.removed.add(other);
    }
    index.add(draft);
    kept.push(draft);
  }
  return kept.filter((draft) => !index.removed.has(draft)).sort((a, b) => draftStart(a) - draftStart(b));
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
  confidenceAt: (index: number) => number,
): Statement[] {
  const { text } = view;
  const statements: Statement[] = [];
  resolved.forEach(({ draft, record, mention }, index) => {
    const pieces =
      draft.kind === 'DIRECT' || draft.kind === 'PARTIAL'
        ? trimQuotedPieces(text, draft.pieces)
        : draft.pieces.map((p) => ({ ...p }));
    const start = pieces[0].start;
    const end = pieces[pieces.length - 1].end;
    const key = record ? keyOf.get(record) : undefined;
    const mentioned = new Set<string>();
    for (const piece of pieces) {
      for (const ref of table.mentionsIn(piece.start, piece.end)) {
        const mentionedKey = keyOf.get(ref.record);
        if (mentionedKey && ref.mention.start >= piece.start && ref.mention.end <= piece.end)
          mentioned.add(mentionedKey);
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
      content: pieces.map((piece) => text.slice(piece.start, piece.end)).join(' '),
      confidence: confidenceAt(index),
    });
  });
  return statements;
}
