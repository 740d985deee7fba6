import { queryFromInfo } from '@pothos/plugin-prisma';
import { ORGANIZATION } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { builder } from './builder.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { OrganizationFilter, entityWhere } from './filters/entity-filter.js';
import { DEFAULT_ENTITY_ORDER, EntityOrder, entityOrderKeys } from './filters/entity-order.js';

export const Organization = builder.prismaNode('Organization', {
  // node(id)/nodes(ids) answer null for an ID that names nothing (a deleted or merged-away row).
  nullable: true,
  description:
    'An organization (government body, company, party, agency, outlet), one across all articles: mentions and statements from every article join here.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The fullest name seen ("International Criminal Court").' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Every way articles have named this organization, the name included.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A curator’s note.' }),
    firstSeenAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When this organization was first stored (the ingestion of the first article naming them).',
    }),
    statementCount: t.relationCount('statements', {
      description: 'How many statements this organization made, as an institution.',
    }),
    mentionCount: t.relationCount('mentions', { description: 'How many times this organization is referred to.' }),
  }),
});

export const OrganizationConnection = builder.connectionObject(
  {
    type: Organization,
    name: 'OrganizationConnection',
    description: 'A page of organizations.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many organizations match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'An organization on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations matching a filter, in an order (by default the order they were first seen).',
      args: {
        filter: t.arg({ type: OrganizationFilter, description: 'Which organizations; all when absent.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'The order; first seen first when absent.' }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(
          context.prisma,
          args,
          {
            ...entityOrderKeys(ORGANIZATION, args.orderBy ?? DEFAULT_ENTITY_ORDER),
            from: Prisma.sql`organization e`,
            id: Prisma.sql`e.id`,
            where: entityWhere(ORGANIZATION, args.filter),
          },
          {
            model: 'Organization',
            query: queryFromInfo({ context, info, typeName: 'Organization', path: ['edges', 'node'] }),
          },
        ),
    },
    OrganizationConnection,
  ),
}));
