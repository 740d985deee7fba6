import { builder } from './builder.js';

export interface TextSpanShape {
  start: number;
  end: number;
}

/** A stretch of an article's body by character offsets; the provenance of everything extracted. */
export const TextSpan = builder.objectRef<TextSpanShape>('TextSpan').implement({
  description: 'A stretch of the article body: `body.slice(start, end)` in JavaScript (UTF-16 code units).',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});

/** Reads the `[{start, end}]` JSON that the database keeps for spans. */
export function spansFromJson(value: unknown): TextSpanShape[] {
  return Array.isArray(value) ? (value as TextSpanShape[]) : [];
}
