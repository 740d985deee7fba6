import { queryFromInfo } from '@pothos/plugin-prisma';
import { withNameMatches, ARTICLE_NAME_FIELDS } from '../filters/name-uses.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import { readTotalCount } from '../connection/sql-connection.js';
import { ArticleFilter, articleWhere } from '../filters/article-filter.js';
import { resolveSearchConnection, type SearchEdge } from './search-connection.js';
import { SearchOrder } from './search-order.js';
import { Snippet } from './snippet.js';

export const ArticleSearchConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleSearchConnection',
    description:
      'A page of articles found by a full-text search, in the order asked for (best matches first by default).',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many articles match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  {
    name: 'ArticleSearchEdge',
    description: 'An article found by a search, with how well it matched and where.',
    fields: (t) => ({
      rank: t.float({
        description:
          'PostgreSQL’s ts_rank of the match (title words weigh more): higher is better; comparable within one search only.',
        resolve: (edge) => (edge as unknown as SearchEdge<unknown>).rank,
      }),
      snippet: t.field({
        type: Snippet,
        description: 'Up to three passages of the body with the matched words highlighted.',
        resolve: (edge) => (edge as unknown as SearchEdge<unknown>).snippet(),
      }),
    }),
  },
);

builder.queryField('searchArticles', (t) =>
  t.connection(
    {
      type: Article,
      description:
        'Full-text search over article titles and bodies, ranked (see SearchOrder), with highlighted snippets. Web-search syntax: `aleppo -ceasefire "war crime"`.',
      args: {
        search: t.arg.string({
          required: true,
          description: 'What to search for, in web-search syntax (English stemming; stop words ignored).',
        }),
        filter: t.arg({ type: ArticleFilter, description: 'Search only among these articles.' }),
        orderBy: t.arg({
          type: SearchOrder,
          description: 'The order; best match first (`{ field: RANK, direction: DESC }`) when absent.',
        }),
      },
      resolve: async (_root, args, context, info) => {
        return withNameMatches(
          await resolveSearchConnection(
            context.prisma,
            args,
            {
              name: 'article-search',
              alias: 'a',
              from: Prisma.sql`article a`,
              where: articleWhere(args.filter),
              snippet: { text: Prisma.sql`left(a.body, 200000)`, words: { min: 10, max: 30, fragments: 3 } },
            },
            { model: 'Article', query: queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node'] }) },
          ),
          args.filter,
          ARTICLE_NAME_FIELDS,
        );
      },
    },
    ArticleSearchConnection,
  ),
);
