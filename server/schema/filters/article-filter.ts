import { ORGANIZATION, PERSON } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { DateTimeRange, dateRangeSql, type DateRangeShape } from './date-range.js';
import { entityIds, idsOfType, type GlobalIdShape } from './entity-ids.js';
import { idsNamedSql } from './name-match.js';
import { Copies, copiesSql, type CopiesValue } from './copies-filter.js';
import { allOf, anyOf, combinatorSql } from './sql-logic.js';
import { textMatchSql } from './text-search.js';

export interface ArticleFilterShape {
  AND?: ArticleFilterShape[] | null;
  OR?: ArticleFilterShape[] | null;
  NOT?: ArticleFilterShape | null;
  id?: GlobalIdShape[] | null;
  outlet?: string[] | null;
  publishedAt?: DateRangeShape | null;
  mentioning?: GlobalIdShape[] | null;
  mentioningName?: string | null;
  quoting?: GlobalIdShape[] | null;
  quotingName?: string | null;
  search?: string | null;
  copies?: CopiesValue | null;
}

export const ArticleFilter = builder.inputRef<ArticleFilterShape>('ArticleFilter').implement({
  description:
    'Which articles to keep. Every field given must hold (AND); lists inside a field match any of their values. Combine with AND / OR / NOT.',
  fields: (t) => ({
    AND: t.field({ type: [ArticleFilter], description: 'Every one of these filters holds.' }),
    OR: t.field({
      type: [ArticleFilter],
      description: 'At least one of these filters holds (an empty list matches nothing).',
    }),
    NOT: t.field({ type: ArticleFilter, description: 'This filter does not hold.' }),
    id: t.globalIDList({ description: 'Any of these articles.' }),
    outlet: t.stringList({ description: 'From any of these outlets ("The Washington Post"), case ignored.' }),
    publishedAt: t.field({ type: DateTimeRange, description: 'Published in this span.' }),
    mentioning: t.globalIDList({ description: 'Mentions every one of these people and organizations.' }),
    mentioningName: t.string({
      description: 'Mentions a person or organization with this name, alias or (people) surname.',
    }),
    quoting: t.globalIDList({
      description: 'Quotes every one of these people and organizations (each has a statement in it).',
    }),
    quotingName: t.string({
      description: 'Quotes a person or organization with this name, alias or (people) surname.',
    }),
    search: t.string({
      description:
        'Full-text search on title and body (the title weighs more), web-search syntax: `aleppo -ceasefire "war crime"`.',
    }),
    copies: t.field({
      type: Copies,
      defaultValue: 'INCLUDE',
      description: 'Originals and syndicated copies: EXCLUDE keeps one article per syndicated story (its original).',
    }),
  }),
});

/** The filter as a SQL condition on `article a`. */
export function articleWhere(filter: ArticleFilterShape | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const parts = combinatorSql(filter, articleWhere);
  if (filter.id) parts.push(Prisma.sql`a.id = ANY(${idsOfType(filter.id, 'Article', 'filter.id')}::int[])`);
  if (filter.outlet)
    parts.push(
      Prisma.sql`lower(a.outlet) = ANY(${filter.outlet.map((outlet) => outlet.trim().toLowerCase())}::text[])`,
    );
  if (filter.publishedAt) parts.push(dateRangeSql(Prisma.sql`a.published_at`, filter.publishedAt));
  if (filter.mentioning) {
    const { people, organizations } = entityIds(filter.mentioning, 'filter.mentioning');
    for (const id of people)
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM person_mention pm WHERE pm.article_id = a.id AND pm.person_id = ${id})`,
      );
    for (const id of organizations) {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM organization_mention om WHERE om.article_id = a.id AND om.organization_id = ${id})`,
      );
    }
  }
  if (filter.mentioningName != null) {
    parts.push(
      anyOf([
        Prisma.sql`EXISTS (SELECT 1 FROM person_mention pm WHERE pm.article_id = a.id AND pm.person_id IN ${idsNamedSql(PERSON, filter.mentioningName)})`,
        Prisma.sql`EXISTS (SELECT 1 FROM organization_mention om WHERE om.article_id = a.id AND om.organization_id IN ${idsNamedSql(ORGANIZATION, filter.mentioningName)})`,
      ]),
    );
  }
  if (filter.quoting) {
    const { people, organizations } = entityIds(filter.quoting, 'filter.quoting');
    for (const id of people)
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND qs.speaker_person_id = ${id})`,
      );
    for (const id of organizations)
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND qs.speaker_organization_id = ${id})`,
      );
  }
  if (filter.quotingName != null) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM statement qs WHERE qs.article_id = a.id AND (qs.speaker_person_id IN ${idsNamedSql(PERSON, filter.quotingName)} OR qs.speaker_organization_id IN ${idsNamedSql(ORGANIZATION, filter.quotingName)}))`,
    );
  }
  if (filter.search?.trim()) parts.push(textMatchSql('a', filter.search));
  const copies = copiesSql(Prisma.sql`a.id`, filter.copies);
  if (copies) parts.push(copies);
  return allOf(parts);
}
