import { queryFromInfo } from '@pothos/plugin-prisma';
import { GraphQLError } from 'graphql';
import { ORGANIZATION, PERSON, type EntityTable } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { readTotalCount, resolveSqlConnection, type SqlEdge } from '../connection/sql-connection.js';
import { entityWhere, OrganizationFilter, PersonFilter } from '../filters/entity-filter.js';
import { nameFuzzySql, nameSimilaritySql } from '../filters/name-match.js';
import { Organization } from '../organization.js';
import { Person } from '../person.js';

// Fuzzy name search ranked by closeness: "Poroshenko", "poroshenk" and "Petro Poroshenko" all find
// Petro Poroshenko first. pg_trgm word similarity over the name and every alias, GIN-indexed.

function searchConnection(typeName: 'Person' | 'Organization') {
  const ref = typeName === 'Person' ? Person : Organization;
  const noun = typeName === 'Person' ? 'people' : 'organizations';
  return builder.connectionObject(
    {
      type: ref,
      name: `${typeName}SearchConnection`,
      description: `A page of ${noun} found by name, closest first.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${noun} match, on all pages.`,
          resolve: (connection) => readTotalCount(connection),
        }),
      }),
    },
    {
      name: `${typeName}SearchEdge`,
      description: `A ${typeName === 'Person' ? 'person' : 'organization'} found by name, with how close the name came.`,
      fields: (t) => ({
        similarity: t.float({
          description:
            'Trigram word similarity of the query to the closest name or alias, 0 to 1 (1: it is the name or a word of it).',
          resolve: (edge) => Number((edge as unknown as SqlEdge<unknown>).values[0]),
        }),
      }),
    },
  );
}

export const PersonSearchConnection = searchConnection('Person');
export const OrganizationSearchConnection = searchConnection('Organization');

function plan(table: EntityTable, name: string, where: Prisma.Sql) {
  if (!name.trim())
    throw new GraphQLError('Argument "name" is blank: give a name to look for.', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'name' },
    });
  return {
    ordering: `${table.name}-search`,
    keys: [{ sql: nameSimilaritySql('e', name), type: 'float8' as const }],
    descending: true,
    from: Prisma.raw(`${table.name} e`),
    id: Prisma.sql`e.id`,
    where: Prisma.sql`${nameFuzzySql('e', name)} AND ${where}`,
  };
}

builder.queryFields((t) => ({
  searchPeople: t.connection(
    {
      type: Person,
      description: 'People whose name or alias is close to this one, typos and fragments included, closest first.',
      args: {
        name: t.arg.string({
          required: true,
          description: 'A name or part of one: "Poroshenko", "poroshenk", "Petro Poroshenko".',
        }),
        filter: t.arg({ type: PersonFilter, description: 'Search only among these people.' }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(context.prisma, args, plan(PERSON, args.name, entityWhere(PERSON, args.filter)), {
          model: 'Person',
          query: queryFromInfo({ context, info, typeName: 'Person', path: ['edges', 'node'] }),
        }),
    },
    PersonSearchConnection,
  ),
  searchOrganizations: t.connection(
    {
      type: Organization,
      description:
        'Organizations whose name or alias is close to this one, typos and fragments included, closest first.',
      args: {
        name: t.arg.string({ required: true, description: 'A name or part of one: "Security Council", "Kremln".' }),
        filter: t.arg({ type: OrganizationFilter, description: 'Search only among these organizations.' }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(
          context.prisma,
          args,
          plan(ORGANIZATION, args.name, entityWhere(ORGANIZATION, args.filter)),
          {
            model: 'Organization',
            query: queryFromInfo({ context, info, typeName: 'Organization', path: ['edges', 'node'] }),
          },
        ),
    },
    OrganizationSearchConnection,
  ),
}));
