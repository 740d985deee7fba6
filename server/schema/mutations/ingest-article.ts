import { DuplicateArticleError, IngestFailedError } from '../../curation/curation-errors.js';
import { InvalidArticleError, type ArticleInput as ArticleInputShape } from '../../ingest/article-input.js';
import { ingestArticle, type IngestResult } from '../../ingest/ingest-article.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import '../errors/duplicate-article-error.js';
import '../errors/ingest-failed-error.js';

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

/** An article as the API takes it: named like the fields of `Article` it becomes. */
export interface ArticleInputValue {
  url: string;
  body: string;
  title?: string | null;
  publishedAt?: Date | null;
  outlet?: string | null;
  language?: string | null;
}

export const ArticleInput = builder.inputRef<ArticleInputValue>('ArticleInput').implement({
  description: 'A news article to ingest. Each field becomes the `Article` field of the same name.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where the article lives; its identity.' }),
    body: t.string({ required: true, description: 'The text, paragraphs separated by blank lines or newlines.' }),
    title: t.string({ description: 'The headline; derived from the URL slug when absent.' }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When it was published; read from the URL path (`/2016/10/11/`) when absent.',
    }),
    outlet: t.string({ description: 'The publication’s name; derived from the domain when absent.' }),
    language: t.string({
      description:
        'ISO 639-1 code of the body’s language ("en", "de"); detected from the text when absent. Statements are extracted only from English articles.',
    }),
  }),
});

/** The ingestion layer's field names for the API's, so an error names the field the caller sent. */
const API_FIELD: Record<string, string> = { text: 'body', source: 'outlet' };

/** The API's article as ingestion reads it. */
export function articleFromInput(input: ArticleInputValue): ArticleInputShape {
  return {
    url: input.url,
    text: input.body,
    title: input.title,
    publishedAt: input.publishedAt?.toISOString() ?? null,
    source: input.outlet,
    language: input.language,
  };
}

/** The same error with `field` as the API names it, under `path` ("input.article"). */
export function withApiField(error: InvalidArticleError, path: string): InvalidArticleError {
  const field = error.field && `${path}.${API_FIELD[error.field] ?? error.field}`;
  return new InvalidArticleError(error.reason, error.origin, field);
}

export const IngestArticlePayload = builder.objectRef<IngestResult>('IngestArticlePayload').implement({
  description: 'The article as stored, with what was extracted from it.',
  // Lets the payload sit in a union next to error classes.
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

/** One article's result, alone (`ingestArticle`) or in a batch (`ingestArticles`): the same union. */
export const IngestArticleResult = builder.errorUnion('IngestArticleResult', {
  description:
    'What became of an article: stored (`IngestArticlePayload`), or why not (an `Error`; `IngestFailedError` only in a batch).',
  types: [IngestArticlePayload, InvalidArticleError, DuplicateArticleError, IngestFailedError],
});

export type IngestOutcome = IngestResult | InvalidArticleError | DuplicateArticleError | IngestFailedError;

/** Ingests one input under the policy; expected failures are thrown as InvalidArticleError / DuplicateArticleError. */
export async function ingestWithPolicy(
  { prisma, extractionPool }: Pick<Context, 'prisma' | 'extractionPool'>,
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

/** An expected failure as a result (its field named as the API names it), anything else thrown on. */
export function outcomeOfError(error: unknown, path: string): InvalidArticleError | DuplicateArticleError {
  if (error instanceof InvalidArticleError) return withApiField(error, path);
  if (error instanceof DuplicateArticleError) return error;
  throw error;
}

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to store, and what to do when it is already stored.',
  fields: (t) => ({
    article: t.field({ type: ArticleInput, required: true, description: 'The article.' }),
    ifExists: t.field({
      type: IfArticleExists,
      required: true,
      defaultValue: 'UPDATE',
      description: 'What to do when the URL is already stored.',
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticleResult,
    description: 'Stores an article and extracts its people, organizations and statements, in one transaction.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article and the policy.' }) },
    resolve: async (_root, { input }, context): Promise<IngestOutcome> => {
      try {
        return await ingestWithPolicy(context, articleFromInput(input.article), input.ifExists);
      } catch (error) {
        return outcomeOfError(error, 'input.article');
      }
    },
  }),
);
