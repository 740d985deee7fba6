import { canonicalUrl } from '../../ingest/describe-url.js';
import { DuplicateArticleError, IngestFailedError, InvalidInputError } from '../../curation/curation-errors.js';
import { InvalidArticleError } from '../../ingest/article-input.js';
import type { IngestResult } from '../../ingest/ingest-article.js';
import { builder } from '../builder.js';
import '../errors/ingest-failed-error.js';
import '../errors/invalid-input-error.js';
import { ArticleInput, IfArticleExists, IngestArticlePayload, ingestWithPolicy } from './ingest-article.js';

/** The most articles one call takes; more go through `newsgraph ingest` or several calls. */
export const MAX_BATCH = 100;

type Item = IngestResult | InvalidArticleError | DuplicateArticleError | IngestFailedError;

const IngestArticlesItem = builder.errorUnion('IngestArticlesItem', {
  description: 'What became of one article of a batch: stored, or why not.',
  types: [IngestArticlePayload, InvalidArticleError, DuplicateArticleError, IngestFailedError],
});

interface BatchShape {
  items: Item[];
}

const count = (items: Item[], status: string) =>
  items.filter((item) => 'status' in item && item.status === status).length;

const IngestArticlesPayload = builder.objectRef<BatchShape>('IngestArticlesPayload').implement({
  description: 'What became of each article of a batch, in the order given.',
  fields: (t) => ({
    items: t.field({
      type: [IngestArticlesItem],
      description: 'One result per input, in input order.',
      resolve: ({ items }) => items as never,
    }),
    createdCount: t.int({ description: 'How many were new.', resolve: ({ items }) => count(items, 'CREATED') }),
    updatedCount: t.int({
      description: 'How many replaced a stored version.',
      resolve: ({ items }) => count(items, 'UPDATED'),
    }),
    unchangedCount: t.int({
      description: 'How many were already stored as they are.',
      resolve: ({ items }) => count(items, 'UNCHANGED'),
    }),
    failedCount: t.int({
      description: 'How many were refused (see their errors).',
      resolve: ({ items }) => items.filter((item) => item instanceof Error).length,
    }),
  }),
});

builder.mutationField('ingestArticles', (t) =>
  t.field({
    type: IngestArticlesPayload,
    description: `Ingests up to ${MAX_BATCH} articles, each in its own transaction: a bad one is reported in its item and does not stop the others.`,
    errors: {
      types: [InvalidInputError],
      result: { name: 'IngestArticlesSuccess', description: 'The batch was processed (items may still have failed).' },
      union: { name: 'IngestArticlesResult', description: 'The batch’s results, or why it was refused as a whole.' },
      dataField: { description: 'The result.' },
    },
    args: {
      inputs: t.arg({ type: [ArticleInput], required: true, description: `The articles, at most ${MAX_BATCH}.` }),
      ifExists: t.arg({
        type: IfArticleExists,
        required: true,
        defaultValue: 'UPDATE',
        description: 'What to do when a URL is already stored.',
      }),
    },
    resolve: async (_root, { inputs, ifExists }, context) => {
      if (inputs.length > MAX_BATCH)
        throw new InvalidInputError('inputs', `${inputs.length} articles is more than the ${MAX_BATCH} one call takes`);
      const seen = new Map<string, number>();
      const items: Item[] = [];
      // One after the other: the server's connection pool is shared with readers. Each article is its own
      // transaction, so once one is stored the call must not fail as a whole: whatever goes wrong with an
      // article, even unexpectedly, becomes that article's result and the next one is tried.
      for (const input of inputs) {
        try {
          const key = (() => {
            try {
              return canonicalUrl(new URL(input.url));
            } catch {
              return undefined;
            }
          })();
          const earlier = key === undefined ? undefined : seen.get(key);
          if (earlier !== undefined) throw new DuplicateArticleError(input.url, earlier);
          const result = await ingestWithPolicy(context, input, ifExists);
          if (key !== undefined) seen.set(key, result.articleId);
          items.push(result);
        } catch (error) {
          if (error instanceof InvalidArticleError || error instanceof DuplicateArticleError) items.push(error);
          else {
            console.error(`ingestArticles: the article at ${input.url} could not be stored:`, error);
            items.push(new IngestFailedError(input.url));
          }
        }
      }
      return { items };
    },
  }),
);
