/** Reading CoNLL-2003 files: `token POS chunk IOB1-tag`, blank lines between sentences, -DOCSTART- between documents. */
import { readFileSync } from 'node:fs';
import type { EntityType, TypedRange } from '../tags.js';

export interface ConllSentence {
  tokens: string[];
  /** Gold entities as token ranges. */
  entities: TypedRange[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let tokens: string[] = [];
  let iob: string[] = [];
  const flushSentence = () => {
    if (tokens.length > 0) doc.sentences.push({ tokens, entities: rangesFromIob1(iob) });
    tokens = [];
    iob = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      flushSentence();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { sentences: [] };
    } else if (line.trim() === '') {
      flushSentence();
    } else {
      tokens.push(fields[0]);
      iob.push(fields[fields.length - 1]);
    }
  }
  flushSentence();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}

/** IOB1: I-X continues or opens an X; B-X opens a new X right after another X. */
export function rangesFromIob1(tags: string[]): TypedRange[] {
  const out: TypedRange[] = [];
  let open: TypedRange | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = undefined;
      return;
    }
    const [prefix, type] = tag.split('-') as [string, EntityType];
    if (prefix === 'B' || !open || open.type !== type) {
      open = { type, start: i, end: i + 1 };
      out.push(open);
    } else {
      open.end = i + 1;
    }
  });
  return out;
}
