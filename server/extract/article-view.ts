import { findBoilerplate } from './boilerplate.js';
import { splitParagraphs } from './paragraphs.js';
import { findQuotations, type Quotation } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import type { Span } from './types.js';

export interface SentenceView extends Span {
  index: number;
  paragraph: number;
  /** Inside a photo caption or the "Read more:" trailer. */
  boilerplate: boolean;
  tokens: Token[];
  /** For each token, the index of the quotation it lies in (marks included), or -1. */
  quoteOf: number[];
}

/** The article cut into paragraphs, sentences and tokens, with its quotations and boilerplate. */
export interface ArticleView {
  text: string;
  paragraphs: Span[];
  sentences: SentenceView[];
  quotations: Quotation[];
  boilerplate: Span[];
  /** 1 for every character between (and including) a quotation's marks. */
  quoted: Uint8Array;
}

export function buildArticleView(text: string): ArticleView {
  const paragraphs = splitParagraphs(text);
  const boilerplate = findBoilerplate(text, paragraphs);
  const quotations = findQuotations(text, paragraphs);
  const sentences: SentenceView[] = [];
  let quoteCursor = 0;
  paragraphs.forEach((paragraph, p) => {
    const inBoilerplate = boilerplate.some((span) => paragraph.start >= span.start && paragraph.end <= span.end);
    for (const span of splitSentences(text, paragraph)) {
      const tokens = tokenize(text, span.start, span.end);
      const quoteOf = new Array<number>(tokens.length).fill(-1); // a plain array: far cheaper to make than a typed one
      while (quoteCursor < quotations.length && quotations[quoteCursor].end <= span.start) quoteCursor++;
      for (let q = quoteCursor; q < quotations.length && quotations[q].open < span.end; q++) {
        const quote = quotations[q];
        for (let t = 0; t < tokens.length; t++) {
          if (tokens[t].start >= quote.open && tokens[t].end <= quote.end && insidePieces(quote, tokens[t]))
            quoteOf[t] = q;
        }
      }
      sentences.push({
        start: span.start,
        end: span.end,
        index: sentences.length,
        paragraph: p,
        boilerplate: inBoilerplate,
        tokens,
        quoteOf,
      });
    }
  });
  const quoted = new Uint8Array(text.length);
  for (const quote of quotations) quoted.fill(1, quote.open, quote.end);
  return { text, paragraphs, sentences, quotations, boilerplate, quoted };
}

/** A token is in a quotation when it is one of its marks or inside one of its content pieces. */
function insidePieces(quote: Quotation, token: Token): boolean {
  if (token.start === quote.open || token.end === quote.end) return true;
  return quote.pieces.some((piece) => token.start >= piece.start - 1 && token.end <= piece.end + 1);
}

/** The sentence that contains an offset (binary search). */
export function sentenceAt(view: ArticleView, offset: number): SentenceView | undefined {
  let low = 0;
  let high = view.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = view.sentences[mid];
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return undefined;
}

/** The index of the first token starting at or after `offset` in a sentence. */
export function tokenIndexAt(sentence: SentenceView, offset: number): number {
  let low = 0;
  let high = sentence.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentence.tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
