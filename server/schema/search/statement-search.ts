import { queryFromInfo } from '@pothos/plugin-prisma';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { readTotalCount, resolveSqlConnection, type SqlEdge } from '../connection/sql-connection.js';
import { statementFrom, STATEMENT_TSVECTOR, StatementFilter, statementWhere } from '../filters/statement-filter.js';
import { Statement } from '../statement.js';
import { headlineOptions, parseHeadline, Snippet, type SnippetShape } from './snippet.js';
import { tsQuery } from './search-query.js';

interface SearchEdge extends SqlEdge<{ id: number }> {
  snippet: () => Promise<SnippetShape>;
}

export const StatementSearchConnection = builder.connectionObject(
  {
    type: Statement,
    name: 'StatementSearchConnection',
    description: 'A page of statements found by a full-text search, best matches first.',
    fields: (t) => ({
      totalCount: t.int({ description: 'How many statements match, on all pages.', resolve: (connection) => readTotalCount(connection) }),
    }),
  },
  {
    name: 'StatementSearchEdge',
    description: 'A statement found by a search, with how well it matched and where.',
    fields: (t) => ({
      rank: t.float({ description: 'PostgreSQL’s ts_rank of the match: higher is better; comparable within one search only.', resolve: (edge) => Number((edge as unknown as SearchEdge).values[0]) }),
      snippet: t.field({ type: Snippet, description: 'The statement with the matched words highlighted.', resolve: (edge) => (edge as unknown as SearchEdge).snippet() }),
    }),
  },
);

builder.queryField('searchStatements', (t) =>
  t.connection(
    {
      type: Statement,
      description: 'Full-text search over what was said, ranked, with highlighted snippets. Web-search syntax: `aleppo -ceasefire "war crime"`, `putin or merkel`.',
      args: {
        query: t.arg.string({ required: true, description: 'What to search for, in web-search syntax (English stemming; stop words ignored).' }),
        filter: t.arg({ type: StatementFilter, description: 'Search only among these statements.' }),
      },
      resolve: async (_root, args, context, info) => {
        const query = tsQuery(args.query);
        const connection = await resolveSqlConnection(
          context.prisma,
          args,
          {
            ordering: 'statement-search',
            keys: [{ sql: Prisma.sql`ts_rank(${STATEMENT_TSVECTOR}, ${query})::float8`, type: 'float8' }],
            descending: true,
            from: statementFrom(args.filter),
            id: Prisma.sql`s.id`,
            where: Prisma.sql`${STATEMENT_TSVECTOR} @@ ${query} AND ${statementWhere(args.filter)}`,
          },
          (ids) => context.prisma.statement.findMany({ ...queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }), where: { id: { in: ids } } }),
        );
        // Headlines are costly: made only when asked for, for the whole page in one statement.
        let snippets: Promise<Map<number, SnippetShape>> | undefined;
        const loadSnippets = async () => {
          const ids = connection.edges.map((edge) => edge.node.id);
          const rows = await context.prisma.$queryRaw<{ id: number; headline: string }[]>`
            SELECT s.id, ts_headline('english', s.text, ${query}, ${headlineOptions({ min: 30, max: 60, fragments: 0 })}) AS headline
            FROM statement s WHERE s.id = ANY(${ids}::int[])`;
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
    StatementSearchConnection,
  ),
);
