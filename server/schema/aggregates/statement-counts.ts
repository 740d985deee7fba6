import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../../db/generated/prisma/client.js';
import { Article } from '../article.js';
import { builder } from '../builder.js';
import { readTotalCount } from '../connection/sql-connection.js';
import type { Context } from '../context.js';
import { StatementKind } from '../enums.js';
import {
  needsArticle,
  STATEMENT_FROM,
  StatementFilter,
  statementWhere,
  type StatementFilterShape,
} from '../filters/statement-filter.js';
import { Organization } from '../organization.js';
import { Person } from '../person.js';
import { Speaker } from '../statement.js';
import { speakerCountSummary, type SpeakerCountSource } from './speaker-count-summary.js';
import {
  bucketSql,
  checkDimensions,
  GroupOrder,
  loadById,
  Period,
  resolveGroups,
  selectsNodeField,
  TimeBucket,
  type PeriodShape,
  type TimeBucketValue,
} from './group-common.js';
import { findManyByIds, rowByIdSelect } from '../connection/node-select.js';

export const StatementDimension = builder.enumType('StatementDimension', {
  description: 'What statements can be grouped by.',
  values: {
    SPEAKER: { description: 'Who said it (statements without a speaker form one group whose `speaker` is null).' },
    OUTLET: { description: 'The article’s outlet.' },
    KIND: { description: 'Direct, indirect, partial or mixed.' },
    CUE: { description: 'The cue word, lower-cased.' },
    ARTICLE: { description: 'The article.' },
    PERIOD: {
      description:
        'When the article was published, in periods of `bucket` (undated articles form one group whose `period` is null).',
    },
    MENTIONED_PERSON: {
      description:
        'Each person the statement mentions (a statement counts once for each; those mentioning no one are left out).',
    },
    MENTIONED_ORGANIZATION: { description: 'Each organization the statement mentions (as MENTIONED_PERSON).' },
  } as const,
});
export const CountDistinct = builder.enumType('CountDistinct', {
  description: 'What a statement count counts.',
  values: {
    STATEMENTS: { description: 'Every statement (the default): a line printed by ten outlets counts ten times.' },
    QUOTES: {
      description:
        'Each quote once (see `Quote`): the same words by the same speaker count once in a group however many articles print them.',
    },
  } as const,
});
type CountDistinctValue = 'STATEMENTS' | 'QUOTES';

type Dimension =
  'SPEAKER' | 'OUTLET' | 'KIND' | 'CUE' | 'ARTICLE' | 'PERIOD' | 'MENTIONED_PERSON' | 'MENTIONED_ORGANIZATION';

interface GroupRow {
  count: number;
  article_count: number;
  speaker_person_id?: number | null;
  speaker_organization_id?: number | null;
  outlet?: string | null;
  kind?: string | null;
  cue?: string | null;
  article_id?: number | null;
  period?: Date | null;
  mentioned_person_id?: number | null;
  mentioned_organization_id?: number | null;
}

export interface StatementGroupShape {
  row: GroupRow;
  bucket: TimeBucketValue;
  people: Map<number, { id: number }>;
  organizations: Map<number, { id: number }>;
  articles: Map<number, { id: number }>;
}

export const StatementGroup = builder.objectRef<StatementGroupShape>('StatementGroup').implement({
  description:
    'How many statements share the values of the dimensions grouped by; the fields of other dimensions are null.',
  fields: (t) => ({
    count: t.int({
      description: 'How many statements are in the group (with `distinct: QUOTES`, how many quotes).',
      resolve: ({ row }) => row.count,
    }),
    articleCount: t.int({ description: 'How many articles they come from.', resolve: ({ row }) => row.article_count }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'The speaker (SPEAKER).',
      resolve: ({ row, people, organizations }) => {
        if (row.speaker_person_id != null)
          return { ...people.get(row.speaker_person_id)!, __typename: 'Person' } as never;
        if (row.speaker_organization_id != null)
          return { ...organizations.get(row.speaker_organization_id)!, __typename: 'Organization' } as never;
        return null;
      },
    }),
    outlet: t.string({ nullable: true, description: 'The outlet (OUTLET).', resolve: ({ row }) => row.outlet ?? null }),
    kind: t.field({
      type: StatementKind,
      nullable: true,
      description: 'The kind (KIND).',
      resolve: ({ row }) => (row.kind ?? null) as never,
    }),
    cue: t.string({
      nullable: true,
      description: 'The cue word, lower-cased (CUE).',
      resolve: ({ row }) => row.cue ?? null,
    }),
    article: t.field({
      type: Article,
      nullable: true,
      description: 'The article (ARTICLE).',
      resolve: ({ row, articles }) => (row.article_id != null ? (articles.get(row.article_id) as never) : null),
    }),
    period: t.field({
      type: Period,
      nullable: true,
      description: 'The period (PERIOD).',
      resolve: ({ row, bucket }): PeriodShape | null => (row.period ? { start: row.period, bucket } : null),
    }),
    mentionedPerson: t.field({
      type: Person,
      nullable: true,
      description: 'The person mentioned (MENTIONED_PERSON).',
      resolve: ({ row, people }) =>
        row.mentioned_person_id != null ? (people.get(row.mentioned_person_id) as never) : null,
    }),
    mentionedOrganization: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization mentioned (MENTIONED_ORGANIZATION).',
      resolve: ({ row, organizations }) =>
        row.mentioned_organization_id != null ? (organizations.get(row.mentioned_organization_id) as never) : null,
    }),
  }),
});

export const StatementGroupConnection = builder.connectionObject(
  {
    type: StatementGroup,
    name: 'StatementGroupConnection',
    description: 'A page of statement counts, one group per combination of dimension values.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many groups there are, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A group on a page, with its cursor.' },
);

function dimensionSql(
  dimension: Dimension,
  bucket: TimeBucketValue,
): { columns: { sql: Prisma.Sql; name: string }[]; join?: Prisma.Sql } {
  switch (dimension) {
    case 'SPEAKER':
      return {
        columns: [
          { sql: Prisma.sql`s.speaker_person_id`, name: 'speaker_person_id' },
          { sql: Prisma.sql`s.speaker_organization_id`, name: 'speaker_organization_id' },
        ],
      };
    case 'OUTLET':
      return { columns: [{ sql: Prisma.sql`a.outlet`, name: 'outlet' }] };
    case 'KIND':
      return { columns: [{ sql: Prisma.sql`s.kind::text`, name: 'kind' }] };
    case 'CUE':
      return { columns: [{ sql: Prisma.sql`lower(s.cue)`, name: 'cue' }] };
    case 'ARTICLE':
      return { columns: [{ sql: Prisma.sql`s.article_id`, name: 'article_id' }] };
    case 'PERIOD':
      return {
        columns: [{ sql: Prisma.sql`date_trunc(${bucketSql(bucket)}, s.published_at, 'UTC')`, name: 'period' }],
      };
    case 'MENTIONED_PERSON':
      return {
        columns: [{ sql: Prisma.sql`gp.person_id`, name: 'mentioned_person_id' }],
        join: Prisma.sql`JOIN statement_person gp ON gp.statement_id = s.id`,
      };
    case 'MENTIONED_ORGANIZATION':
      return {
        columns: [{ sql: Prisma.sql`go.organization_id`, name: 'mentioned_organization_id' }],
        join: Prisma.sql`JOIN statement_organization go ON go.statement_id = s.id`,
      };
  }
}

export interface StatementCountArgs {
  filter?: StatementFilterShape | null;
  groupBy: readonly Dimension[];
  bucket?: TimeBucketValue | null;
  orderBy?: 'COUNT' | 'KEY' | null;
  distinct?: CountDistinctValue | null;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Counts statements matching `where` in groups, and loads the people, organizations and articles the page
 * names. `summary` (from speakerCountSummary) answers a speaker count from the summaries instead.
 */
export async function statementGroups(
  args: StatementCountArgs,
  where: Prisma.Sql,
  context: Context,
  info: GraphQLResolveInfo,
  summaryOfStatements?: SpeakerCountSource,
) {
  checkDimensions(args.groupBy);
  // The summaries count statements, not quotes.
  const summary = args.distinct === 'QUOTES' ? undefined : summaryOfStatements;
  const bucket = args.bucket ?? 'MONTH';
  const parts = args.groupBy.map((dimension) => dimensionSql(dimension, bucket));
  const joins = parts.flatMap((part) => (part.join ? [part.join] : []));
  const quotes = args.distinct === 'QUOTES';
  if (quotes) joins.push(Prisma.sql`JOIN quote_form qf ON qf.id = s.quote_form_id`);
  // The people, organizations and articles the groups name, when the query reads them: in the same
  // statement as the counts where node-select can read the selection, else by id afterwards.
  const at = (field: string, typeName: string) =>
    queryFromInfo({ context, info, typeName, path: ['edges', 'node', field] });
  const named = NAMED_ROWS.filter(
    (named) => args.groupBy.includes(named.dimension) && selectsNodeField(info, named.field),
  ).map((named) => {
    const query = at(named.field, named.model);
    return { ...named, query, inline: rowByIdSelect(named.model, query, `page.${named.key}`) };
  });
  const connection = await resolveGroups<GroupRow>(context.prisma, args, {
    columns: parts.flatMap((part) => part.columns),
    ...(summary?.countOrderOfRows
      ? {
          source: summary.source,
          measures: Prisma.sql`s.n::int AS count, NULL::int AS article_count`,
          countOrderOfRows: summary.countOrderOfRows,
        }
      : summary
        ? { source: summary.source, measures: Prisma.sql`sum(s.n)::int AS count, NULL::int AS article_count` }
        : {
            source: Prisma.sql`FROM ${args.groupBy.includes('OUTLET') || needsArticle(args.filter) ? STATEMENT_FROM : Prisma.sql`statement s`} ${joins.length ? Prisma.join(joins, ' ') : Prisma.empty} WHERE ${where}`,
            // A statement is in a group once (mention joins put each mentioned id in its own group): count(*).
            measures: Prisma.sql`${quotes ? Prisma.sql`count(DISTINCT qf.quote_id)` : Prisma.sql`count(*)`}::int AS count, ${selectsNodeField(info, 'articleCount') ? Prisma.sql`count(DISTINCT s.article_id)::int` : Prisma.sql`NULL::int`} AS article_count`,
          }),
    order: args.orderBy ?? 'COUNT',
    perGroup: named.flatMap((entry) => (entry.inline ? [{ name: `${entry.key}_row`, sql: entry.inline.sql }] : [])),
  });
  const rows = connection.edges.map((edge) => edge!.node as GroupRow & Record<string, unknown>);
  const found = {
    people: new Map<number, { id: number }>(),
    organizations: new Map<number, { id: number }>(),
    articles: new Map<number, { id: number }>(),
  };
  await Promise.all(
    named.map(async ({ key, model, query, inline, into }) => {
      if (inline) {
        for (const row of rows)
          if (row[key] != null) found[into].set(row[key] as number, inline.read(row[`${key}_row`]) as { id: number });
        return;
      }
      const loaded = await loadById(
        rows.map((row) => (row[key] as number | null | undefined) ?? null),
        (ids) => findManyByIds(context.prisma, model, query, ids),
      );
      for (const [id, value] of loaded) found[into].set(id, value);
    }),
  );
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ ...edge!, node: { row: edge!.node, bucket, ...found } })),
  };
}

/** The group keys that name a row, and the group field that returns it. */
const NAMED_ROWS = [
  { dimension: 'SPEAKER', key: 'speaker_person_id', field: 'speaker', model: 'Person', into: 'people' },
  {
    dimension: 'SPEAKER',
    key: 'speaker_organization_id',
    field: 'speaker',
    model: 'Organization',
    into: 'organizations',
  },
  {
    dimension: 'MENTIONED_PERSON',
    key: 'mentioned_person_id',
    field: 'mentionedPerson',
    model: 'Person',
    into: 'people',
  },
  {
    dimension: 'MENTIONED_ORGANIZATION',
    key: 'mentioned_organization_id',
    field: 'mentionedOrganization',
    model: 'Organization',
    into: 'organizations',
  },
  { dimension: 'ARTICLE', key: 'article_id', field: 'article', model: 'Article', into: 'articles' },
] as const;

builder.queryFields((t) => ({
  statementCounts: t.connection(
    {
      type: StatementGroup,
      description:
        'Statement counts grouped by 1 to 3 dimensions (speaker, outlet, kind, cue, article, period, mentioned person or organization) under any statement filter. ' +
        'E.g. `groupBy: [SPEAKER, PERIOD], bucket: MONTH` gives each speaker’s statements per month.',
      args: {
        groupBy: t.arg({
          type: [StatementDimension],
          required: true,
          description: 'The dimensions, 1 to 3, each once.',
        }),
        filter: t.arg({ type: StatementFilter, description: 'Count only these statements.' }),
        bucket: t.arg({ type: TimeBucket, defaultValue: 'MONTH', description: 'The period length for PERIOD.' }),
        distinct: t.arg({
          type: CountDistinct,
          defaultValue: 'STATEMENTS',
          description: 'Count statements, or each quote once.',
        }),
        orderBy: t.arg({
          type: GroupOrder,
          defaultValue: 'COUNT',
          description: 'Largest groups first, or by the group keys.',
        }),
      },
      resolve: (_root, args, context, info) => statementGroups(args, statementWhere(args.filter), context, info),
    },
    StatementGroupConnection,
  ),
  topSpeakers: t.connection(
    {
      type: StatementGroup,
      description:
        'Who said the most, optionally on a topic (a full-text search) and under a filter: statement counts by speaker, largest first, unattributed statements left out.',
      args: {
        topic: t.arg.string({
          description: 'Only statements matching this web-search query: `aleppo`, `"war crime" -syria`.',
        }),
        filter: t.arg({ type: StatementFilter, description: 'Count only these statements.' }),
        distinct: t.arg({
          type: CountDistinct,
          defaultValue: 'STATEMENTS',
          description: 'Count statements, or each quote once.',
        }),
      },
      resolve: (_root, args, context, info) =>
        statementGroups(
          { ...args, groupBy: ['SPEAKER'], orderBy: 'COUNT' },
          statementWhere({ AND: [args.filter ?? {}, { search: args.topic ?? null }], NOT: { speakerType: 'NONE' } }),
          context,
          info,
          // The summaries know no topic and no article counts.
          args.topic?.trim() || selectsNodeField(info, 'articleCount') ? undefined : speakerCountSummary(args.filter),
        ),
    },
    StatementGroupConnection,
  ),
}));
