import type { Span } from './types.js';

/** One quotation: its marks and the content inside them (one piece per paragraph it runs through). */
export interface Quotation {
  /** Index of the opening mark. */
  open: number;
  /** End of the closing mark (exclusive), or the paragraph end when the quote is never closed. */
  end: number;
  pieces: Span[];
  closed: boolean;
}

/**
 * The index of the next quotation mark in text[from, end), or -1: curly “ ”, straight ", and the
 * doubled apostrophes '' some archives (the NYT) use. Scanning by hand stops at the paragraph's end,
 * where a pattern search would run on through the rest of the text.
 */
function nextMark(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34 || (c === 39 && text.charCodeAt(i + 1) === 39)) return i;
  }
  return -1;
}

function markLength(text: string, index: number): number {
  return text.charCodeAt(index) === 39 ? 2 : 1;
}

const OPENS_AFTER = /[\s(\[{—–\-\/:]/;

type Style = '“' | '"' | "''";

/**
 * Finds double-quoted stretches. A paragraph that opens a quote and does not close it continues
 * into the next paragraph when that one opens with a quotation mark of the same style (the
 * newspaper convention for a quote running over several paragraphs).
 */
export function findQuotations(text: string, paragraphs: Span[]): Quotation[] {
  const quotations: Quotation[] = [];
  let carried: Quotation | null = null;
  let carriedStyle: Style = '“';
  for (const paragraph of paragraphs) {
    let current: Quotation | null = null;
    let style: Style = '“';
    let pieceStart = -1;
    let from = paragraph.start;
    if (carried) {
      const opener = markAt(text, paragraph.start);
      if (opener === carriedStyle) {
        current = carried;
        style = carriedStyle;
        pieceStart = paragraph.start + opener.length;
        from = pieceStart;
      } else {
        quotations.push(carried); // never continued: it ends where its paragraph ended
      }
      carried = null;
    }
    for (
      let i = nextMark(text, from, paragraph.end);
      i >= 0;
      i = nextMark(text, i + markLength(text, i), paragraph.end)
    ) {
      const mark = (text.charCodeAt(i) === 39 ? "''" : text[i]) as Style | '”';
      const before = i === paragraph.start ? ' ' : text[i - 1];
      const after = i + mark.length < paragraph.end ? text[i + mark.length] : ' ';
      if (!current) {
        if (mark === '”') continue; // a stray closing mark
        if (mark !== '“' && !OPENS_AFTER.test(before) && /\s/.test(after)) continue; // a stray closer
        if (mark === "''" && /[\p{L}\p{N}]/u.test(before)) continue; // "'80s''" or a typo, not an opener
        current = { open: i, end: i + mark.length, pieces: [], closed: false };
        style = mark;
        pieceStart = i + mark.length;
        continue;
      }
      const closes =
        (style === '“' && (mark === '”' || (mark === '“' && !/\s/.test(before) && /[\s.,;:!?)]/.test(after)))) ||
        (style !== '“' && mark === style);
      if (!closes) continue;
      if (i > pieceStart) current.pieces.push({ start: pieceStart, end: i });
      current.end = i + mark.length;
      current.closed = true;
      if (current.pieces.length > 0) quotations.push(current);
      current = null;
    }
    if (current) {
      if (paragraph.end > pieceStart) current.pieces.push({ start: pieceStart, end: paragraph.end });
      current.end = paragraph.end;
      carried = current.pieces.length > 0 ? current : null;
      carriedStyle = style;
    }
  }
  if (carried) quotations.push(carried);
  return quotations;
}

function markAt(text: string, index: number): Style | undefined {
  if (text.startsWith("''", index)) return "''";
  const char = text[index];
  return char === '“' || char === '"' ? char : undefined;
}
