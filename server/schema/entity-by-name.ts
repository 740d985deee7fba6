import { queryFromInfo } from '@pothos/plugin-prisma';
import { ORGANIZATION, PERSON } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { rawQuery } from '../db/prisma-client.js';
import { builder } from './builder.js';
import { AmbiguousNameError } from './errors/ambiguous-name-error.js';
import { idsNamedSql } from './filters/name-match.js';
import { NameMatchMode } from './filters/name-match-input.js';
import { Organization } from './organization.js';
import { Person } from './person.js';

// person(name:) and organization(name:): one entity by name, by the rule of every name filter
// (idsNamedSql), with the candidates when the name names several.

const PersonByNameResult = builder.errorUnion('PersonByNameResult', {
  description: 'The person a name names, or the candidates when it names several.',
  types: [Person, AmbiguousNameError],
  resolveType: () => 'Person',
});

const OrganizationByNameResult = builder.errorUnion('OrganizationByNameResult', {
  description: 'The organization a name names, or the candidates when it names several.',
  types: [Organization, AmbiguousNameError],
  resolveType: () => 'Organization',
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonByNameResult,
    nullable: true,
    description:
      'The person a name names (the rule of NameMatchMode): the person, an AmbiguousNameError listing the candidates with their IDs when several match, or null when none does.',
    args: {
      name: t.arg.string({ required: true, description: 'A full name, an alias or (SURNAME) a surname.' }),
      mode: t.arg({
        type: NameMatchMode,
        required: true,
        defaultValue: 'SURNAME',
        description: 'How the name matches.',
      }),
    },
    resolve: async (_root, { name, mode }, context, info) => {
      const ids = await rawQuery<{ id: number }>(
        context.prisma,
        Prisma.sql`SELECT id FROM ${idsNamedSql(PERSON, name, mode)} AS named ORDER BY id LIMIT 21`,
      );
      if (ids.length === 0) return null;
      const query = queryFromInfo({ context, info, typeName: 'Person' });
      if (ids.length === 1)
        return (await context.prisma.person.findUnique({ ...query, where: { id: ids[0]!.id } })) as never;
      const candidates = await context.prisma.person.findMany({
        where: { id: { in: ids.map((row) => row.id) } },
        orderBy: { id: 'asc' },
      });
      return new AmbiguousNameError(
        name,
        candidates.map((row) => ({ ...row, __typename: 'Person' as const })),
      );
    },
  }),
  organization: t.field({
    type: OrganizationByNameResult,
    nullable: true,
    description:
      'The organization a name names (the rule of NameMatchMode): the organization, an AmbiguousNameError listing the candidates with their IDs when several match, or null when none does.',
    args: {
      name: t.arg.string({ required: true, description: 'A full name, an alias.' }),
      mode: t.arg({
        type: NameMatchMode,
        required: true,
        defaultValue: 'EXACT',
        description: 'How the name matches.',
      }),
    },
    resolve: async (_root, { name, mode }, context, info) => {
      const ids = await rawQuery<{ id: number }>(
        context.prisma,
        Prisma.sql`SELECT id FROM ${idsNamedSql(ORGANIZATION, name, mode)} AS named ORDER BY id LIMIT 21`,
      );
      if (ids.length === 0) return null;
      const query = queryFromInfo({ context, info, typeName: 'Organization' });
      if (ids.length === 1)
        return (await context.prisma.organization.findUnique({ ...query, where: { id: ids[0]!.id } })) as never;
      const candidates = await context.prisma.organization.findMany({
        where: { id: { in: ids.map((row) => row.id) } },
        orderBy: { id: 'asc' },
      });
      return new AmbiguousNameError(
        name,
        candidates.map((row) => ({ ...row, __typename: 'Organization' as const })),
      );
    },
  }),
}));
