import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import { withNameMatches, STATEMENT_NAME_FIELDS } from './filters/name-uses.js';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Prisma } from '../db/generated/prisma/client.js';
import { builder } from './builder.js';
import { resolveSqlConnection } from './connection/sql-connection.js';
import type { Context } from './context.js';
import { StatementFilter, type StatementFilterShape } from './filters/statement-filter.js';
import { StatementOrder, statementPlan, type StatementOrderShape } from './filters/statement-order.js';
import { Statement, StatementConnection } from './statement.js';

// The statements under an article, a person or an organization take the root field's filter and orderBy.
// Without either, the page loads inside the parent's own query (Prisma's nested select): a list of 100
// people with their statements stays one query per level. With a filter or an order, the page is the
// root field's SQL with the parent as one more condition (one query per parent).

const statementPages = prismaConnectionHelpers(builder, 'Statement', { cursor: 'id' });

interface NestedArgs extends DefaultConnectionArguments {
  filter?: StatementFilterShape | null;
  orderBy?: StatementOrderShape | null;
}

/** The default order in Prisma's terms, the same as statementPlan's SQL (undated last when newest first). */
function prismaOrder({ field, direction }: StatementOrderShape) {
  const way = direction === 'DESC' ? ('desc' as const) : ('asc' as const);
  if (field === 'START') return [{ start: way }, { id: way }];
  if (field === 'PUBLISHED_AT')
    return [
      { publishedAt: { sort: way, nulls: way === 'desc' ? ('last' as const) : ('first' as const) } },
      { id: way },
    ];
  throw new Error(`no Prisma order for ${field}`);
}

async function resolveWithNames(...call: Parameters<typeof resolveSqlConnection<'Statement'>>) {
  return withNameMatches(await resolveSqlConnection(...call), (call[1] as NestedArgs).filter, STATEMENT_NAME_FIELDS);
}

export interface NestedStatementsOptions<Parent extends { id: number }> {
  description: string;
  /** The order without `orderBy`; PUBLISHED_AT or START (Prisma can express those). */
  defaultOrder: StatementOrderShape;
  /** The parent's statements as a SQL condition on `statement s`. */
  scope: (parent: Parent) => Prisma.Sql;
}

const describeOrder = ({ field, direction }: StatementOrderShape) => `{ field: ${field}, direction: ${direction} }`;

/** `statements(filter, orderBy, first, after, last, before)` on a Prisma object whose `statements` relation it pages. */
export function nestedStatementsField<Parent extends { id: number }>(
  t: any,
  { description, defaultOrder, scope }: NestedStatementsOptions<Parent>,
) {
  const onParent = (args: NestedArgs) => args.filter == null && args.orderBy == null;
  return t.connection(
    {
      type: Statement,
      description,
      args: {
        filter: t.arg({ type: StatementFilter, description: 'Which of these statements; all when absent.' }),
        orderBy: t.arg({
          type: StatementOrder,
          description: `The order; \`${describeOrder(defaultOrder)}\` when absent.`,
        }),
      },
      select: (args: NestedArgs, context: Context, nestedSelection: unknown) =>
        onParent(args)
          ? {
              statements: {
                ...statementPages.getQuery(args, context, nestedSelection as never),
                orderBy: prismaOrder(defaultOrder),
              },
              _count: { select: { statements: true } },
            }
          : {},
      resolve: (
        parent: Parent & { statements?: never[]; _count?: { statements: number } },
        args: NestedArgs,
        context: Context,
        info: GraphQLResolveInfo,
      ) =>
        onParent(args)
          ? {
              ...statementPages.resolve(parent.statements ?? [], args, context),
              totalCount: parent._count?.statements ?? 0,
            }
          : resolveWithNames(
              context.prisma,
              args,
              statementPlan(args.filter, args.orderBy ?? defaultOrder, scope(parent)),
              {
                model: 'Statement',
                query: queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }),
              },
            ),
    },
    StatementConnection,
  );
}
