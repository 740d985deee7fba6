import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../server/cli/bin.js', import.meta.url));

/** `newsgraph extract` as users and evaluators run it: the real binary, JSONL through stdin/stdout. */
function runExtract(input: string) {
  return spawnSync(process.execPath, [BIN, 'extract'], { input, encoding: 'utf8' });
}

describe('newsgraph extract', () => {
  it('writes one line per input in the stable contract shape', () => {
    const text = '“We will build it,” said Maria Lopez, the mayor. The company denied that it had closed the plant.';
    const result = runExtract(`${JSON.stringify({ id: 7, text })}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(Object.keys(record).sort()).toEqual(['id', 'organizations', 'people', 'statements']);
    expect(record.id).toBe(7);
    const nameStart = text.indexOf('Maria Lopez');
    const nameSpan = { start: nameStart, end: nameStart + 'Maria Lopez'.length };
    expect(record.people).toEqual([
      { name: 'Maria Lopez', mentions: expect.arrayContaining([{ ...nameSpan, text: 'Maria Lopez', form: 'NAME' }]) },
    ]);
    const quote = record.statements.find((statement: any) => statement.kind === 'DIRECT');
    expect(quote).toEqual({
      text: text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      kind: 'DIRECT',
      cue: 'said',
      speaker: { name: 'Maria Lopez', type: 'PERSON' },
      speakerMention: nameSpan,
    });
    expect(quote.text).toContain('We will build it');
  });

  it('gives every mention its form: NAME, SHORT_NAME, ACRONYM, ROLE or PRONOUN', () => {
    const text =
      'The International Criminal Court opened the case on Monday. Russian President Vladimir Putin, ' +
      'the Russian leader, said the ICC had no standing. Putin added that he would not go to The Hague.';
    const result = runExtract(`${JSON.stringify({ id: 'forms', text })}\n`);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout);
    const mentions = [...record.people, ...record.organizations].flatMap((entity: any) => entity.mentions);
    for (const mention of mentions) {
      expect(Object.keys(mention).sort()).toEqual(['end', 'form', 'start', 'text']);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    const formOf = (written: string) => mentions.find((mention: any) => mention.text === written)?.form;
    expect(formOf('Vladimir Putin')).toBe('NAME');
    expect(formOf('Putin')).toBe('SHORT_NAME');
    expect(formOf('International Criminal Court')).toBe('NAME');
    expect(formOf('ICC')).toBe('ACRONYM');
    expect(formOf('the Russian leader')).toBe('ROLE');
    expect(formOf('he')).toBe('PRONOUN');
  });

  it('answers a bad line with an error line naming it, keeps going, and exits non-zero', () => {
    const result = runExtract(['{"id": 1, "text": "Nothing to see."}', 'not json', '{"id": 3}'].join('\n'));
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, statements: [] });
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^stdin:2: invalid JSON/) });
    expect(lines[2]).toEqual({ id: 3, error: 'stdin:3: field "text" must be a string' });
    expect(result.stderr).toContain('stdin:2');
    expect(result.status).toBe(1);
  });

  it('prints help naming the commands', () => {
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toMatch(
      /extract[\s\S]*ingest[\s\S]*migrate/,
    );
  });
});
