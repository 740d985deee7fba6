import { ORGANIZATION, PERSON } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { StatementKind } from '../enums.js';
import { DateTimeRange, dateRangeSql, type DateRangeShape } from './date-range.js';
import { entityIds, idsOfType, type GlobalIdShape } from './entity-ids.js';
import { idsNamedSql } from './name-match.js';
import { Copies, copiesSql, type CopiesValue } from './copies-filter.js';
import { allOf, anyOf, combinatorSql } from './sql-logic.js';
import { textMatchSql } from './text-search.js';

export const SpeakerType = builder.enumType('SpeakerType', {
  description: 'What kind of speaker a statement has.',
  values: {
    PERSON: { description: 'A person said it.' },
    ORGANIZATION: { description: 'An organization said it, as an institution ("the Kremlin said").' },
    NONE: { description: 'The article does not say who said it.' },
  } as const,
});

export interface StatementFilterShape {
  AND?: StatementFilterShape[] | null;
  OR?: StatementFilterShape[] | null;
  NOT?: StatementFilterShape | null;
  speakerId?: GlobalIdShape[] | null;
  speakerName?: string | null;
  speakerType?: 'PERSON' | 'ORGANIZATION' | 'NONE' | null;
  kind?: ('DIRECT' | 'INDIRECT' | 'PARTIAL' | 'MIXED')[] | null;
  cue?: string[] | null;
  articleId?: GlobalIdShape[] | null;
  outlet?: string[] | null;
  publishedAt?: DateRangeShape | null;
  mentioning?: GlobalIdShape[] | null;
  mentioningName?: string | null;
  search?: string | null;
  minConfidence?: number | null;
  copies?: CopiesValue | null;
}

export const StatementFilter = builder.inputRef<StatementFilterShape>('StatementFilter').implement({
  description:
    'Which statements to keep. Every field given must hold (AND); lists inside a field match any of their values. ' +
    'Combine with AND / OR / NOT for anything else, e.g. `{ mentioning: [$putin], NOT: { speakerId: [$putin] } }`.',
  fields: (t) => ({
    AND: t.field({ type: [StatementFilter], description: 'Every one of these filters holds.' }),
    OR: t.field({
      type: [StatementFilter],
      description: 'At least one of these filters holds (an empty list matches nothing).',
    }),
    NOT: t.field({ type: StatementFilter, description: 'This filter does not hold.' }),
    speakerId: t.globalIDList({ description: 'Said by any of these people or organizations.' }),
    speakerName: t.string({
      description:
        'Said by a person or organization with this name, an alias, or (people) this surname; accents, case and dots do not count.',
    }),
    speakerType: t.field({ type: SpeakerType, description: 'Said by a person, an organization, or nobody named.' }),
    kind: t.field({ type: [StatementKind], description: 'Reported in any of these ways.' }),
    cue: t.stringList({ description: 'Introduced by any of these cue words ("said", "warned"), case ignored.' }),
    articleId: t.globalIDList({ description: 'In any of these articles.' }),
    outlet: t.stringList({
      description: 'In an article of any of these outlets ("The Washington Post"), case ignored.',
    }),
    publishedAt: t.field({ type: DateTimeRange, description: 'In an article published in this span.' }),
    mentioning: t.globalIDList({ description: 'Mentions every one of these people and organizations in its content.' }),
    mentioningName: t.string({
      description: 'Mentions a person or organization with this name, alias or (people) surname.',
    }),
    minConfidence: t.float({
      description:
        'The extractor’s confidence is at least this (0 to 1). Statements stored before confidences existed have none and never match.',
    }),
    search: t.string({
      description:
        'Full-text search on the statement’s text, web-search syntax: `aleppo -ceasefire "war crime"`, `putin or merkel`. English stemming: "crimes" finds "crime".',
    }),
    copies: t.field({
      type: Copies,
      defaultValue: 'INCLUDE',
      description: 'In an original or a syndicated copy: EXCLUDE counts each syndicated story once.',
    }),
  }),
});

/**
 * The filter as a SQL condition on `statement s JOIN article a ON a.id = s.article_id`.
 * Values are bound parameters, never spliced into the text.
 */
export function statementWhere(filter: StatementFilterShape | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const parts = combinatorSql(filter, statementWhere);
  if (filter.speakerId) {
    const { people, organizations } = entityIds(filter.speakerId, 'filter.speakerId');
    parts.push(
      anyOf([
        ...idInSql(Prisma.sql`s.speaker_person_id`, people),
        ...idInSql(Prisma.sql`s.speaker_organization_id`, organizations),
      ]),
    );
  }
  if (filter.speakerName != null) {
    parts.push(
      anyOf([
        Prisma.sql`s.speaker_person_id IN ${idsNamedSql(PERSON, filter.speakerName)}`,
        Prisma.sql`s.speaker_organization_id IN ${idsNamedSql(ORGANIZATION, filter.speakerName)}`,
      ]),
    );
  }
  if (filter.speakerType === 'PERSON') parts.push(Prisma.sql`s.speaker_person_id IS NOT NULL`);
  if (filter.speakerType === 'ORGANIZATION') parts.push(Prisma.sql`s.speaker_organization_id IS NOT NULL`);
  if (filter.speakerType === 'NONE')
    parts.push(Prisma.sql`(s.speaker_person_id IS NULL AND s.speaker_organization_id IS NULL)`);
  if (filter.minConfidence !== undefined && filter.minConfidence !== null)
    parts.push(Prisma.sql`s.confidence >= ${filter.minConfidence}::real`);
  if (filter.kind) parts.push(Prisma.sql`s.kind::text = ANY(${filter.kind}::text[])`);
  if (filter.cue)
    parts.push(Prisma.sql`lower(s.cue) = ANY(${filter.cue.map((cue) => cue.trim().toLowerCase())}::text[])`);
  if (filter.articleId)
    parts.push(Prisma.sql`s.article_id = ANY(${idsOfType(filter.articleId, 'Article', 'filter.articleId')}::int[])`);
  if (filter.outlet)
    parts.push(
      Prisma.sql`lower(a.outlet) = ANY(${filter.outlet.map((outlet) => outlet.trim().toLowerCase())}::text[])`,
    );
  // statement.published_at is the article's, copied by ingestion so that the date is indexed with the speaker.
  if (filter.publishedAt) parts.push(dateRangeSql(Prisma.sql`s.published_at`, filter.publishedAt));
  if (filter.mentioning) {
    const { people, organizations } = entityIds(filter.mentioning, 'filter.mentioning');
    for (const id of people)
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id = ${id})`,
      );
    for (const id of organizations) {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM statement_organization so WHERE so.statement_id = s.id AND so.organization_id = ${id})`,
      );
    }
  }
  if (filter.mentioningName != null) {
    parts.push(
      anyOf([
        Prisma.sql`EXISTS (SELECT 1 FROM statement_person sp WHERE sp.statement_id = s.id AND sp.person_id IN ${idsNamedSql(PERSON, filter.mentioningName)})`,
        Prisma.sql`EXISTS (SELECT 1 FROM statement_organization so WHERE so.statement_id = s.id AND so.organization_id IN ${idsNamedSql(ORGANIZATION, filter.mentioningName)})`,
      ]),
    );
  }
  if (filter.search?.trim()) parts.push(textMatchSql('s', filter.search));
  const copies = copiesSql(Prisma.sql`s.article_id`, filter.copies);
  if (copies) parts.push(copies);
  return allOf(parts);
}

/**
 * `column` is one of `ids`, as the planner reads best: nothing for no ids (no always-false branch in an
 * OR), `=` for one (an index then also gives the order), `= ANY` for more.
 */
function idInSql(column: Prisma.Sql, ids: number[]): Prisma.Sql[] {
  if (ids.length === 0) return [];
  return [ids.length === 1 ? Prisma.sql`${column} = ${ids[0]}` : Prisma.sql`${column} = ANY(${ids}::int[])`];
}

/** What statement queries select from: the article is joined for its outlet. */
export const STATEMENT_FROM = Prisma.sql`statement s JOIN article a ON a.id = s.article_id`;

/** Whether the filter reads the article (only `outlet` does): when not, the join is left out. */
export function needsArticle(filter: StatementFilterShape | null | undefined): boolean {
  if (!filter) return false;
  return (
    Boolean(filter.outlet) ||
    [...(filter.AND ?? []), ...(filter.OR ?? []), ...(filter.NOT ? [filter.NOT] : [])].some(needsArticle)
  );
}

/** STATEMENT_FROM, or the statement table alone when the filter does not need the article. */
export function statementFrom(filter: StatementFilterShape | null | undefined): Prisma.Sql {
  return needsArticle(filter) ? STATEMENT_FROM : Prisma.sql`statement s`;
}
