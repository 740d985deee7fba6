import { queryFromInfo } from '@pothos/plugin-prisma';
import { withNameMatches, STATEMENT_NAME_FIELDS } from '../filters/name-uses.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { readTotalCount } from '../connection/sql-connection.js';
import { statementFrom, StatementFilter, statementWhere } from '../filters/statement-filter.js';
import { Statement } from '../statement.js';
import { resolveSearchConnection, type SearchEdge } from './search-connection.js';
import { SearchOrder } from './search-order.js';
import { Snippet } from './snippet.js';

export const StatementSearchConnection = builder.connectionObject(
  {
    type: Statement,
    name: 'StatementSearchConnection',
    description:
      'A page of statements found by a full-text search, in the order asked for (best matches first by default).',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many statements match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  {
    name: 'StatementSearchEdge',
    description: 'A statement found by a search, with how well it matched and where.',
    fields: (t) => ({
      rank: t.float({
        description: 'PostgreSQL’s ts_rank of the match: higher is better; comparable within one search only.',
        resolve: (edge) => (edge as unknown as SearchEdge<unknown>).rank,
      }),
      snippet: t.field({
        type: Snippet,
        description: 'The statement with the matched words highlighted.',
        resolve: (edge) => (edge as unknown as SearchEdge<unknown>).snippet(),
      }),
    }),
  },
);

builder.queryField('searchStatements', (t) =>
  t.connection(
    {
      type: Statement,
      description:
        'Full-text search over what was said, ranked (see SearchOrder), with highlighted snippets. Web-search syntax: `aleppo -ceasefire "war crime"`, `putin or merkel`.',
      args: {
        search: t.arg.string({
          required: true,
          description: 'What to search for, in web-search syntax (English stemming; stop words ignored).',
        }),
        filter: t.arg({ type: StatementFilter, description: 'Search only among these statements.' }),
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
              name: 'statement-search',
              alias: 's',
              from: statementFrom(args.filter),
              where: statementWhere(args.filter),
              snippet: { text: Prisma.sql`s.text`, words: { min: 30, max: 60, fragments: 0 } },
            },
            {
              model: 'Statement',
              query: queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }),
            },
          ),
          args.filter,
          STATEMENT_NAME_FIELDS,
        );
      },
    },
    StatementSearchConnection,
  ),
);
