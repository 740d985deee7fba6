import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import type { PrismaClient } from '../db/prisma-client.js';
import type { NormalizedArticle } from './normalize-article.js';
import { resolveEntities } from './resolve-entities.js';

export type IngestStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface IngestResult {
  status: IngestStatus;
  articleId: number;
}

/**
 * Stores one article with everything extracted from it, in one transaction: either all of it lands
 * or none. An article already stored with the same text is left as it is; one whose text changed is
 * re-extracted and replaced.
 */
export async function ingestArticle(prisma: PrismaClient, article: NormalizedArticle): Promise<IngestResult> {
  const existing = await prisma.article.findUnique({
    where: { canonicalUrl: article.canonicalUrl },
    select: { id: true, contentHash: true },
  });
  if (existing?.contentHash === article.contentHash) return { status: 'UNCHANGED', articleId: existing.id };

  // Extraction is pure CPU work: done before the transaction so no locks are held meanwhile.
  const extraction = extract(article.body);
  const articleId = await prisma.$transaction(async (tx) => {
    const fields = { ...article, boilerplate: extraction.boilerplate.map(({ start, end }) => ({ start, end })) };
    const { id } = existing
      ? await tx.article.update({ where: { id: existing.id }, data: { ...fields, ingestedAt: new Date() }, select: { id: true } })
      : await tx.article.create({ data: fields, select: { id: true } });
    if (existing) {
      await tx.statement.deleteMany({ where: { articleId: id } });
      await tx.personMention.deleteMany({ where: { articleId: id } });
      await tx.organizationMention.deleteMany({ where: { articleId: id } });
    }
    await writeExtraction(tx, id, extraction);
    return id;
  });
  return { status: existing ? 'UPDATED' : 'CREATED', articleId };
}

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function writeExtraction(tx: Transaction, articleId: number, extraction: Extraction): Promise<void> {
  const entityIds = await resolveEntities(tx, extraction.entities);
  const typeOf = new Map(extraction.entities.map((entity) => [entity.key, entity.type]));
  const idOf = (key: string) => entityIds.get(key)!;

  const people = extraction.entities.filter((entity) => entity.type === 'PERSON');
  const organizations = extraction.entities.filter((entity) => entity.type === 'ORGANIZATION');
  await tx.personMention.createMany({
    data: people.flatMap((entity) =>
      entity.mentions.map((mention) => ({
        articleId,
        personId: idOf(entity.key),
        start: mention.start,
        end: mention.end,
        text: mention.text,
        form: mention.form,
        role: mention.role ?? null,
      })),
    ),
  });
  await tx.organizationMention.createMany({
    data: organizations.flatMap((entity) =>
      entity.mentions.map((mention) => ({
        articleId,
        organizationId: idOf(entity.key),
        start: mention.start,
        end: mention.end,
        text: mention.text,
        form: mention.form,
      })),
    ),
  });

  if (extraction.statements.length === 0) return;
  const statements = await tx.statement.createManyAndReturn({
    data: extraction.statements.map((statement) => {
      const speakerType = statement.speaker ? typeOf.get(statement.speaker.entityKey) : undefined;
      return {
        articleId,
        text: statement.text,
        kind: statement.kind,
        start: statement.start,
        end: statement.end,
        pieces: statement.pieces.map(({ start, end }) => ({ start, end })),
        cue: statement.cue,
        cueStart: statement.cueSpan?.start ?? null,
        cueEnd: statement.cueSpan?.end ?? null,
        speakerPersonId: speakerType === 'PERSON' ? idOf(statement.speaker!.entityKey) : null,
        speakerOrganizationId: speakerType === 'ORGANIZATION' ? idOf(statement.speaker!.entityKey) : null,
        speakerStart: statement.speakerMention?.start ?? null,
        speakerEnd: statement.speakerMention?.end ?? null,
      };
    }),
    select: { id: true, start: true, end: true },
  });
  // Match rows to statements by span rather than trusting RETURNING's order.
  const statementIdAt = new Map(statements.map((row) => [`${row.start}:${row.end}`, row.id]));
  const links = extraction.statements.flatMap((statement) =>
    [...new Set(statement.mentionedEntityKeys)].map((key) => ({ statementId: statementIdAt.get(`${statement.start}:${statement.end}`)!, key })),
  );
  await tx.statementPerson.createMany({
    data: links.filter(({ key }) => typeOf.get(key) === 'PERSON').map(({ statementId, key }) => ({ statementId, personId: idOf(key) })),
    skipDuplicates: true,
  });
  await tx.statementOrganization.createMany({
    data: links
      .filter(({ key }) => typeOf.get(key) === 'ORGANIZATION')
      .map(({ statementId, key }) => ({ statementId, organizationId: idOf(key) })),
    skipDuplicates: true,
  });
}
