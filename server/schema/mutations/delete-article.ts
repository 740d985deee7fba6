import { encodeGlobalID } from '@pothos/plugin-relay';
import { InvalidInputError, NotFoundError } from '../../curation/curation-errors.js';
import { deleteArticle, type DeleteResult } from '../../curation/delete-article.js';
import { builder } from '../builder.js';
import '../errors/invalid-input-error.js';
import '../errors/not-found-error.js';
import { idOfType } from './mutation-ids.js';

const DeleteArticlePayload = builder.objectRef<DeleteResult>('DeleteArticlePayload').implement({
  description: 'The article that was deleted.',
  fields: (t) => ({
    deletedId: t.id({
      description: 'The global ID the article had.',
      resolve: (result) => encodeGlobalID('Article', result.articleId),
    }),
    url: t.exposeString('url', { description: 'Its URL.' }),
    deletedStatementCount: t.int({
      description: 'How many of its statements went with it.',
      resolve: (result) => result.deletedStatements,
    }),
  }),
});

const DeleteArticleInput = builder.inputType('DeleteArticleInput', {
  description: 'The article to delete.',
  fields: (t) => ({ id: t.globalID({ required: true, description: 'The article’s global ID.' }) }),
});

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeleteArticlePayload,
    description: 'Deletes an article with its statements and mentions. The people and organizations it named stay.',
    errors: {
      types: [NotFoundError, InvalidInputError],
      union: {
        name: 'DeleteArticleResult',
        description: 'The deleted article (`DeleteArticlePayload`), or why nothing was deleted (an `Error`).',
      },
    },
    args: { input: t.arg({ type: DeleteArticleInput, required: true, description: 'Which article.' }) },
    resolve: (_root, { input }, { prisma }) => deleteArticle(prisma, idOfType(input.id, 'Article', 'input.id')),
  }),
);
