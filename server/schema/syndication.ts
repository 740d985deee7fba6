import { queryFromInfo } from '@pothos/plugin-prisma';
import { Prisma } from '../db/generated/prisma/client.js';
import { Article, ArticleConnection } from './article.js';
import { builder } from './builder.js';
import { resolveSqlConnection } from './connection/sql-connection.js';

export const WireService = builder.enumType('WireService', {
  description: 'A news agency whose story an article carries, by its dateline ("MOSCOW (AP) —") or credit lines.',
  values: {
    AP: { description: 'The Associated Press.', value: 'AP' },
    REUTERS: { description: 'Reuters.', value: 'Reuters' },
    AFP: { description: 'Agence France-Presse.', value: 'AFP' },
  } as const,
});

export const SyndicationGroup = builder.prismaNode('SyndicationGroup', {
  nullable: true,
  description:
    'Articles whose bodies are nearly the same: one story copied under several URLs (with small edits, an added ' +
    'paragraph or another headline). Found by MinHash over 5-word shingles: estimated Jaccard similarity ≥ 0.8, linked transitively.',
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    size: t.exposeInt('size', { description: 'How many articles the group has, the original included.' }),
    original: t.field({
      type: Article,
      description: 'The earliest published article of the group (undated ones last, then the first stored).',
      select: { originalArticleId: true },
      resolve: (group, _args, context, info) =>
        context.prisma.article.findUniqueOrThrow({
          ...queryFromInfo({ context, info, typeName: 'Article' }),
          where: { id: group.originalArticleId },
        }),
    }),
    copies: t.connection(
      {
        type: Article,
        description: 'The other articles of the group, earliest published first, 20 a page.',
        resolve: (group, args, context, info) =>
          resolveSqlConnection(
            context.prisma,
            args,
            {
              ordering: 'syndication-copies',
              keys: [{ sql: Prisma.sql`coalesce(a.published_at, 'infinity'::timestamptz)`, type: 'timestamptz' }],
              descending: false,
              from: Prisma.sql`article a JOIN article_syndication sy ON sy.article_id = a.id`,
              id: Prisma.sql`a.id`,
              where: Prisma.sql`sy.group_id = ${group.id} AND sy.is_copy`,
            },
            { model: 'Article', query: queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node'] }) },
          ),
      },
      ArticleConnection,
    ),
  }),
});

builder.prismaObjectFields(Article, (t) => ({
  syndication: t.field({
    type: SyndicationGroup,
    nullable: true,
    description: 'The group of syndicated copies this article is in; null when no other stored article is a copy.',
    select: (_args, _context, nestedSelection) => ({ syndication: { select: { group: nestedSelection(true) } } }),
    resolve: (article) => article.syndication?.group ?? null,
  }),
  isCopy: t.boolean({
    description: 'Whether the article is a syndicated copy of an earlier published one (`syndication.original`).',
    select: { syndication: { select: { isCopy: true } } },
    resolve: (article) => article.syndication?.isCopy ?? false,
  }),
  wireService: t.field({
    type: WireService,
    nullable: true,
    description: 'The agency the article credits in its dateline or credit lines; null when none.',
    select: { syndication: { select: { wireService: true } } },
    resolve: (article) => (article.syndication?.wireService ?? null) as never,
  }),
}));
