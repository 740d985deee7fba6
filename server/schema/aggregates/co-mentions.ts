import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery } from '../../db/prisma-client.js';
import { builder } from '../builder.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection/page-size.js';
import { readTotalCount } from '../connection/sql-connection.js';
import type { Context } from '../context.js';
import { Speaker } from '../statement.js';
import { loadById } from './group-common.js';
import { EntityType } from './mention-counts.js';
import { findManyByIds } from '../connection/node-select.js';

type Table = 'person' | 'organization';

const speakerType = (table: Table) => (table === 'person' ? 'PERSON' : 'ORGANIZATION');

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

async function coMentions(
  table: Table,
  id: number,
  other: Table,
  args: DefaultConnectionArguments,
  context: Context,
  info: GraphQLResolveInfo,
) {
  // Pair counts kept by triggers (prisma/functions/newsgraph_add_co_mentions.sql), read in the order of
  // co_mention_ranked_idx; pairs whose counts fell to 0 (an entity deleted or merged away) are skipped.
  const pairs = Prisma.sql`FROM co_mention WHERE entity_type = ${speakerType(table)}::"SpeakerType" AND entity_id = ${id}
    AND other_type = ${speakerType(other)}::"SpeakerType" AND (articles > 0 OR statements > 0)`;
  let total: Promise<number> | undefined;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    ({ offset, limit }) =>
      rawQuery<CoMentionRow>(
        context.prisma,
        Prisma.sql`SELECT other_id AS id, articles AS article_count, statements AS statement_count ${pairs}
          ORDER BY articles DESC, statements DESC, other_id ASC OFFSET ${offset} LIMIT ${limit}`,
      ),
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
      (total ??= rawQuery<{ count: number }>(context.prisma, Prisma.sql`SELECT count(*)::int AS count ${pairs}`).then(
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
