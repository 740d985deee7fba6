import { ORGANIZATION, PERSON } from '../db/entity-table.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { rawQuery } from '../db/prisma-client.js';
import { ArticleConnection } from './article.js';
import { StatementGroupConnection } from './aggregates/statement-counts.js';
import { MentionGroupConnection } from './aggregates/mention-counts.js';
import { builder } from './builder.js';
import { idsNamedSql } from './filters/name-match.js';
import { NameMatchMode } from './filters/name-match-input.js';
import type { NameUse } from './filters/name-uses.js';
import { ArticleSearchConnection } from './search/article-search.js';
import { StatementSearchConnection } from './search/statement-search.js';
import { Speaker, StatementConnection } from './statement.js';

export const NameMatchReport = builder.objectRef<NameUse>('NameMatchReport').implement({
  description:
    'Which people and organizations a name filter matched. More than one (`ambiguous`) means the counts mix them: narrow with `speakerId` / `mentioning`.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The filter field, as a path ("filter.speakerName").' }),
    name: t.exposeString('name', { description: 'The name given.' }),
    mode: t.field({ type: NameMatchMode, description: 'The mode given.', resolve: (use) => use.mode }),
    entities: t.field({
      type: [Speaker],
      description: 'Every person and organization it matched, people first, each by id.',
      resolve: async (use, _args, { prisma }) => {
        const [people, organizations] = await Promise.all(
          [PERSON, ORGANIZATION].map(async (table) => {
            const rows = await rawQuery<{ id: number }>(
              prisma,
              Prisma.sql`SELECT id FROM ${idsNamedSql(table, use.name, use.mode)} AS named ORDER BY id`,
            );
            return rows.map((row) => row.id);
          }),
        );
        return [
          ...(await prisma.person.findMany({ where: { id: { in: people } }, orderBy: { id: 'asc' } })).map((row) => ({
            ...row,
            __typename: 'Person' as const,
          })),
          ...(await prisma.organization.findMany({ where: { id: { in: organizations } }, orderBy: { id: 'asc' } })).map(
            (row) => ({ ...row, __typename: 'Organization' as const }),
          ),
        ] as never;
      },
    }),
    ambiguous: t.boolean({
      description: 'Whether it matched more than one person or organization.',
      resolve: async (use, _args, { prisma }) => {
        const [row] = await rawQuery<{ count: number }>(
          prisma,
          Prisma.sql`SELECT (SELECT count(*) FROM ${idsNamedSql(PERSON, use.name, use.mode)} AS p)::int + (SELECT count(*) FROM ${idsNamedSql(ORGANIZATION, use.name, use.mode)} AS o)::int AS count`,
        );
        return (row?.count ?? 0) > 1;
      },
    }),
  }),
});

// Every connection a name filter can narrow says what its names matched.
for (const connection of [
  StatementConnection,
  ArticleConnection,
  StatementSearchConnection,
  ArticleSearchConnection,
  StatementGroupConnection,
  MentionGroupConnection,
] as const) {
  builder.objectField(connection as never, 'nameMatches', (t: any) =>
    t.field({
      type: [NameMatchReport],
      description:
        'For each name filter given (`speakerName`, `mentioningName`, `quotingName`), the people and organizations it matched; empty without one.',
      resolve: (page: { nameUses?: NameUse[] }) => page.nameUses ?? [],
    }),
  );
}
