import { builder } from './builder.js';
import { nameKey } from '../ingest/name-key.js';

export const Person = builder.prismaNode('Person', {
  description: 'A person, one across all articles: mentions and statements from every article join here.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The fullest name seen ("Vladimir Putin").' }),
    aliases: t.exposeStringList('aliases', { description: 'Every way articles have named this person, the name included.' }),
    description: t.exposeString('description', { nullable: true, description: 'A curator’s note.' }),
    statementCount: t.relationCount('statements', { description: 'How many statements this person made.' }),
    mentionCount: t.relationCount('mentions', { description: 'How many times this person is referred to.' }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What this person said, most recently ingested first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Every place this person is referred to, most recently ingested first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    articles: t.prismaConnection({
      type: 'Article',
      cursor: 'id',
      description: 'Articles that mention this person, newest first.',
      resolve: (query, person, _args, { prisma }) =>
        prisma.article.findMany({ ...query, where: { personMentions: { some: { personId: person.id } } }, orderBy: { id: 'desc' } }),
      totalCount: (person, _args, { prisma }) => prisma.article.count({ where: { personMentions: { some: { personId: person.id } } } }),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description:
      'The person with this name or alias (accents, case and dots do not matter), else the one person whose name ends with it ("Peskov"); null when none or several do.',
    args: { name: t.arg.string({ required: true, description: 'A full name, an alias or a surname.' }) },
    resolve: async (query, _root, { name }, { prisma }) => {
      const key = nameKey(name);
      const exact = await prisma.person.findFirst({ ...query, where: { OR: [{ nameKey: key }, { aliases: { has: name } }] }, orderBy: { id: 'asc' } });
      if (exact) return exact;
      const bySurname = await prisma.person.findMany({ ...query, where: { nameKey: { endsWith: ` ${key}` } }, take: 2 });
      return bySurname.length === 1 ? bySurname[0]! : null;
    },
  }),
  people: t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description: 'All people, in the order they were first seen.',
    resolve: (query, _root, _args, { prisma }) => prisma.person.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_root, _args, { prisma }) => prisma.person.count(),
  }),
}));
