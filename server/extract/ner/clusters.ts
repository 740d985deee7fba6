/**
 * Word clusters built by server/extract/ner/training/train-ner.ts (npm run train:ner) from unlabeled news text (distributional k-means at
 * three granularities). A word's cluster ids say "this word is used like these others", which carries
 * what the labeled CoNLL data never showed (names from 2020, say) to the tagger.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { titleCase } from './word-shape.js';

export const CLUSTER_TABLE_URL = new URL('./data/word-clusters.tsv.gz', import.meta.url);

/** word → cluster ids, coarse to fine. */
export type ClusterTable = Map<string, string[]>;

let cached: ClusterTable | undefined;

/** Loaded once on first use; an absent table means no cluster features (the model was trained without). */
export function loadClusterTable(): ClusterTable {
  if (cached) return cached;
  const table: ClusterTable = new Map();
  if (existsSync(CLUSTER_TABLE_URL)) {
    const text = gunzipSync(readFileSync(CLUSTER_TABLE_URL)).toString('utf8');
    for (const line of text.split('\n')) {
      if (!line) continue;
      const fields = line.split('\t');
      table.set(fields[0], fields.slice(1));
    }
  }
  cached = table;
  return table;
}

/** Forget the loaded table (training rebuilds it). */
export function resetClusterTable(): void {
  cached = undefined;
}

/** Cluster ids of a word as written, else of its title-case or lowercase form (ALL CAPS headlines). */
export function clustersOf(table: ClusterTable, word: string): string[] | undefined {
  return table.get(word) ?? table.get(titleCase(word)) ?? table.get(word.toLowerCase());
}
