import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection/page-size.js';
import { readTotalCount } from '../connection/sql-connection.js';
import type { Context } from '../context.js';
import { Speaker } from '../statement.js';
import { loadById } from './group-common.js';
import { EntityType } from './mention-counts.js';
import { findManyByIds } from '../connection/node-select.js';

type Table = 'person' | 'organization';

interface CoMentionRow {
  id: number;
  article_count: number;
  statement_count: number;
}

interface CoMentionShape {
  row: CoMentionRow;
  typeName: 'Person' | 'Organization';
  entity: { id: number };
}

export const CoMention = builder.objectRef<CoMentionShape>('CoMention').implement({
  description: 'Another person or organization that appears together with this one, and how often.',
  fields: (t) => ({
    entity: t.field({
      type: Speaker,
      description: 'Who or what appears with this one.',
      resolve: ({ entity, typeName }) => ({ ...entity, __typename: typeName }) as never,
    }),
    articleCount: t.int({
      description: 'In how many articles both are mentioned.',
      resolve: ({ row }) => row.article_count,
    }),
    statementCount: t.int({
      description:
        'In how many statements both take part (as speaker or mentioned in it): "Merkel said Putin must…" counts for Merkel and Putin.',
      resolve: ({ row }) => row.statement_count,
    }),
  }),
});

export const CoMentionConnection = builder.connectionObject(
  {
    type: CoMention,
    name: 'CoMentionConnection',
    description: 'A page of co-mentions, most shared articles first (then most shared statements).',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many co-mentioned entities there are, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A co-mention on a page, with its cursor.' },
);

/** Statements `table` #id takes part in: as speaker or mentioned. */
function involvedSql(table: Table, id: number): Prisma.Sql {
  return Prisma.sql`SELECT s.id FROM statement s WHERE ${Prisma.raw(`s.speaker_${table}_id`)} = ${id}
    UNION SELECT l.statement_id FROM ${Prisma.raw(`statement_${table}`)} l WHERE ${Prisma.raw(`l.${table}_id`)} = ${id}`;
}

/** Entities of `other` that take part in the statements of `involved` (as speaker or mentioned). */
function participantsSql(other: Table): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(`s.speaker_${other}_id`)} AS id, s.id AS statement_id FROM statement s JOIN involved i ON i.id = s.id WHERE ${Prisma.raw(`s.speaker_${other}_id`)} IS NOT NULL
    UNION SELECT ${Prisma.raw(`l.${other}_id`)}, l.statement_id FROM ${Prisma.raw(`statement_${other}`)} l JOIN involved i ON i.id = l.statement_id`;
}

async function coMentions(
  table: Table,
  id: number,
  other: Table,
  args: DefaultConnectionArguments,
  context: Context,
  info: GraphQLResolveInfo,
) {
  const self = table === other ? Prisma.sql`${id}` : Prisma.sql`NULL::int`;
  const cte = Prisma.sql`
    WITH mine AS (SELECT DISTINCT article_id FROM ${Prisma.raw(`${table}_mention`)} WHERE ${Prisma.raw(`${table}_id`)} = ${id}),
    involved AS (${involvedSql(table, id)}),
    by_article AS (
      SELECT ${Prisma.raw(`m.${other}_id`)} AS id, count(DISTINCT m.article_id)::int AS article_count
      FROM ${Prisma.raw(`${other}_mention`)} m JOIN mine USING (article_id) GROUP BY 1),
    by_statement AS (SELECT id, count(DISTINCT statement_id)::int AS statement_count FROM (${participantsSql(other)}) p GROUP BY 1),
    together AS (
      SELECT id, coalesce(b.article_count, 0) AS article_count, coalesce(c.statement_count, 0) AS statement_count
      FROM by_article b FULL JOIN by_statement c USING (id) WHERE id IS DISTINCT FROM ${self})`;
  let total: Promise<number> | undefined;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    ({ offset, limit }) =>
      context.prisma.$queryRaw<
        CoMentionRow[]
      >`${cte} SELECT * FROM together ORDER BY article_count DESC, statement_count DESC, id ASC OFFSET ${offset} LIMIT ${limit}`,
  );
  const typeName = other === 'person' ? 'Person' : 'Organization';
  const query = queryFromInfo({ context, info, typeName, path: ['edges', 'node', 'entity'] });
  const rows = connection.edges.map((edge) => edge!.node);
  const entities = await loadById(
    rows.map((row) => row.id),
    (ids) =>
      other === 'person'
        ? findManyByIds(context.prisma, 'Person', query, ids)
        : findManyByIds(context.prisma, 'Organization', query, ids),
  );
  return {
    ...connection,
    edges: connection.edges.flatMap((edge) => {
      const entity = entities.get(edge!.node.id);
      return entity ? [{ ...edge!, node: { row: edge!.node, typeName, entity } as CoMentionShape }] : [];
    }),
    totalCount: () =>
      (total ??= context.prisma.$queryRaw<{ count: number }[]>`${cte} SELECT count(*)::int AS count FROM together`.then(
        ([row]) => row?.count ?? 0,
      )),
  };
}

for (const [typeName, table] of [
  ['Person', 'person'],
  ['Organization', 'organization'],
] as const) {
  builder.prismaObjectField(typeName, 'coMentions', (t) =>
    t.connection(
      {
        type: CoMention,
        description: `The people or organizations that appear together with this ${table}: in the same articles, and in the same statements.`,
        args: {
          type: t.arg({
            type: EntityType,
            required: true,
            defaultValue: 'PERSON',
            description: 'People or organizations.',
          }),
        },
        resolve: (parent, args, context, info) =>
          coMentions(table, parent.id, args.type === 'PERSON' ? 'person' : 'organization', args, context, info),
      },
      CoMentionConnection,
    ),
  );
}
