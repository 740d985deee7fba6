import { builder } from './builder.js';
import { InvalidArticleError } from '../ingest/article-input.js';
import { ingestArticle, type IngestResult } from '../ingest/ingest-article.js';
import { normalizeArticle } from '../ingest/normalize-article.js';

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting an article did.',
  values: {
    CREATED: { description: 'A new article was stored.' },
    UPDATED: { description: 'The article was stored before with other text; it was re-extracted and replaced.' },
    UNCHANGED: { description: 'The same article with the same text was already stored; nothing changed.' },
  } as const,
});

const ArticleInput = builder.inputType('ArticleInput', {
  description: 'A news article to ingest.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where the article lives; its identity.' }),
    text: t.string({ required: true, description: 'The body, paragraphs separated by blank lines or newlines.' }),
    title: t.string({ description: 'The headline; derived from the URL slug when absent.' }),
    publishedAt: t.string({ description: 'YYYY-MM-DD or ISO 8601; read from the URL path when absent.' }),
    source: t.string({ description: 'The outlet’s name; derived from the domain when absent.' }),
    metadata: t.intList({ description: 'Bare integer lines of the text layout, kept as they came.' }),
  }),
});

const IngestArticlePayload = builder.objectRef<IngestResult>('IngestArticlePayload').implement({
  description: 'The article as stored, with what was extracted from it.',
  fields: (t) => ({
    status: t.field({ type: IngestStatus, description: 'Whether the article was created, updated or already there.', resolve: (result) => result.status }),
    article: t.prismaField({
      type: 'Article',
      description: 'The stored article; ask for its statements and mentions.',
      resolve: (query, result, _args, { prisma }) => prisma.article.findUniqueOrThrow({ ...query, where: { id: result.articleId } }),
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Stores an article and extracts its people, organizations and statements, in one transaction.',
    errors: { types: [InvalidArticleError], result: { name: 'IngestArticleSuccess' }, union: { name: 'IngestArticleResult' } },
    args: { input: t.arg({ type: ArticleInput, required: true, description: 'The article.' }) },
    resolve: (_root, { input }, { prisma }) => ingestArticle(prisma, normalizeArticle(input)),
  }),
);
