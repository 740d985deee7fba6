/**
 * Joins the labeller's cue, source and content spans into statement drafts, sentence by sentence:
 * each content span goes to the nearest cue of its sentence, contents sharing a cue become the pieces
 * of one statement, and the source is the source span nearest to that cue. A content without a cue
 * in its sentence is dropped.
 */
import type { DraftStatement } from '../draft-statement.js';
import type { Span, StatementKind } from '../types.js';
import type { AttributionInput } from './article-input.js';
import type { LabelledSentence } from './attribution-model.js';
import { isInside, roleOf, type SpanRole } from './tags.js';

export interface ModelDraft {
  /** With `margin`: the mean per-token margin of the content's tags (the lower of it and the cue's). */
  draft: DraftStatement;
}

interface TokenSpan {
  role: SpanRole;
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  margin: number;
}

function spansOf(tags: Int32Array, margins: Float64Array, offset: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const role = roleOf(tags[i]);
    if (!role || isInside(tags[i])) continue;
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]) && roleOf(tags[j]) === role) j++;
    let margin = 0;
    for (let k = i; k < j; k++) margin += margins[k];
    out.push({ role, from: offset + i, to: offset + j, margin: margin / (j - i) });
  }
  return out;
}

function gap(a: TokenSpan, b: TokenSpan): number {
  return a.to <= b.from ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
}

/** A content span's characters without the complementizer "that" and edge punctuation. */
function contentSpan(text: string, start: number, end: number): Span | null {
  const edge = /[\s.,;:—–-]/;
  while (start < end && edge.test(text[start])) start++;
  while (end > start && edge.test(text[end - 1])) end--;
  if (/^that\s/i.test(text.slice(start, start + 5))) {
    start += 4;
    while (start < end && /\s/.test(text[start])) start++;
  }
  return end > start ? { start, end } : null;
}

function kindOf(quoted: Uint8Array, text: string, pieces: Span[]): StatementKind {
  let inside = 0;
  let letters = 0;
  for (const piece of pieces) {
    for (let k = piece.start; k < piece.end; k++) {
      if (/\s/.test(text[k])) continue;
      letters++;
      if (quoted[k]) inside++;
    }
  }
  if (inside === 0) return 'INDIRECT';
  return inside === letters ? 'DIRECT' : 'MIXED';
}

export function decodeAttributions(
  input: AttributionInput,
  labelled: LabelledSentence[],
  sentenceOf: (offset: number) => number,
): ModelDraft[] {
  const { text, tokens } = input;
  const out: ModelDraft[] = [];
  labelled.forEach(({ tags, margins }, s) => {
    const [from] = input.sentences[s];
    const spans = spansOf(tags, margins, from);
    const cues = spans.filter((span) => span.role === 'CUE');
    const sources = spans.filter((span) => span.role === 'SRC');
    const byCue = new Map<TokenSpan, TokenSpan[]>();
    for (const content of spans) {
      if (content.role !== 'CON' || cues.length === 0) continue;
      let best = cues[0];
      for (const cue of cues) if (gap(cue, content) < gap(best, content)) best = cue;
      const list = byCue.get(best);
      if (list) list.push(content);
      else byCue.set(best, [content]);
    }
    for (const [cue, contents] of byCue) {
      const pieces: Span[] = [];
      let margin = 0;
      for (const content of contents) {
        const piece = contentSpan(text, tokens[content.from].start, tokens[content.to - 1].end);
        if (piece) pieces.push(piece);
        margin += content.margin;
      }
      if (pieces.length === 0) continue;
      let source: TokenSpan | undefined;
      for (const candidate of sources) if (!source || gap(candidate, cue) < gap(source, cue)) source = candidate;
      const cueSpan = { start: tokens[cue.from].start, end: tokens[cue.to - 1].end };
      const sentence = sentenceOf(pieces[0].start);
      out.push({
        draft: {
          kind: kindOf(input.quoted, text, pieces),
          pieces,
          cue: cueSpan,
          cueTier: 'speech',
          speaker: source
            ? {
                start: tokens[source.from].start,
                end: tokens[source.to - 1].end,
                sentence: sentenceOf(tokens[source.from].start),
              }
            : null,
          sentence,
          margin: Math.min(margin / contents.length, cue.margin),
        },
      });
    }
  });
  return out;
}
