import { builder } from './builder.js';
import { StatementKind } from './enums.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { spansFromJson, TextSpan } from './text-span.js';

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person or an organization.',
  types: [Person, Organization],
  resolveType: (speaker) => ('__typename' in speaker ? (speaker.__typename as string) : undefined),
});

export const Statement = builder.prismaNode('Statement', {
  description: 'Something someone said, as an article reports it, with its provenance.',
  id: { field: 'id' },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement as written: `article.body.slice(start, end)`.' }),
    kind: t.expose('kind', { type: StatementKind, description: 'Direct quote, reported speech, or a mix.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    pieces: t.field({
      type: [TextSpan],
      description: 'The content pieces: several when an interruption ("he said") splits a quote.',
      resolve: (statement) => spansFromJson(statement.pieces),
    }),
    cue: t.exposeString('cue', { nullable: true, description: 'The cue as written ("said", "added", "according to").' }),
    cueSpan: t.field({
      type: TextSpan,
      nullable: true,
      description: 'Where the cue stands in the article body.',
      resolve: ({ cueStart, cueEnd }) => (cueStart === null || cueEnd === null ? null : { start: cueStart, end: cueEnd }),
    }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who said it; null when the article does not say.',
      select: { speakerPerson: true, speakerOrganization: true },
      resolve: ({ speakerPerson, speakerOrganization }) => {
        if (speakerPerson) return { ...speakerPerson, __typename: 'Person' };
        if (speakerOrganization) return { ...speakerOrganization, __typename: 'Organization' };
        return null;
      },
    }),
    speakerMention: t.field({
      type: TextSpan,
      nullable: true,
      description: 'Where the speaker is named or referred to for this statement ("he", "Peskov").',
      resolve: ({ speakerStart, speakerEnd }) => (speakerStart === null || speakerEnd === null ? null : { start: speakerStart, end: speakerEnd }),
    }),
    article: t.relation('article', { description: 'The article that reports it.' }),
    mentionedPeople: t.prismaField({
      type: ['Person'],
      description: 'People mentioned in the statement.',
      select: (_args, _context, nestedSelection) => ({ mentionedPeople: { select: { person: nestedSelection(true) } } }),
      resolve: (_query, statement) => statement.mentionedPeople.map(({ person }) => person),
    }),
    mentionedOrganizations: t.prismaField({
      type: ['Organization'],
      description: 'Organizations mentioned in the statement.',
      select: (_args, _context, nestedSelection) => ({ mentionedOrganizations: { select: { organization: nestedSelection(true) } } }),
      resolve: (_query, statement) => statement.mentionedOrganizations.map(({ organization }) => organization),
    }),
  }),
});

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    description: 'All statements, most recently ingested first.',
    resolve: (query, _root, _args, { prisma }) => prisma.statement.findMany({ ...query, orderBy: { id: 'desc' } }),
    totalCount: (_root, _args, { prisma }) => prisma.statement.count(),
  }),
}));
