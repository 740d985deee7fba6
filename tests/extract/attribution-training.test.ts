import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GoldDocument, GoldQuote } from '../../server/extract/attribution/training/gold-documents.js';
import { trainAttributionModel } from '../../server/extract/attribution/training/train-model.js';

/** A gold quote in the PolNeAR layout, located by its words in the text. */
function quote(text: string, content: string, speaker: string, cue: string, kind: GoldQuote['kind']): GoldQuote {
  const start = text.indexOf(content);
  const speakerStart = text.indexOf(speaker);
  return {
    text: content,
    start,
    end: start + content.length,
    kind,
    speaker,
    speakerStart,
    speakerEnd: speakerStart + speaker.length,
    cue,
    contentSpans: [[start, start + content.length]],
  };
}

/** Five small articles written for this test (never third-party text). */
const DOCS: GoldDocument[] = [
  [
    'Mayor Ana Ruiz said the bridge would reopen in May. Officials doubled down on the plan.',
    'the bridge would reopen in May',
    'Mayor Ana Ruiz',
    'said',
    'indirect',
  ],
  [
    '“We are ready,” said coach Tom Hale. The club believes the season will be long.',
    'We are ready',
    'coach Tom Hale',
    'said',
    'direct',
  ],
  [
    'According to the ministry, exports fell by a tenth. Trade rose elsewhere.',
    'exports fell by a tenth',
    'the ministry',
    'According to',
    'indirect',
  ],
  [
    'Senator Joe Park made clear that he opposes the bill. He spoke on Monday.',
    'he opposes the bill',
    'Senator Joe Park',
    'made clear',
    'indirect',
  ],
  [
    'The union warned that strikes could follow. Talks resume next week, it added.',
    'strikes could follow',
    'The union',
    'warned',
    'indirect',
  ],
].map(([text, content, speaker, cue, kind], i) => ({
  id: `doc-${i}`,
  text,
  quotes: [quote(text, content, speaker, cue, kind as GoldQuote['kind'])],
}));

describe('training the attribution labeller', () => {
  it('gives the same bytes on every run (fixed seed, fixed order)', () => {
    const first = trainAttributionModel(DOCS, { epochs: 2 });
    const second = trainAttributionModel(DOCS, { epochs: 2 });
    const bytes = first.encode();
    expect(Buffer.compare(bytes, second.encode())).toBe(0);
    expect(JSON.stringify(first.calibration)).toBe(JSON.stringify(second.calibration));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(EXPECTED_SHA256);
  });

  it('keeps the words of its examples as weighted features', () => {
    const model = trainAttributionModel(DOCS, { epochs: 4 });
    expect(model.data.featureNames.length).toBeGreaterThan(100);
    expect(model.data.featureNames).toContain('w=clear');
  });
});

/** The hash of the model trained on DOCS with 2 epochs; it changes only when features or training change. */
const EXPECTED_SHA256 = 'b0b037886d5ce660f84166fda6875832b581ee1316ee4606f57ad151e771de1b';
