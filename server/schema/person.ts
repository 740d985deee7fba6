import { queryFromInfo } from '@pothos/plugin-prisma';
import { PERSON } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { nameKey } from '../names/name-key.js';
import { builder } from './builder.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { PersonFilter, entityWhere } from './filters/entity-filter.js';
import { DEFAULT_ENTITY_ORDER, EntityOrder, entityOrderKeys } from './filters/entity-order.js';
import { escapeLike } from './filters/sql-logic.js';

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
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description:
      'The person with this name or alias (accents, case and dots do not matter), else the one person whose name ends with it ("Peskov"); null when none or several do.',
    args: { name: t.arg.string({ required: true, description: 'A full name, an alias or a surname.' }) },
    resolve: async (query, _root, { name }, { prisma }) => {
      const key = nameKey(name);
      // The name itself wins over someone else's alias ("Donald Trump" is not "Donald Trump Jr.").
      const exact =
        (await prisma.person.findFirst({ ...query, where: { nameKey: key } })) ??
        (await prisma.person.findFirst({ ...query, where: { aliases: { has: name } }, orderBy: { id: 'asc' } }));
      if (exact) return exact;
      const bySurname = await prisma.person.findMany({
        ...query,
        // Prisma passes LIKE's wildcards through: "Pu_in" would find Putin, and "\\" be an SQL error.
        where: { nameKey: { endsWith: ` ${escapeLike(key)}` } },
        take: 2,
      });
      return bySurname.length === 1 ? bySurname[0]! : null;
    },
  }),
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
