import { builder } from './builder.js';
import { InvalidArticleError } from '../ingest/article-input.js';

/** What every expected failure returned as data has: a message a person can read. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as data in a result union.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong and where.' }),
  }),
});

builder.objectType(InvalidArticleError, {
  name: 'InvalidArticleError',
  description: 'The article input is malformed; `field` names the input field at fault when there is one.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', {
      nullable: true,
      description: 'The input field at fault, as a path ("input.article.body", "input.articles[2].url").',
    }),
    reason: t.exposeString('reason', { description: 'What is wrong, without the place.' }),
  }),
});
