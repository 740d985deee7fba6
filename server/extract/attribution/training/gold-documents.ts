/**
 * Gold attributions in the PolNeAR layout of ../shared/data/polnear-dev.jsonl (see its README):
 * content pieces and the speaker as offsets, the cue as text only (found here next to its content).
 */
import { readFileSync } from 'node:fs';

export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  contentSpans: Array<[number, number]>;
}

export interface GoldDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export function readGoldDocuments(file: string): GoldDocument[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const docs: GoldDocument[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let doc: GoldDocument;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof doc.id !== 'string' || typeof doc.text !== 'string' || !Array.isArray(doc.quotes))
      throw new Error(`${file}:${i + 1}: expected "id" and "text" strings and a "quotes" array`);
    docs.push(doc);
  });
  return docs;
}

/** Where the cue is written: its occurrence nearest to the content (and outside it), or null. */
export function findCue(text: string, quote: GoldQuote): [number, number] | null {
  if (!quote.cue) return null;
  const low = Math.max(0, Math.min(quote.start, quote.speakerStart ?? quote.start) - 200);
  const high = Math.min(text.length, Math.max(quote.end, quote.speakerEnd ?? quote.end) + 200);
  const window = text.slice(low, high);
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let at = window.indexOf(quote.cue); at >= 0; at = window.indexOf(quote.cue, at + 1)) {
    const start = low + at;
    const end = start + quote.cue.length;
    if (quote.contentSpans.some(([s, e]) => start >= s && end <= e)) continue;
    const distance = Math.min(
      ...quote.contentSpans.map(([s, e]) => (end <= s ? s - end : start >= e ? start - e : 0)),
      quote.speakerStart !== null && quote.speakerEnd !== null
        ? Math.min(Math.abs(start - quote.speakerEnd), Math.abs(quote.speakerStart - end))
        : Infinity,
    );
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [start, end];
    }
  }
  return best;
}
