import type { PrismaClient } from '../db/prisma-client.js';
import { NotFoundError } from './curation-errors.js';

export interface DeleteResult {
  articleId: number;
  url: string;
  deletedStatements: number;
}

/** Deletes an article with its statements, mentions and links (the foreign keys cascade). People and organizations stay. */
export async function deleteArticle(prisma: PrismaClient, id: number): Promise<DeleteResult> {
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id },
      select: { id: true, url: true, _count: { select: { statements: true } } },
    });
    if (!article) throw new NotFoundError('Article', id);
    await tx.article.delete({ where: { id } });
    return { articleId: id, url: article.url, deletedStatements: article._count.statements };
  });
}
