import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import { withNameMatches, STATEMENT_NAME_FIELDS } from './filters/name-uses.js';
import { builder } from './builder.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { StatementKind } from './enums.js';
import { StatementFilter } from './filters/statement-filter.js';
import { DEFAULT_STATEMENT_ORDER, StatementOrder, statementPlan } from './filters/statement-order.js';
import { Organization, OrganizationConnection } from './organization.js';
import { Person, PersonConnection } from './person.js';
import { spansFromJson, TextSpan } from './text-span.js';
import { Prisma } from '../db/generated/prisma/client.js';

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement, or who an entity is: a person or an organization.',
  types: [Person, Organization],
  resolveType: (speaker) => ('__typename' in speaker ? (speaker.__typename as string) : undefined),
});

// Statement → mentioned people/organizations go through the join tables; the helpers page over the
// join rows inside the parent's query, so a list of statements costs no extra query per statement.
const mentionedPeople = prismaConnectionHelpers(builder, 'StatementPerson', {
  cursor: 'statementId_personId',
  query: () => ({ orderBy: { personId: 'asc' as const } }),
  select: (nodeSelection) => ({ person: nodeSelection() }),
  resolveNode: (link) => link.person,
});
const mentionedOrganizations = prismaConnectionHelpers(builder, 'StatementOrganization', {
  cursor: 'statementId_organizationId',
  query: () => ({ orderBy: { organizationId: 'asc' as const } }),
  select: (nodeSelection) => ({ organization: nodeSelection() }),
  resolveNode: (link) => link.organization,
});

export const Statement = builder.prismaNode('Statement', {
  // node(id)/nodes(ids) answer null for an ID that names nothing (a deleted or merged-away row).
  nullable: true,
  description: 'Something someone said, as an article reports it, with its provenance.',
  id: { field: 'id' },
  // Only the columns a query asks for are read.
  select: { id: true },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement as written: `article.body.slice(start, end)`.' }),
    kind: t.expose('kind', { type: StatementKind, description: 'Direct quote, reported speech, or a mix.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its article was published; null when the article is undated.',
    }),
    ingestedAt: t.field({
      type: 'DateTime',
      description: 'When its article (this version of it) was stored.',
      select: { article: { select: { ingestedAt: true } } },
      resolve: (statement) => statement.article.ingestedAt,
    }),
    pieces: t.field({
      type: [TextSpan],
      description: 'The content pieces: several when an interruption ("he said") splits a quote.',
      select: { pieces: true },
      resolve: (statement) => spansFromJson(statement.pieces),
    }),
    content: t.exposeString('content', {
      description: 'Only the quoted or reported words: the pieces’ text joined by one space, without "he said".',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description:
        'How likely the extractor is right about this statement, 0 to 1: the share found in human annotations among statements like it (cross-validated). Null for statements stored before confidences existed.',
    }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The cue as written ("said", "added", "according to").',
    }),
    cueSpan: t.field({
      type: TextSpan,
      nullable: true,
      description: 'Where the cue stands in the article body.',
      select: { cueStart: true, cueEnd: true },
      resolve: ({ cueStart, cueEnd }) =>
        cueStart === null || cueEnd === null ? null : { start: cueStart, end: cueEnd },
    }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who said it; null when the article does not say.',
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
    speakerMention: t.field({
      type: TextSpan,
      nullable: true,
      description: 'Where the speaker is named or referred to for this statement ("he", "Peskov").',
      select: { speakerStart: true, speakerEnd: true },
      resolve: ({ speakerStart, speakerEnd }) =>
        speakerStart === null || speakerEnd === null ? null : { start: speakerStart, end: speakerEnd },
    }),
    article: t.relation('article', { description: 'The article that reports it.' }),
    mentionedPeople: t.connection(
      {
        type: Person,
        description: 'People mentioned in the statement’s content.',
        select: (args, context, nestedSelection) => ({
          mentionedPeople: mentionedPeople.getQuery(args, context, nestedSelection),
          _count: { select: { mentionedPeople: true } },
        }),
        resolve: (statement, args, context) => ({
          ...mentionedPeople.resolve(statement.mentionedPeople, args, context),
          totalCount: statement._count.mentionedPeople,
        }),
      },
      PersonConnection,
    ),
    mentionedOrganizations: t.connection(
      {
        type: Organization,
        description: 'Organizations mentioned in the statement’s content.',
        select: (args, context, nestedSelection) => ({
          mentionedOrganizations: mentionedOrganizations.getQuery(args, context, nestedSelection),
          _count: { select: { mentionedOrganizations: true } },
        }),
        resolve: (statement, args, context) => ({
          ...mentionedOrganizations.resolve(statement.mentionedOrganizations, args, context),
          totalCount: statement._count.mentionedOrganizations,
        }),
      },
      OrganizationConnection,
    ),
  }),
});

export const StatementConnection = builder.connectionObject(
  {
    type: Statement,
    name: 'StatementConnection',
    description: 'A page of statements.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many statements match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A statement on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: Statement,
      description: 'Statements matching a filter, in an order (by default the newest articles first).',
      args: {
        filter: t.arg({ type: StatementFilter, description: 'Which statements; all when absent.' }),
        orderBy: t.arg({
          type: StatementOrder,
          description: 'The order; by publication date, newest first, when absent.',
        }),
      },
      resolve: async (_root, args, context, info) =>
        withNameMatches(
          await resolveSqlConnection(
            context.prisma,
            args,
            statementPlan(args.filter, args.orderBy ?? DEFAULT_STATEMENT_ORDER),
            {
              model: 'Statement',
              query: queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }),
            },
          ),
          args.filter,
          STATEMENT_NAME_FIELDS,
        ),
    },
    StatementConnection,
  ),
}));
