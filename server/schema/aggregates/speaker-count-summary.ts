import { Prisma } from '../../db/generated/prisma/client.js';
import type { DateRangeShape } from '../filters/date-range.js';
import type { StatementFilterShape } from '../filters/statement-filter.js';

/** The speaker columns of a summary row (speaker_type + speaker_id) as the statement table names them. */
const SPEAKER_COLUMNS = Prisma.sql`
  CASE WHEN speaker_type = 'PERSON' THEN speaker_id END AS speaker_person_id,
  CASE WHEN speaker_type = 'ORGANIZATION' THEN speaker_id END AS speaker_organization_id`;

/** Where speaker counts come from instead of `statement`: see speakerCountSummary. */
export interface SpeakerCountSource {
  source: Prisma.Sql;
  /** Set when each speaker has one row (all time): the order largest first, by speaker_stat's index. */
  countOrderOfRows?: Prisma.Sql;
}

/**
 * Statements per speaker read off the trigger-kept summaries (speaker_stat, speaker_month_stat) instead
 * of counted from `statement`: whole months come from the summary, the ragged ends of a date range from
 * the statements themselves, so the counts are exact. Only a filter on the publication date (or none) can
 * be answered this way; anything else returns undefined and the statements are counted.
 *
 * `source` is `FROM (...) s WHERE TRUE` with columns speaker_person_id, speaker_organization_id and
 * `n`, statements to add up (all time: one row per speaker, already added up).
 */
export function speakerCountSummary(filter: StatementFilterShape | null | undefined): SpeakerCountSource | undefined {
  const { publishedAt, copies, ...rest } = filter ?? {};
  if (Object.values(rest).some((value) => value != null) || (copies && copies !== 'INCLUDE')) return undefined;
  const range: DateRangeShape = publishedAt ?? {};
  if (!range.from && !range.before) {
    return {
      source: Prisma.sql`FROM (SELECT ${SPEAKER_COLUMNS}, speaker_type, speaker_id, statements AS n FROM speaker_stat WHERE statements > 0) s WHERE TRUE`,
      // The groups' order (count, then people before organizations, each by id) in speaker_stat's own
      // columns: the enum lists PERSON first. speaker_stat_statements_idx serves the top of it.
      countOrderOfRows: Prisma.sql`s.n DESC, s.speaker_type, s.speaker_id`,
    };
  }
  const firstWholeMonth = range.from ? monthStartOnOrAfter(range.from) : undefined;
  const endOfWholeMonths = range.before ? monthStart(range.before) : undefined;
  const hasWholeMonths = !firstWholeMonth || !endOfWholeMonths || firstWholeMonth < endOfWholeMonths;
  // The spans counted from statement: before the first whole month and after the last one, or all of it.
  const ragged = hasWholeMonths
    ? [
        ...(range.from && firstWholeMonth! > range.from ? [{ from: range.from, before: firstWholeMonth! }] : []),
        ...(range.before && endOfWholeMonths! < range.before
          ? [{ from: endOfWholeMonths!, before: range.before }]
          : []),
      ]
    : [range];
  const months = hasWholeMonths
    ? [
        Prisma.sql`SELECT ${SPEAKER_COLUMNS}, statements AS n FROM speaker_month_stat WHERE statements > 0
          AND month >= ${isoDate(firstWholeMonth) ?? '-infinity'}::date AND month < ${isoDate(endOfWholeMonths) ?? 'infinity'}::date`,
      ]
    : [];
  const statements = ragged.map(
    (span) => Prisma.sql`SELECT s.speaker_person_id, s.speaker_organization_id, 1 AS n FROM statement s
      WHERE (s.speaker_person_id IS NOT NULL OR s.speaker_organization_id IS NOT NULL)
        ${span.from ? Prisma.sql`AND s.published_at >= ${span.from}` : Prisma.empty} ${span.before ? Prisma.sql`AND s.published_at < ${span.before}` : Prisma.empty}`,
  );
  return { source: Prisma.sql`FROM (${Prisma.join([...months, ...statements], ' UNION ALL ')}) s WHERE TRUE` };
}

/** The first instant of the month (UTC) of `date`. */
function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** `date` when it starts a month (UTC), else the start of the next month. */
function monthStartOnOrAfter(date: Date): Date {
  const start = monthStart(date);
  return start.getTime() === date.getTime()
    ? start
    : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

function isoDate(date: Date | undefined): string | undefined {
  return date?.toISOString().slice(0, 10);
}
