import { isWhitespace } from './ner/word-shape.js';
import type { Span } from './types.js';

/** Paragraphs are the non-blank lines of the text (articles put one paragraph per line). */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
  }
  return paragraphs;
}
