import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';
import { Speaker } from '../statement.js';

/** A name that matched several people (or organizations) where one was asked for. */
export class AmbiguousNameError extends Error {
  constructor(
    readonly givenName: string,
    readonly candidates: ({ id: number; __typename: 'Person' | 'Organization' } & Record<string, unknown>)[],
  ) {
    super(
      `"${givenName}" matches ${candidates.length} ${candidates[0]?.__typename === 'Organization' ? 'organizations' : 'people'}: ${candidates
        .map((candidate) => `${String(candidate.name)} (id ${candidate.id})`)
        .join(', ')}. Ask for one by its global ID, or by its full name.`,
    );
    this.name = 'AmbiguousNameError';
  }
}

builder.objectType(AmbiguousNameError, {
  name: 'AmbiguousNameError',
  description: 'The name matched several people or organizations; `candidates` lists them with their IDs.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    name: t.exposeString('givenName', { description: 'The name given.' }),
    candidates: t.field({
      type: [Speaker],
      description: 'Everyone it matched, by id: pass one’s `id` to `node(id:)` or to an ID filter.',
      resolve: (error) => error.candidates as never,
    }),
  }),
});
