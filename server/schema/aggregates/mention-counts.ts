import { queryFromInfo } from '@pothos/plugin-prisma';
import { withNameMatches, ARTICLE_NAME_FIELDS } from '../filters/name-uses.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import { readTotalCount } from '../connection/sql-connection.js';
import { MentionForm } from '../enums.js';
import { ArticleFilter, articleWhere } from '../filters/article-filter.js';
import { Speaker } from '../statement.js';
import {
  bucketSql,
  checkDimensions,
  DEFAULT_GROUP_ORDER,
  GroupOrder,
  loadById,
  Period,
  resolveGroups,
  selectsNodeField,
  TimeBucket,
  type PeriodShape,
  type TimeBucketValue,
} from './group-common.js';
import { findManyByIds } from '../connection/node-select.js';

export const EntityType = builder.enumType('EntityType', {
  description: 'People or organizations.',
  values: { PERSON: { description: 'People.' }, ORGANIZATION: { description: 'Organizations.' } } as const,
});

export const MentionDimension = builder.enumType('MentionDimension', {
  description: 'What mentions can be grouped by.',
  values: {
    ENTITY: { description: 'The person or organization referred to.' },
    OUTLET: { description: 'The article’s outlet.' },
    PERIOD: {
      description: 'When the article was published, in periods of `bucket` (undated articles form one group).',
    },
    ARTICLE: { description: 'The article.' },
    FORM: { description: 'How the entity is referred to (name, short name, pronoun...).' },
  } as const,
});
type Dimension = 'ENTITY' | 'OUTLET' | 'PERIOD' | 'ARTICLE' | 'FORM';

interface GroupRow {
  count: number;
  article_count: number;
  entity_id?: number | null;
  outlet?: string | null;
  period?: Date | null;
  article_id?: number | null;
  form?: string | null;
}

interface MentionGroupShape {
  row: GroupRow;
  type: 'PERSON' | 'ORGANIZATION';
  bucket: TimeBucketValue;
  entities: Map<number, { id: number }>;
  articles: Map<number, { id: number }>;
}

export const MentionGroup = builder.objectRef<MentionGroupShape>('MentionGroup').implement({
  description:
    'How many mentions share the values of the dimensions grouped by; the fields of other dimensions are null.',
  fields: (t) => ({
    count: t.int({ description: 'How many mentions are in the group.', resolve: ({ row }) => row.count }),
    articleCount: t.int({ description: 'How many articles they are in.', resolve: ({ row }) => row.article_count }),
    entity: t.field({
      type: Speaker,
      nullable: true,
      description: 'The person or organization referred to (ENTITY).',
      resolve: ({ row, type, entities }) =>
        row.entity_id != null
          ? ({ ...entities.get(row.entity_id)!, __typename: type === 'PERSON' ? 'Person' : 'Organization' } as never)
          : null,
    }),
    outlet: t.string({ nullable: true, description: 'The outlet (OUTLET).', resolve: ({ row }) => row.outlet ?? null }),
    period: t.field({
      type: Period,
      nullable: true,
      description: 'The period (PERIOD).',
      resolve: ({ row, bucket }): PeriodShape | null => (row.period ? { start: row.period, bucket } : null),
    }),
    article: t.field({
      type: Article,
      nullable: true,
      description: 'The article (ARTICLE).',
      resolve: ({ row, articles }) => (row.article_id != null ? (articles.get(row.article_id) as never) : null),
    }),
    form: t.field({
      type: MentionForm,
      nullable: true,
      description: 'The form of reference (FORM).',
      resolve: ({ row }) => (row.form ?? null) as never,
    }),
  }),
});

export const MentionGroupConnection = builder.connectionObject(
  {
    type: MentionGroup,
    name: 'MentionGroupConnection',
    description: 'A page of mention counts, one group per combination of dimension values.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many groups there are, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A group on a page, with its cursor.' },
);

function dimensionSql(dimension: Dimension, type: 'PERSON' | 'ORGANIZATION', bucket: TimeBucketValue) {
  switch (dimension) {
    case 'ENTITY':
      return { sql: Prisma.raw(type === 'PERSON' ? 'm.person_id' : 'm.organization_id'), name: 'entity_id' };
    case 'OUTLET':
      return { sql: Prisma.sql`a.outlet`, name: 'outlet' };
    case 'PERIOD':
      return { sql: Prisma.sql`date_trunc(${bucketSql(bucket)}, a.published_at, 'UTC')`, name: 'period' };
    case 'ARTICLE':
      return { sql: Prisma.sql`m.article_id`, name: 'article_id' };
    case 'FORM':
      return { sql: Prisma.sql`m.form::text`, name: 'form' };
  }
}

builder.queryField('mentionCounts', (t) =>
  t.connection(
    {
      type: MentionGroup,
      description:
        'Counts of the places articles refer to people (or organizations), grouped by entity, outlet, period, article or form, in articles matching a filter.',
      args: {
        type: t.arg({ type: EntityType, required: true, description: 'Count mentions of people or of organizations.' }),
        groupBy: t.arg({ type: [MentionDimension], required: true, description: 'The dimensions, 1 to 3, each once.' }),
        filter: t.arg({ type: ArticleFilter, description: 'Count only in these articles.' }),
        bucket: t.arg({ type: TimeBucket, defaultValue: 'MONTH', description: 'The period length for PERIOD.' }),
        orderBy: t.arg({
          type: GroupOrder,
          description: 'The order; largest groups first (`{ field: COUNT, direction: DESC }`) when absent.',
        }),
      },
      resolve: async (_root, args, context, info) => {
        checkDimensions(args.groupBy);
        const bucket = args.bucket ?? 'MONTH';
        const table = Prisma.raw(args.type === 'PERSON' ? 'person_mention' : 'organization_mention');
        const connection = await resolveGroups<GroupRow>(context.prisma, args, {
          columns: args.groupBy.map((dimension) => dimensionSql(dimension, args.type, bucket)),
          source: Prisma.sql`FROM ${table} m JOIN article a ON a.id = m.article_id WHERE ${articleWhere(args.filter)}`,
          measures: Prisma.sql`count(*)::int AS count, ${selectsNodeField(info, 'articleCount') ? Prisma.sql`count(DISTINCT m.article_id)::int` : Prisma.sql`NULL::int`} AS article_count`,
          order: args.orderBy ?? DEFAULT_GROUP_ORDER,
        });
        const rows = connection.edges.map((edge) => edge!.node);
        const typeName = args.type === 'PERSON' ? 'Person' : 'Organization';
        const entityQuery = queryFromInfo({ context, info, typeName, path: ['edges', 'node', 'entity'] });
        const [entities, articles] = await Promise.all([
          loadById(
            rows.map((row) => row.entity_id ?? null),
            (ids) =>
              args.type === 'PERSON'
                ? findManyByIds(context.prisma, 'Person', entityQuery, ids)
                : findManyByIds(context.prisma, 'Organization', entityQuery, ids),
          ),
          loadById(
            rows.map((row) => row.article_id ?? null),
            (ids) =>
              findManyByIds(
                context.prisma,
                'Article',
                queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node', 'article'] }),
                ids,
              ),
          ),
        ]);
        return withNameMatches(
          {
            ...connection,
            edges: connection.edges.map((edge) => ({
              ...edge!,
              node: { row: edge!.node, type: args.type, bucket, entities, articles },
            })),
          },
          args.filter,
          ARTICLE_NAME_FIELDS,
        );
      },
    },
    MentionGroupConnection,
  ),
);
