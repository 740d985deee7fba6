/** Lazy, cached loading of the committed model and cluster table (read once, on first use). */
import { existsSync, readFileSync } from 'node:fs';
import { loadClusterTable } from './clusters.js';
import { decodeModel } from './model-file.js';
import { SequenceTagger } from './sequence-tagger.js';

export const MODEL_URL = new URL('./data/ner-model.bin.gz', import.meta.url);

let tagger: SequenceTagger | null | undefined;

/** The tagger, or null when the weights file is missing or unreadable (callers fall back to rules). */
export function loadTagger(): SequenceTagger | null {
  if (tagger !== undefined) return tagger;
  try {
    tagger = existsSync(MODEL_URL)
      ? new SequenceTagger(decodeModel(readFileSync(MODEL_URL)), loadClusterTable())
      : null;
  } catch {
    tagger = null;
  }
  return tagger;
}
