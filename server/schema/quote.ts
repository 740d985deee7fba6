import { queryFromInfo } from '@pothos/plugin-prisma';
import { Prisma } from '../db/generated/prisma/client.js';
import { builder } from './builder.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { DEFAULT_QUOTE_ORDER, QuoteOrder, quoteOrderKeys } from './filters/quote-order.js';
import { QuoteFilter, quoteWhere } from './filters/quote-filter.js';
import { DEFAULT_STATEMENT_ORDER, StatementOrder, statementOrderKeys } from './filters/statement-order.js';
import { Speaker, Statement, StatementConnection } from './statement.js';

export const Quote = builder.prismaNode('Quote', {
  // node(id)/nodes(ids) answer null for an ID that names nothing (a quote merged into a longer one).
  nullable: true,
  description:
    'Something said once, however many articles print it: the statements of one speaker whose words are the same, ' +
    'or contained in its longest form (5 words or more). Words are compared ignoring case, punctuation, quote marks, ' +
    'dashes and white space. Statements without a speaker are grouped by their words alone (identical words only).',
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The longest form, as its earliest statement writes it (the content, without "he said").',
    }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who said it; null for words printed without a speaker.',
      select: (_args, _context, nestedSelection) => ({
        speakerPerson: nestedSelection(true, undefined, 'Person'),
        speakerOrganization: nestedSelection(true, undefined, 'Organization'),
      }),
      resolve: ({ speakerPerson, speakerOrganization }) => {
        if (speakerPerson) return { ...speakerPerson, __typename: 'Person' };
        if (speakerOrganization) return { ...speakerOrganization, __typename: 'Organization' };
        return null;
      },
    }),
    firstSeenAt: t.expose('firstSeenAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the earliest article printing it was published; null when none of them is dated.',
    }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the latest article printing it was published; null when none of them is dated.',
    }),
    firstArticle: t.relation('firstArticle', {
      nullable: true,
      description: 'The earliest published article printing it (undated ones last); null only while it is recounted.',
    }),
    occurrenceCount: t.exposeInt('occurrenceCount', { description: 'How many statements print it.' }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles print it.' }),
    outletCount: t.exposeInt('outletCount', { description: 'How many outlets print it.' }),
    occurrences: t.connection(
      {
        type: Statement,
        description:
          'The statements that print it, every form (longest and shorter); by default the earliest published first, 20 a page.',
        args: {
          orderBy: t.arg({ type: StatementOrder, description: 'The order; earliest published first when absent.' }),
        },
        select: { id: true },
        resolve: (quote, args, context, info) =>
          resolveSqlConnection(
            context.prisma,
            args,
            {
              ...statementOrderKeys(args.orderBy ?? { ...DEFAULT_STATEMENT_ORDER, direction: 'ASC' }),
              from: Prisma.sql`statement s`,
              id: Prisma.sql`s.id`,
              where: Prisma.sql`s.quote_form_id IN (SELECT f.id FROM quote_form f WHERE f.quote_id = ${quote.id})`,
            },
            {
              model: 'Statement',
              query: queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }),
            },
          ),
      },
      StatementConnection,
    ),
  }),
});

export const QuoteConnection = builder.connectionObject(
  {
    type: Quote,
    name: 'QuoteConnection',
    description: 'A page of quotes.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many quotes match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A quote on a page, with its cursor.' },
);

builder.prismaObjectField(Statement, 'quote', (t) =>
  t.field({
    type: Quote,
    nullable: true,
    description: 'The quote this statement is an occurrence of; null only for a statement being written.',
    select: { quoteForm: { select: { quoteId: true } } },
    // Prisma batches the findUnique calls of one page into one query.
    resolve: (statement, _args, context, info) => {
      const id = statement.quoteForm?.quoteId;
      return id == null
        ? null
        : context.prisma.quote.findUnique({ ...queryFromInfo({ context, info, typeName: 'Quote' }), where: { id } });
    },
  }),
);

builder.queryFields((t) => ({
  quotes: t.connection(
    {
      type: Quote,
      description:
        'Quotes matching a filter, in an order: by default the most printed first (occurrence count), 20 a page.',
      args: {
        filter: t.arg({ type: QuoteFilter, description: 'Which quotes; all when absent.' }),
        orderBy: t.arg({ type: QuoteOrder, description: 'The order; most occurrences first when absent.' }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(
          context.prisma,
          args,
          {
            ...quoteOrderKeys(args.orderBy ?? DEFAULT_QUOTE_ORDER),
            from: Prisma.sql`quote q`,
            id: Prisma.sql`q.id`,
            where: quoteWhere(args.filter),
          },
          { model: 'Quote', query: queryFromInfo({ context, info, typeName: 'Quote', path: ['edges', 'node'] }) },
        ),
    },
    QuoteConnection,
  ),
}));
