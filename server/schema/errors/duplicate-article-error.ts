import { DuplicateArticleError } from '../../curation/curation-errors.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../error.js';

builder.objectType(DuplicateArticleError, {
  name: 'DuplicateArticleError',
  description:
    'The article is already stored and `ifExists: FAIL` asked not to touch it, or the batch holds the same URL twice.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The URL given.' }),
    existing: t.prismaField({
      type: Article,
      description: 'The article stored under that URL.',
      resolve: (query, error, _args, { prisma }) =>
        prisma.article.findUniqueOrThrow({ ...query, where: { id: error.articleId } }),
    }),
  }),
});

export { DuplicateArticleError };
