import { canonicalUrl } from '../../ingest/describe-url.js';
import { DuplicateArticleError, IngestFailedError, InvalidInputError } from '../../curation/curation-errors.js';
import { InvalidArticleError } from '../../ingest/article-input.js';
import { builder } from '../builder.js';
import '../errors/invalid-input-error.js';
import {
  ArticleInput,
  articleFromInput,
  IfArticleExists,
  IngestArticleResult,
  ingestWithPolicy,
  outcomeOfError,
  type IngestOutcome,
} from './ingest-article.js';

/** The most articles one call takes; more go through `newsgraph ingest` or several calls. */
export const MAX_BATCH = 100;

interface BatchShape {
  results: IngestOutcome[];
}

const count = (results: IngestOutcome[], status: string) =>
  results.filter((result) => 'status' in result && result.status === status).length;

const IngestArticlesPayload = builder.objectRef<BatchShape>('IngestArticlesPayload').implement({
  description: 'What became of each article of a batch, in the order given.',
  fields: (t) => ({
    results: t.field({
      type: [IngestArticleResult],
      description: 'One result per article, in input order: the same union `ingestArticle` returns.',
      resolve: ({ results }) => results as never,
    }),
    createdCount: t.int({ description: 'How many were new.', resolve: ({ results }) => count(results, 'CREATED') }),
    updatedCount: t.int({
      description: 'How many replaced a stored version.',
      resolve: ({ results }) => count(results, 'UPDATED'),
    }),
    unchangedCount: t.int({
      description: 'How many were already stored as they are.',
      resolve: ({ results }) => count(results, 'UNCHANGED'),
    }),
    failedCount: t.int({
      description: 'How many were refused (see their errors).',
      resolve: ({ results }) => results.filter((result) => result instanceof Error).length,
    }),
  }),
});

const IngestArticlesInput = builder.inputType('IngestArticlesInput', {
  description: `Up to ${MAX_BATCH} articles to store, and what to do with those already stored.`,
  fields: (t) => ({
    articles: t.field({ type: [ArticleInput], required: true, description: `The articles, at most ${MAX_BATCH}.` }),
    ifExists: t.field({
      type: IfArticleExists,
      required: true,
      defaultValue: 'UPDATE',
      description: 'What to do when a URL is already stored.',
    }),
  }),
});

builder.mutationField('ingestArticles', (t) =>
  t.field({
    type: IngestArticlesPayload,
    description: `Ingests up to ${MAX_BATCH} articles, each in its own transaction: a bad one is reported in its result and does not stop the others.`,
    errors: {
      types: [InvalidInputError],
      union: {
        name: 'IngestArticlesResult',
        description: 'The batch’s results (`IngestArticlesPayload`), or why it was refused as a whole (an `Error`).',
      },
    },
    args: { input: t.arg({ type: IngestArticlesInput, required: true, description: 'The articles and the policy.' }) },
    resolve: async (_root, { input: { articles, ifExists } }, context) => {
      if (articles.length > MAX_BATCH)
        throw new InvalidInputError(
          'input.articles',
          `${articles.length} articles is more than the ${MAX_BATCH} one call takes`,
        );
      const seen = new Map<string, number>();
      const results: IngestOutcome[] = [];
      // One after the other: the server's connection pool is shared with readers. Each article is its own
      // transaction, so once one is stored the call must not fail as a whole: whatever goes wrong with an
      // article, even unexpectedly, becomes that article's result and the next one is tried.
      for (const [index, article] of articles.entries()) {
        try {
          const key = (() => {
            try {
              return canonicalUrl(new URL(article.url));
            } catch {
              return undefined;
            }
          })();
          const earlier = key === undefined ? undefined : seen.get(key);
          if (earlier !== undefined) throw new DuplicateArticleError(article.url, earlier);
          const result = await ingestWithPolicy(context, articleFromInput(article), ifExists);
          if (key !== undefined) seen.set(key, result.articleId);
          results.push(result);
        } catch (error) {
          if (error instanceof InvalidArticleError || error instanceof DuplicateArticleError)
            results.push(outcomeOfError(error, `input.articles[${index}]`));
          else {
            console.error(`ingestArticles: the article at ${article.url} could not be stored:`, error);
            results.push(new IngestFailedError(article.url));
          }
        }
      }
      return { results };
    },
  }),
);
