import { builder } from '../builder.js';
import { TextSpan, type TextSpanShape } from '../text-span.js';

export interface SnippetShape {
  text: string;
  highlights: TextSpanShape[];
}

// ts_headline marks matches with these control characters; they never occur in stored text that
// matters, and unlike HTML tags they cannot be confused with the text itself.
const START = '\u0002';
const STOP = '\u0003';

/** ts_headline options marking matches with START/STOP. */
export function headlineOptions(words: { min: number; max: number; fragments: number }): string {
  return `StartSel="${START}", StopSel="${STOP}", MinWords=${words.min}, MaxWords=${words.max}, MaxFragments=${words.fragments}, FragmentDelimiter=" … "`;
}

/** Splits ts_headline output into plain text and the offsets of its highlighted words. */
export function parseHeadline(marked: string): SnippetShape {
  let text = '';
  const highlights: TextSpanShape[] = [];
  let open: number | undefined;
  for (const character of marked) {
    if (character === START) open = text.length;
    else if (character === STOP) {
      if (open !== undefined) highlights.push({ start: open, end: text.length });
      open = undefined;
    } else text += character;
  }
  return { text, highlights };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const Snippet = builder.objectRef<SnippetShape>('Snippet').implement({
  description: 'An excerpt around the words a search matched, with those words located.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The excerpt as plain text (several fragments are joined by " … ").' }),
    highlights: t.field({
      type: [TextSpan],
      description: 'Where the matched words are in `text` (UTF-16 offsets, as JavaScript slices).',
      resolve: (snippet) => snippet.highlights,
    }),
    html: t.string({
      description: 'The excerpt as HTML-escaped text with each match in <mark>…</mark>: safe to insert into a page.',
      resolve: ({ text, highlights }) => {
        let html = '';
        let at = 0;
        for (const { start, end } of highlights) {
          html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
          at = end;
        }
        return html + escapeHtml(text.slice(at));
      },
    }),
  }),
});
