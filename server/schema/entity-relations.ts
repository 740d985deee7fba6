import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { ORGANIZATION, PERSON, type EntityTable } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { Article, ArticleConnection } from './article.js';
import { builder } from './builder.js';
import { resolveSqlConnection } from './connection/sql-connection.js';
import type { Context } from './context.js';
import { ArticleFilter, articleWhere, type ArticleFilterShape } from './filters/article-filter.js';
import {
  ArticleOrder,
  DEFAULT_ARTICLE_ORDER,
  articleOrderKeys,
  type ArticleOrderShape,
} from './filters/article-order.js';
import { StatementFilter, type StatementFilterShape } from './filters/statement-filter.js';
import {
  DEFAULT_STATEMENT_ORDER,
  StatementOrder,
  statementPlan,
  type StatementOrderShape,
} from './filters/statement-order.js';
import { ARTICLE_NAME_FIELDS, STATEMENT_NAME_FIELDS, withNameMatches } from './filters/name-uses.js';
import { nestedStatementsField } from './nested-statements.js';
import { pageDescription } from './connection/page-size.js';
import { OrganizationMentionConnection, PersonMentionConnection } from './mention.js';
import { Statement, StatementConnection } from './statement.js';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';

// The relations of Person and Organization to statements, mentions and articles. They live apart from
// the two types so that the type files import nothing that imports them back.

async function articlesOf(
  table: EntityTable['name'],
  id: number,
  args: DefaultConnectionArguments & { filter?: ArticleFilterShape | null; orderBy?: ArticleOrderShape | null },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const mentioned = Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`${table}_mention`)} m WHERE m.article_id = a.id AND ${Prisma.raw(`m.${table}_id`)} = ${id})`;
  const page = await resolveSqlConnection(
    context.prisma,
    args,
    {
      ...articleOrderKeys(args.orderBy ?? DEFAULT_ARTICLE_ORDER),
      from: Prisma.sql`article a`,
      id: Prisma.sql`a.id`,
      where: Prisma.sql`${mentioned} AND ${articleWhere(args.filter)}`,
    },
    { model: 'Article', query: queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node'] }) },
  );
  return withNameMatches(page, args.filter, ARTICLE_NAME_FIELDS);
}

async function quotedAbout(
  table: EntityTable['name'],
  id: number,
  args: DefaultConnectionArguments & { filter?: StatementFilterShape | null; orderBy?: StatementOrderShape | null },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const link =
    table === 'person'
      ? Prisma.sql`statement_person l WHERE l.statement_id = s.id AND l.person_id = ${id}`
      : Prisma.sql`statement_organization l WHERE l.statement_id = s.id AND l.organization_id = ${id}`;
  const scope = Prisma.sql`EXISTS (SELECT 1 FROM ${link}) AND ${Prisma.raw(`s.speaker_${table}_id`)} IS DISTINCT FROM ${id}`;
  const page = await resolveSqlConnection(
    context.prisma,
    args,
    statementPlan(args.filter, args.orderBy ?? DEFAULT_STATEMENT_ORDER, scope),
    { model: 'Statement', query: queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'] }) },
  );
  return withNameMatches(page, args.filter, STATEMENT_NAME_FIELDS);
}

/** What differs between the Person and the Organization fields: the table and the words. */
interface EntityRelations {
  entity: EntityTable;
  /** "this person" */
  noun: string;
  statements: string;
  quotedAbout: string;
}

const RELATIONS: EntityRelations[] = [
  {
    entity: PERSON,
    noun: 'this person',
    statements: 'What this person said.',
    quotedAbout:
      'What others said about this person: statements that mention them, by anyone else (or by no one named).',
  },
  {
    entity: ORGANIZATION,
    noun: 'this organization',
    statements: 'What this organization said, as an institution.',
    quotedAbout: 'What others said about this organization: statements that mention it, by anyone else.',
  },
];

for (const { entity, noun, statements, quotedAbout: quotedAboutDescription } of RELATIONS) {
  builder.prismaObjectFields(entity.typename, (t) => ({
    statements: nestedStatementsField<{ id: number }>(t, {
      description: `${statements} ${pageDescription('newest articles first ({ field: PUBLISHED_AT, direction: DESC })')}`,
      defaultOrder: DEFAULT_STATEMENT_ORDER,
      scope: (parent) => Prisma.sql`${Prisma.raw(`s.speaker_${entity.name}_id`)} = ${parent.id}`,
    }),
    articles: t.connection(
      {
        type: Article,
        description: `Articles that mention ${noun} (newest first unless ordered otherwise).`,
        args: {
          filter: t.arg({ type: ArticleFilter, description: 'Which of those articles.' }),
          orderBy: t.arg({ type: ArticleOrder, description: 'The order; newest first when absent.' }),
        },
        resolve: (parent, args, context, info) => articlesOf(entity.name, parent.id, args, context, info),
      },
      ArticleConnection,
    ),
    quotedAbout: t.connection(
      {
        type: Statement,
        description: quotedAboutDescription,
        args: {
          filter: t.arg({ type: StatementFilter, description: 'Which of those statements.' }),
          orderBy: t.arg({ type: StatementOrder, description: 'The order; newest articles first when absent.' }),
        },
        resolve: (parent, args, context, info) => quotedAbout(entity.name, parent.id, args, context, info),
      },
      StatementConnection,
    ),
  }));
}

// Apart only because the two mention connections are different types.
const mentions = (noun: string) => ({
  cursor: 'id' as const,
  totalCount: true,
  description: `Every place ${noun} is referred to, most recently ingested first.`,
  query: () => ({ orderBy: { id: 'desc' as const } }),
});
builder.prismaObjectField('Person', 'mentions', (t) =>
  t.relatedConnection('mentions', mentions('this person'), PersonMentionConnection),
);
builder.prismaObjectField('Organization', 'mentions', (t) =>
  t.relatedConnection('mentions', mentions('this organization'), OrganizationMentionConnection),
);
