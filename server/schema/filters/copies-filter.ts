import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';

export type CopiesValue = 'INCLUDE' | 'EXCLUDE' | 'ONLY';

export const Copies = builder.enumType('Copies', {
  description:
    'What to do with syndicated copies: articles nearly the same as an earlier published one (see `Article.syndication`).',
  values: {
    INCLUDE: { description: 'Count every article, copies too (the default).' },
    EXCLUDE: { description: 'Leave copies out: each syndicated story counts once, as its original.' },
    ONLY: { description: 'Only the copies.' },
  } as const,
});

/** The copies choice as SQL on an article id expression; TRUE for INCLUDE or none. */
export function copiesSql(articleId: Prisma.Sql, copies: CopiesValue | null | undefined): Prisma.Sql | undefined {
  if (!copies || copies === 'INCLUDE') return undefined;
  const isCopy = Prisma.sql`EXISTS (SELECT 1 FROM article_syndication sy WHERE sy.article_id = ${articleId} AND sy.is_copy)`;
  return copies === 'ONLY' ? isCopy : Prisma.sql`NOT ${isCopy}`;
}
