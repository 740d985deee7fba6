import { encodeGlobalID } from '@pothos/plugin-relay';
import { NameTakenError } from '../../curation/curation-errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';

builder.objectType(NameTakenError, {
  name: 'NameTakenError',
  description: 'A rename would give an entity the name of another one; merge the two instead.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    existingId: t.id({
      description: 'The global ID of the entity that already has the name.',
      resolve: (error) => encodeGlobalID(error.typename, error.existingId),
    }),
    name: t.exposeString('takenName', { description: 'The name taken, as the other entity has it.' }),
  }),
});

export { NameTakenError };
