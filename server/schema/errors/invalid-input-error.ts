import { InvalidInputError } from '../../curation/curation-errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description:
    'An argument is well-formed but cannot be acted on (a blank name, an ID of the wrong type, merging something into itself).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The argument at fault ("sourceIds", "input.name").' }),
    reason: t.exposeString('reason', { description: 'What is wrong, without the place.' }),
  }),
});

export { InvalidInputError };
