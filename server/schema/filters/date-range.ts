import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';

export interface DateRangeShape {
  from?: Date | null;
  before?: Date | null;
}

export const DateTimeRange = builder.inputRef<DateRangeShape>('DateTimeRange').implement({
  description:
    'A span of time, half-open: `from` ≤ t < `before`. Either end may be left out. Undated articles match no range.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'The earliest instant included.' }),
    before: t.field({ type: 'DateTime', description: 'The first instant no longer included.' }),
  }),
});

/**
 * The range as SQL on a timestamptz column; TRUE when both ends are open. It is written on
 * `coalesce(column, '-infinity')`, the expression the order indexes hold (undated rows sort as the
 * oldest), so that a range and a newest-first order are one index range.
 */
export function dateRangeSql(column: Prisma.Sql, range: DateRangeShape): Prisma.Sql {
  const ordered = Prisma.sql`coalesce(${column}, '-infinity'::timestamptz)`;
  const parts: Prisma.Sql[] = [];
  if (range.from) parts.push(Prisma.sql`${ordered} >= ${range.from}`);
  // Without a start, the undated rows (at -infinity) would fall inside: they match no range.
  else if (range.before) parts.push(Prisma.sql`${column} IS NOT NULL`);
  if (range.before) parts.push(Prisma.sql`${ordered} < ${range.before}`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}
