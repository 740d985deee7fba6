import { encodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../../curation/curation-errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Nothing has the ID given (it never existed, or was merged or deleted).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    id: t.id({
      description: 'The global ID that was not found.',
      resolve: (error) => encodeGlobalID(error.typename, error.id),
    }),
    entityType: t.exposeString('typename', { description: 'The type of object that was looked for ("Person").' }),
  }),
});

export { NotFoundError };
