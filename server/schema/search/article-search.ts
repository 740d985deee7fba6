import { queryFromInfo } from '@pothos/plugin-prisma';
import { Prisma } from '../../db/generated/prisma/client.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import { readTotalCount, resolveSqlConnection, type SqlEdge } from '../connection/sql-connection.js';
import { ArticleFilter, articleWhere } from '../filters/article-filter.js';
import { headlineOptions, parseHeadline, Snippet, type SnippetShape } from './snippet.js';
import { tsQuery } from './search-query.js';

interface SearchEdge extends SqlEdge<{ id: number }> {
  snippet: () => Promise<SnippetShape>;
}

export const ArticleSearchConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleSearchConnection',
    description: 'A page of articles found by a full-text search, best matches first.',
    fields: (t) => ({
      totalCount: t.int({ description: 'How many articles match, on all pages.', resolve: (connection) => readTotalCount(connection) }),
    }),
  },
  {
    name: 'ArticleSearchEdge',
    description: 'An article found by a search, with how well it matched and where.',
    fields: (t) => ({
      rank: t.float({ description: 'PostgreSQL’s ts_rank of the match (title words weigh more): higher is better; comparable within one search only.', resolve: (edge) => Number((edge as unknown as SearchEdge).values[0]) }),
      snippet: t.field({ type: Snippet, description: 'Up to three passages of the body with the matched words highlighted.', resolve: (edge) => (edge as unknown as SearchEdge).snippet() }),
    }),
  },
);

builder.queryField('searchArticles', (t) =>
  t.connection(
    {
      type: Article,
      description: 'Full-text search over article titles and bodies, ranked, with highlighted snippets. Web-search syntax: `aleppo -ceasefire "war crime"`.',
      args: {
        query: t.arg.string({ required: true, description: 'What to search for, in web-search syntax (English stemming; stop words ignored).' }),
        filter: t.arg({ type: ArticleFilter, description: 'Search only among these articles.' }),
      },
      resolve: async (_root, args, context, info) => {
        const query = tsQuery(args.query);
        const connection = await resolveSqlConnection(
          context.prisma,
          args,
          {
            ordering: 'article-search',
            keys: [{ sql: Prisma.sql`ts_rank(a.search_vector, ${query})::float8`, type: 'float8' }],
            descending: true,
            from: Prisma.sql`article a`,
            id: Prisma.sql`a.id`,
            where: Prisma.sql`a.search_vector @@ ${query} AND ${articleWhere(args.filter)}`,
          },
          (ids) => context.prisma.article.findMany({ ...queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node'] }), where: { id: { in: ids } } }),
        );
        let snippets: Promise<Map<number, SnippetShape>> | undefined;
        const loadSnippets = async () => {
          const ids = connection.edges.map((edge) => edge.node.id);
          const rows = await context.prisma.$queryRaw<{ id: number; headline: string }[]>`
            SELECT a.id, ts_headline('english', left(a.body, 200000), ${query}, ${headlineOptions({ min: 10, max: 30, fragments: 3 })}) AS headline
            FROM article a WHERE a.id = ANY(${ids}::int[])`;
          return new Map(rows.map((row) => [row.id, parseHeadline(row.headline)]));
        };
        return {
          ...connection,
          edges: connection.edges.map((edge) => ({
            ...edge,
            snippet: async () => (await (snippets ??= loadSnippets())).get(edge.node.id) ?? { text: '', highlights: [] },
          })),
        };
      },
    },
    ArticleSearchConnection,
  ),
);
