import { describe, expect, it } from 'vitest';
import { extract, type Extraction, type Statement } from '../../server/extract/index.js';

/** Hand-written sentences, one construction each. Names are ordinary two-word names the recognizer knows. */

function only(result: Extraction): Statement {
  expect(result.statements).toHaveLength(1);
  return result.statements[0];
}

function slice(text: string, span: { start: number; end: number } | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

describe('direct quotations', () => {
  it('attributes a straight-quoted statement to the person named after it', () => {
    const text = 'John Carter arrived late. "The budget is a disaster," Carter said.';
    const statement = only(extract(text));
    expect(statement.kind).toBe('DIRECT');
    // The content inside the marks, without the comma that belongs to the attribution.
    expect(statement.text).toBe('The budget is a disaster');
    expect(statement.cue).toBe('said');
    expect(slice(text, statement.cueSpan)).toBe('said');
    expect(statement.speaker?.name).toBe('John Carter');
    expect(slice(text, statement.speakerMention)).toBe('Carter');
  });

  it('reads curly quotes with the speaker after the verb ("said Lopez")', () => {
    const text = '“We are ready for the talks,” said Maria Lopez, the foreign minister.';
    const statement = only(extract(text));
    expect(statement.kind).toBe('DIRECT');
    expect(statement.text).toBe('We are ready for the talks');
    expect(statement.speaker?.name).toBe('Maria Lopez');
  });

  it('keeps a multi-sentence quotation as one statement', () => {
    const text = '“The plan failed. We must start again. Nobody is happy,” Maria Lopez said.';
    const statement = only(extract(text));
    expect(statement.text).toBe('The plan failed. We must start again. Nobody is happy');
    expect(statement.pieces).toHaveLength(1);
  });

  it('joins a quotation interrupted by "she said" into one statement with two pieces', () => {
    const text = '“The plan failed,” Maria Lopez said. “We must start again.”';
    const statement = only(extract(text));
    expect(statement.kind).toBe('DIRECT');
    expect(statement.pieces.map((piece) => text.slice(piece.start, piece.end))).toEqual([
      'The plan failed',
      'We must start again.',
    ]);
    expect(statement.text).toBe('The plan failed,” Maria Lopez said. “We must start again.');
    expect(statement.speaker?.name).toBe('Maria Lopez');
  });

  it('follows a quotation across paragraphs that reopen with a quotation mark', () => {
    const text =
      'Mary Jones spoke at length.\n\n“The first point is simple. Taxes will fall.\n\n“The second point is harder,” Jones said.';
    const statement = only(extract(text));
    expect(statement.pieces.map((piece) => text.slice(piece.start, piece.end))).toEqual([
      'The first point is simple. Taxes will fall.',
      'The second point is harder',
    ]);
    expect(statement.speaker?.name).toBe('Mary Jones');
  });

  it('attributes a colon-introduced quotation to the speaker before the colon', () => {
    const text = 'Anna Berg said: “The factory will stay open.”';
    const statement = only(extract(text));
    expect(statement.kind).toBe('DIRECT');
    expect(statement.text).toBe('The factory will stay open.');
    expect(statement.cue).toBe('said');
    expect(statement.speaker?.name).toBe('Anna Berg');
  });

  it('resolves "he added" to the person named before', () => {
    const text = 'Peter Brown met the mayor on Monday.\n\n“We will wait for the right time,” he added.';
    const statement = only(extract(text));
    expect(statement.cue).toBe('added');
    expect(slice(text, statement.speakerMention)).toBe('he');
    expect(statement.speaker?.name).toBe('Peter Brown');
  });

  it('resolves "she" past a man named later in the sentence before', () => {
    const text = 'Angela Merkel met Peter Brown in Berlin. “We disagree on trade,” she said.';
    expect(only(extract(text)).speaker?.name).toBe('Angela Merkel');
  });

  it('does not treat scare quotes or titles as statements', () => {
    expect(extract('The so-called “experts” gathered in the hall.').statements).toEqual([]);
    expect(extract('She watched “Saturday Night Live” with friends.').statements).toEqual([]);
  });
});

describe('reported speech', () => {
  it('takes the clause after "said that" as indirect content', () => {
    const text = 'Anna Berg said that the factory would close next year.';
    const statement = only(extract(text));
    expect(statement.kind).toBe('INDIRECT');
    expect(statement.text).toBe('the factory would close next year');
    expect(statement.speaker?.name).toBe('Anna Berg');
  });

  it('reads "according to" before and after the content', () => {
    const before = only(extract('According to Anna Berg, the factory will close.'));
    expect(before.cue).toBe('According to');
    expect(before.text).toBe('the factory will close');
    expect(before.speaker?.name).toBe('Anna Berg');
    const after = only(extract('The factory will close, according to Anna Berg.'));
    expect(after.text).toBe('The factory will close');
    expect(after.speaker?.name).toBe('Anna Berg');
  });

  it('reads content before "…, X said." and around an inserted "X said"', () => {
    const closing = only(extract('The talks ended early, Peter Brown said.'));
    expect(closing.text).toBe('The talks ended early');
    expect(closing.speaker?.name).toBe('Peter Brown');
    const text = 'The economy, Anna Berg said, is recovering slowly.';
    const inserted = only(extract(text));
    expect(inserted.pieces.map((piece) => text.slice(piece.start, piece.end))).toEqual([
      'The economy',
      'is recovering slowly',
    ]);
  });

  it('handles confirm, deny and warn (with an addressee)', () => {
    expect(only(extract('Anna Berg denied that she had met the lobbyists.'))).toMatchObject({
      cue: 'denied',
      text: 'she had met the lobbyists',
    });
    expect(only(extract('Peter Brown warned lawmakers that the bill would fail.'))).toMatchObject({
      cue: 'warned',
      text: 'the bill would fail',
    });
    expect(only(extract('Anna Berg told reporters the plan would fail.'))).toMatchObject({
      cue: 'told',
      text: 'the plan would fail',
    });
  });

  it('lets an organization speak', () => {
    const statement = only(extract('The Kremlin confirmed that the visit had been canceled.'));
    expect(statement.cue).toBe('confirmed');
    expect(statement.text).toBe('the visit had been canceled');
    expect(statement.speaker).toMatchObject({ name: 'Kremlin', type: 'ORGANIZATION' });
  });

  it('treats a country that speaks as an organization speaker (", saying …")', () => {
    const statement = only(extract('The United States halted talks, saying Russia had failed to keep its promises.'));
    expect(statement.cue).toBe('saying');
    expect(statement.text).toBe('Russia had failed to keep its promises');
    expect(statement.speaker).toMatchObject({ name: 'United States', type: 'ORGANIZATION' });
  });

  it('makes reported speech with quoted fragments MIXED, one statement per reported clause', () => {
    const text = 'Peter Brown said the deal was “a historic mistake” and called the vote a “farce.”';
    const { statements } = extract(text);
    expect(statements.map((s) => [s.kind, s.cue, s.text, s.speaker?.name])).toEqual([
      ['MIXED', 'said', 'the deal was “a historic mistake”', 'Peter Brown'],
      ['MIXED', 'called', 'the vote a “farce.”', 'Peter Brown'],
    ]);
  });

  it('calls a lone lowercase fragment quoted right after the verb PARTIAL', () => {
    const statement = only(extract('Peter Brown warned that “the talks could collapse.”'));
    expect(statement.kind).toBe('PARTIAL');
    expect(statement.text).toBe('the talks could collapse.');
    expect(statement.speaker?.name).toBe('Peter Brown');
  });

  it('records the entities mentioned inside a statement', () => {
    const text = 'Peter Brown said he would call Anna Berg on Friday.';
    const { statements, entities } = extract(text);
    const berg = entities.find((entity) => entity.name === 'Anna Berg');
    expect(berg).toBeDefined();
    expect(statements[0].mentionedEntityKeys).toContain(berg!.key);
  });
});

describe('boilerplate', () => {
  const text = [
    'Anna Berg, right, and Peter Brown at a meeting in Oslo. (John Smith/AP)',
    'The talks ended early, Brown said.',
    'Read more:',
    '“This is not a statement,” Berg said.',
  ].join('\n\n');

  it('returns the photo caption and the "Read more:" trailer and takes no statements from them', () => {
    const result = extract(text);
    expect(result.boilerplate.map((span) => text.slice(span.start, span.end))).toEqual([
      'Anna Berg, right, and Peter Brown at a meeting in Oslo. (John Smith/AP)',
      'Read more:\n\n“This is not a statement,” Berg said.',
    ]);
    expect(result.statements.map((statement) => statement.text)).toEqual(['The talks ended early']);
  });

  it('still counts the entities named in a caption', () => {
    const names = extract(text).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Anna Berg', 'Peter Brown']));
  });

  it('recognises other credit styles', () => {
    for (const credit of ['(Photo: Reuters)', '(Getty Images)']) {
      const caption = `The minister arrives in Brussels. ${credit}\n\n“We will talk,” the minister said.`;
      const result = extract(caption);
      expect(result.boilerplate).toHaveLength(1);
      expect(caption.slice(result.boilerplate[0].start, result.boilerplate[0].end)).toContain(credit);
    }
  });
});
