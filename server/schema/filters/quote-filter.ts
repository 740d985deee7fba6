import { ORGANIZATION, PERSON } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { DateTimeRange, dateRangeSql, type DateRangeShape } from './date-range.js';
import { entityIds, type GlobalIdShape } from './entity-ids.js';
import { idsNamedSql } from './name-match.js';
import { allOf, anyOf, combinatorSql } from './sql-logic.js';
import { SpeakerType } from './statement-filter.js';

export interface QuoteFilterShape {
  AND?: QuoteFilterShape[] | null;
  OR?: QuoteFilterShape[] | null;
  NOT?: QuoteFilterShape | null;
  speakerId?: GlobalIdShape[] | null;
  speakerName?: string | null;
  speakerType?: 'PERSON' | 'ORGANIZATION' | 'NONE' | null;
  firstSeenAt?: DateRangeShape | null;
  lastSeenAt?: DateRangeShape | null;
  search?: string | null;
}

export const QuoteFilter = builder.inputRef<QuoteFilterShape>('QuoteFilter').implement({
  description:
    'Which quotes to keep. Every field given must hold (AND); lists inside a field match any of their values. Combine with AND / OR / NOT.',
  fields: (t) => ({
    AND: t.field({ type: [QuoteFilter], description: 'Every one of these filters holds.' }),
    OR: t.field({
      type: [QuoteFilter],
      description: 'At least one of these filters holds (an empty list matches nothing).',
    }),
    NOT: t.field({ type: QuoteFilter, description: 'This filter does not hold.' }),
    speakerId: t.globalIDList({ description: 'Said by any of these people or organizations.' }),
    speakerName: t.string({
      description: 'Said by a person or organization with this name, an alias or (people) this surname.',
    }),
    speakerType: t.field({ type: SpeakerType, description: 'Said by a person, an organization, or nobody named.' }),
    firstSeenAt: t.field({ type: DateTimeRange, description: 'First printed in this span.' }),
    lastSeenAt: t.field({ type: DateTimeRange, description: 'Last printed in this span.' }),
    search: t.string({
      description: 'Full-text search on the quote’s text, web-search syntax (`sanctions -oil`), English stemming.',
    }),
  }),
});

/** The filter as a SQL condition on `quote q`. */
export function quoteWhere(filter: QuoteFilterShape | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const parts = combinatorSql(filter, quoteWhere);
  if (filter.speakerId) {
    const { people, organizations } = entityIds(filter.speakerId, 'filter.speakerId');
    parts.push(
      anyOf([
        ...(people.length ? [Prisma.sql`q.speaker_person_id = ANY(${people}::int[])`] : []),
        ...(organizations.length ? [Prisma.sql`q.speaker_organization_id = ANY(${organizations}::int[])`] : []),
      ]),
    );
  }
  if (filter.speakerName != null) {
    parts.push(
      anyOf([
        Prisma.sql`q.speaker_person_id IN ${idsNamedSql(PERSON, filter.speakerName)}`,
        Prisma.sql`q.speaker_organization_id IN ${idsNamedSql(ORGANIZATION, filter.speakerName)}`,
      ]),
    );
  }
  if (filter.speakerType === 'PERSON') parts.push(Prisma.sql`q.speaker_person_id IS NOT NULL`);
  if (filter.speakerType === 'ORGANIZATION') parts.push(Prisma.sql`q.speaker_organization_id IS NOT NULL`);
  if (filter.speakerType === 'NONE')
    parts.push(Prisma.sql`(q.speaker_person_id IS NULL AND q.speaker_organization_id IS NULL)`);
  if (filter.firstSeenAt) parts.push(dateRangeSql(Prisma.sql`q.first_seen_at`, filter.firstSeenAt));
  if (filter.lastSeenAt) parts.push(dateRangeSql(Prisma.sql`q.last_seen_at`, filter.lastSeenAt));
  if (filter.search?.trim())
    parts.push(Prisma.sql`to_tsvector('english', q.text) @@ websearch_to_tsquery('english', ${filter.search})`);
  return allOf(parts);
}
