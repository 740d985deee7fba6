/** Public shapes of the recognizer; index.ts re-exports them. */

export type EntityLabel = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface EntitySpan {
  label: EntityLabel;
  /** UTF-16 index into the text, inclusive. */
  start: number;
  /** UTF-16 index into the text, exclusive. */
  end: number;
  /** Always `text.slice(start, end)`. */
  text: string;
  /** A title written before a person's name ("Russian President"), never part of the span. */
  role?: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}
