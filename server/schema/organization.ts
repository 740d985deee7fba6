import { builder } from './builder.js';
import { nameKey } from '../ingest/name-key.js';

export const Organization = builder.prismaNode('Organization', {
  description: 'An organization (government body, company, party, agency, outlet), one across all articles: mentions and statements from every article join here.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The fullest name seen ("International Criminal Court").' }),
    aliases: t.exposeStringList('aliases', { description: 'Every way articles have named this organization, the name included.' }),
    description: t.exposeString('description', { nullable: true, description: 'A curator’s note.' }),
    statementCount: t.relationCount('statements', { description: 'How many statements this organization made.' }),
    mentionCount: t.relationCount('mentions', { description: 'How many times this organization is referred to.' }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What this organization said, as an institution, most recently ingested first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Every place this organization is referred to, most recently ingested first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    articles: t.prismaConnection({
      type: 'Article',
      cursor: 'id',
      description: 'Articles that mention this organization, newest first.',
      resolve: (query, organization, _args, { prisma }) =>
        prisma.article.findMany({ ...query, where: { organizationMentions: { some: { organizationId: organization.id } } }, orderBy: { id: 'desc' } }),
      totalCount: (organization, _args, { prisma }) => prisma.article.count({ where: { organizationMentions: { some: { organizationId: organization.id } } } }),
    }),
  }),
});

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'The organization with this name or alias (accents, case and dots do not matter), or null.',
    args: { name: t.arg.string({ required: true, description: 'A full name or an alias.' }) },
    resolve: (query, _root, { name }, { prisma }) =>
      prisma.organization.findFirst({ ...query, where: { OR: [{ nameKey: nameKey(name) }, { aliases: { has: name } }] }, orderBy: { id: 'asc' } }),
  }),
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'All organizations, in the order they were first seen.',
    resolve: (query, _root, _args, { prisma }) => prisma.organization.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_root, _args, { prisma }) => prisma.organization.count(),
  }),
}));
