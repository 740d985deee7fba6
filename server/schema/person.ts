import { queryFromInfo } from '@pothos/plugin-prisma';
import { PERSON } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { builder } from './builder.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { PersonFilter, entityWhere } from './filters/entity-filter.js';
import { DEFAULT_ENTITY_ORDER, EntityOrder, entityOrderKeys } from './filters/entity-order.js';

export const Person = builder.prismaNode('Person', {
  // node(id)/nodes(ids) answer null for an ID that names nothing (a deleted or merged-away row).
  nullable: true,
  description: 'A person, one across all articles: mentions and statements from every article join here.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The fullest name seen ("Vladimir Putin").' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Every way articles have named this person, the name included.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A curator’s note.' }),
    firstSeenAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When this person was first stored (the ingestion of the first article naming them).',
    }),
    statementCount: t.relationCount('statements', { description: 'How many statements this person made.' }),
    mentionCount: t.relationCount('mentions', { description: 'How many times this person is referred to.' }),
  }),
});

export const PersonConnection = builder.connectionObject(
  {
    type: Person,
    name: 'PersonConnection',
    description: 'A page of people.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many people match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A person on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  people: t.connection(
    {
      type: Person,
      description: 'People matching a filter, in an order (by default the order they were first seen).',
      args: {
        filter: t.arg({ type: PersonFilter, description: 'Which people; all when absent.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'The order; first seen first when absent.' }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(
          context.prisma,
          args,
          {
            ...entityOrderKeys(PERSON, args.orderBy ?? DEFAULT_ENTITY_ORDER),
            from: Prisma.sql`person e`,
            id: Prisma.sql`e.id`,
            where: entityWhere(PERSON, args.filter),
          },
          { model: 'Person', query: queryFromInfo({ context, info, typeName: 'Person', path: ['edges', 'node'] }) },
        ),
    },
    PersonConnection,
  ),
}));
