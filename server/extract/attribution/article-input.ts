/**
 * What the attribution labeller reads of an article: the tokens and sentences of the shared
 * tokenizer (ner/tokenize.ts), the recognised names, the quotation marks and the statements the
 * rules found (their cues, speakers and contents are features: the model learns where to trust
 * them and what they miss).
 */
import type { DraftStatement } from '../draft-statement.js';
import type { EntitySpan, Token } from '../ner/index.js';
import { splitSentences } from '../ner/sentence-splitter.js';
import { tokenize } from '../ner/tokenize.js';

export interface AttributionInput {
  text: string;
  tokens: Token[];
  /** Token index ranges [start, end) of the sentences. */
  sentences: Array<[number, number]>;
  /** Per character: 1 inside a quotation (marks included). */
  quoted: Uint8Array;
  entities: readonly EntitySpan[];
  ruleDrafts: readonly DraftStatement[];
}

export function buildAttributionInput(
  text: string,
  quoted: Uint8Array,
  entities: readonly EntitySpan[],
  ruleDrafts: readonly DraftStatement[],
): AttributionInput {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens), quoted, entities, ruleDrafts };
}
