import { DuplicateArticleError } from '../../curation/curation-errors.js';
import { InvalidArticleError, type ArticleInput as ArticleInputShape } from '../../ingest/article-input.js';
import { ingestArticle, type IngestResult } from '../../ingest/ingest-article.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import '../errors/duplicate-article-error.js';

export const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting an article did.',
  values: {
    CREATED: { description: 'A new article was stored.' },
    UPDATED: { description: 'The article was stored before with other text; it was re-extracted and replaced.' },
    UNCHANGED: {
      description: 'The same article was already stored (with the same text, or `ifExists: KEEP`); nothing changed.',
    },
  } as const,
});

export const IfArticleExists = builder.enumType('IfArticleExists', {
  description:
    'What to do when an article with the same URL (tracking parameters, "www." and fragment aside) is already stored.',
  values: {
    UPDATE: { description: 'Replace it when its text changed (re-extracting it); leave it when not.' },
    KEEP: { description: 'Leave the stored one as it is (status UNCHANGED).' },
    FAIL: { description: 'Return a DuplicateArticleError.' },
  } as const,
});
export type IfArticleExistsValue = 'UPDATE' | 'KEEP' | 'FAIL';

export const ArticleInput = builder.inputType('ArticleInput', {
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

export const IngestArticlePayload = builder.objectRef<IngestResult>('IngestArticlePayload').implement({
  description: 'The article as stored, with what was extracted from it.',
  // Lets the payload sit in a union next to error classes (the batch's items).
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'status' in value && 'articleId' in value,
  fields: (t) => ({
    status: t.field({
      type: IngestStatus,
      description: 'Whether the article was created, updated or already there.',
      resolve: (result) => result.status,
    }),
    article: t.prismaField({
      type: Article,
      description: 'The stored article; ask for its statements and mentions.',
      resolve: (query, result, _args, { prisma }) =>
        prisma.article.findUniqueOrThrow({ ...query, where: { id: result.articleId } }),
    }),
  }),
});

/** Ingests one input under the policy; expected failures are thrown as InvalidArticleError / DuplicateArticleError. */
export async function ingestWithPolicy(
  { prisma, extractionPool }: Context,
  input: ArticleInputShape,
  ifExists: IfArticleExistsValue,
): Promise<IngestResult> {
  // HTML conversion and extraction run on the pool's threads: a huge or hostile article costs this
  // request time (within the pool's budget), never the other requests'.
  const pool = extractionPool();
  const article = await pool.normalize(input);
  if (ifExists !== 'UPDATE') {
    const existing = await prisma.article.findUnique({
      where: { canonicalUrl: article.canonicalUrl },
      select: { id: true },
    });
    if (existing && ifExists === 'FAIL') throw new DuplicateArticleError(article.url, existing.id);
    if (existing) return { status: 'UNCHANGED', articleId: existing.id } as IngestResult;
  }
  return ingestArticle(prisma, article, pool);
}

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Stores an article and extracts its people, organizations and statements, in one transaction.',
    errors: {
      types: [InvalidArticleError, DuplicateArticleError],
      result: { name: 'IngestArticleSuccess', description: 'The article was ingested.' },
      union: { name: 'IngestArticleResult', description: 'The ingested article, or why it was not.' },
      dataField: { description: 'The result.' },
    },
    args: {
      input: t.arg({ type: ArticleInput, required: true, description: 'The article.' }),
      ifExists: t.arg({
        type: IfArticleExists,
        required: true,
        defaultValue: 'UPDATE',
        description: 'What to do when the URL is already stored.',
      }),
    },
    resolve: (_root, { input, ifExists }, context) => ingestWithPolicy(context, input, ifExists),
  }),
);
