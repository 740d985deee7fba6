import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

describe('extraction cases found in the sample articles', () => {
  it('reads a two-word name ending like a company as an organization that speaks', () => {
    const text = 'Northwind Robotics said on Monday that it would cut 200 jobs.';
    const result = extract(text);
    expect(result.entities.map((entity) => [entity.type, entity.name])).toContainEqual([
      'ORGANIZATION',
      'Northwind Robotics',
    ]);
    expect(result.statements[0]).toMatchObject({
      speaker: { name: 'Northwind Robotics', type: 'ORGANIZATION' },
      cue: 'said',
    });
  });

  it('leaves the addressee out of what was told ("told employees in a memo that …")', () => {
    const text = 'Carla Mendes told employees in a memo that the plant would close in June.';
    const [statement] = extract(text).statements;
    expect(statement).toMatchObject({ kind: 'INDIRECT', cue: 'told', speaker: { name: 'Carla Mendes' } });
    expect(statement!.text).toBe('the plant would close in June');
  });

  it('does not take a vote for a statement', () => {
    const text = 'The Riverton City Council voted 5-2 on Tuesday to close the old bridge.';
    expect(extract(text).statements).toEqual([]);
  });
});
