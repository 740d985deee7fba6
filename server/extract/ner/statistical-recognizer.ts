/** Tokens → sentences → model entities → rules → spans with character offsets. */
import { applyEntityRules, type TokenEntity } from './entity-rules.js';
import type { SequenceTagger } from './sequence-tagger.js';
import { splitSentences } from './sentence-splitter.js';
import type { EntityType } from './tags.js';
import { tokenize } from './tokenize.js';
import type { EntityLabel, EntitySpan } from './types.js';

const LABELS: Record<EntityType, EntityLabel> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };

export function recognizeStatistically(text: string, tagger: SequenceTagger): EntitySpan[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const words = sentences.map(([start, end]) => tokens.slice(start, end).map((t) => t.text));
  const tagged = tagger.tagDocument(words);
  const entities: TokenEntity[] = [];
  sentences.forEach(([offset], i) => {
    for (const r of tagged[i]) entities.push({ type: r.type, start: offset + r.start, end: offset + r.end });
  });
  return applyEntityRules(text, tokens, sentences, entities).map((e) => {
    const start = tokens[e.start].start;
    const end = tokens[e.end - 1].end;
    const span: EntitySpan = { label: LABELS[e.type], start, end, text: text.slice(start, end) };
    if (e.role !== undefined) span.role = e.role;
    return span;
  });
}
