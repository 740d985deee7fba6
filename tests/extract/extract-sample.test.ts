import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

// The lead's fixture: line 1 the URL, then two integer lines, then the body.
const fixture = fileURLToPath(new URL('../fixtures/articles/putin-cancels-paris-visit.txt', import.meta.url));
const body = readFileSync(fixture, 'utf8').split('\n').slice(3).join('\n');

describe('sample article: Putin cancels Paris visit', () => {
  const result = extract(body);
  const entity = (name: string) => result.entities.find((e) => e.name === name);

  it('finds the people and organizations', () => {
    for (const name of [
      'Vladimir Putin',
      'François Hollande',
      'Dmitri Peskov',
      'Angela Merkel',
      'Petro Poroshenko',
      'Bashar al-Assad',
    ]) {
      expect(entity(name)?.type, name).toBe('PERSON');
    }
    for (const name of ['Kremlin', 'International Criminal Court', 'U.N. Security Council']) {
      expect(entity(name)?.type, name).toBe('ORGANIZATION');
    }
    expect(entity('Vladimir Putin')?.aliases).toContain('Putin');
    expect(entity('François Hollande')?.aliases).toContain('Hollande');
  });

  it('attributes "We will wait …" to Dmitri Peskov with the cue "added"', () => {
    const statement = result.statements.find((s) => s.text.startsWith('We will wait for this convenient time to come'));
    expect(statement).toMatchObject({
      kind: 'DIRECT',
      cue: 'added',
      speaker: { name: 'Dmitri Peskov', type: 'PERSON' },
    });
    expect(statement!.text).toBe('We will wait for this convenient time to come');
    expect(body.slice(statement!.speakerMention!.start, statement!.speakerMention!.end)).toBe('he');
  });

  it('attributes "I asked myself the question …" to François Hollande with the cue "said"', () => {
    const statement = result.statements.find((s) => s.text.startsWith('I asked myself the question: Is it useful?'));
    expect(statement).toMatchObject({ kind: 'DIRECT', cue: 'said', speaker: { name: 'François Hollande' } });
  });

  it('has the Kremlin and the United States speak', () => {
    const kremlin = result.statements.find((s) => s.cue === 'confirmed');
    expect(kremlin?.speaker?.name).toBe('Kremlin');
    expect(kremlin?.text.startsWith('an Oct. 18 visit to Paris had been canceled')).toBe(true);
    const unitedStates = result.statements.find((s) => s.text.startsWith('Russia had “failed to live up'));
    expect(unitedStates?.speaker).toMatchObject({ name: 'United States', type: 'ORGANIZATION' });
  });

  it('reads the partial quotes of Hollande as reported speech with quoted words', () => {
    const said = result.statements.find((s) => s.text.startsWith('he would tell Putin'));
    expect(said).toMatchObject({ kind: 'MIXED', cue: 'said', speaker: { name: 'François Hollande' } });
    expect(said!.text).toContain('“unacceptable”');
    const called = result.statements.filter((s) => s.text.includes('“war crime'));
    expect(called.length).toBeGreaterThan(0);
    for (const statement of called) expect(statement.speaker?.name).toBe('François Hollande');
  });

  it('keeps the caption and the trailer as boilerplate, without statements', () => {
    expect(result.boilerplate).toHaveLength(2);
    expect(body.slice(result.boilerplate[0].start, result.boilerplate[0].end)).toMatch(
      /\(Alexander Zemlianichenko\/AP\)$/,
    );
    expect(body.slice(result.boilerplate[1].start)).toMatch(/^Read more:/);
    for (const statement of result.statements) {
      for (const span of result.boilerplate)
        expect(statement.end <= span.start || statement.start >= span.end).toBe(true);
    }
  });

  it('does not make statements of scare quotes', () => {
    expect(result.statements.some((s) => s.text === 'so-called terrorist groups')).toBe(false);
  });
});
