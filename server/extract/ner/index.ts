/**
 * The people/organization recognizer: an averaged-perceptron BILOU tagger trained on CoNLL-2003
 * (weights in ./data, loaded on first use) with rules for titles, possessives and institutions.
 * Falls back to capitalization rules alone when the weights cannot be loaded.
 */
import { recognizeHeuristically } from './heuristic-recognizer.js';
import { loadTagger } from './model-loader.js';
import { recognizeStatistically } from './statistical-recognizer.js';
import type { EntitySpan } from './types.js';

export type { EntityLabel, EntitySpan, Token } from './types.js';
export { tokenize } from './tokenize.js';

/** Pure and synchronous; offsets are UTF-16 indexes into `text`, end exclusive. Never throws. */
export function recognizeEntities(text: string): EntitySpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const tagger = loadTagger();
    return tagger ? recognizeStatistically(text, tagger) : recognizeHeuristically(text);
  } catch {
    try {
      return recognizeHeuristically(text);
    } catch {
      return [];
    }
  }
}
