import { IngestFailedError } from '../../curation/curation-errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';

builder.objectType(IngestFailedError, {
  name: 'IngestFailedError',
  description:
    'One article of a batch could not be stored for an unexpected reason (the database refused it or went away); nothing of it was written, and the other articles were still tried.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The URL given.' }),
  }),
});

export { IngestFailedError };
