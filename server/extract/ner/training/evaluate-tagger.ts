/** Model-only scores on CoNLL documents (gold tokenization, no rules): what training tunes against. */
import type { ClusterTable } from '../clusters.js';
import type { ModelData } from '../model-file.js';
import { SequenceTagger } from '../sequence-tagger.js';
import type { ConllDocument } from './conll.js';
import { EntityScorer, type TypeScore } from './entity-scores.js';

export function evaluateTagger(
  model: ModelData,
  clusters: ClusterTable,
  documents: ConllDocument[],
): Record<string, TypeScore> {
  const tagger = new SequenceTagger(model, clusters);
  const scorer = new EntityScorer();
  let n = 0;
  for (const doc of documents) {
    const predicted = tagger.tagDocument(doc.sentences.map((s) => s.tokens));
    doc.sentences.forEach((s, i) => {
      const key = (r: { start: number; end: number }) => `${n}:${r.start}:${r.end}`;
      scorer.add(
        s.entities.map((r) => ({ type: r.type, key: key(r) })),
        predicted[i].map((r) => ({ type: r.type, key: key(r) })),
      );
      n++;
    });
  }
  return scorer.scores(['PER', 'ORG', 'LOC', 'MISC']);
}
