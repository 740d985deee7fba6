import { Prisma } from '../../db/generated/prisma/client.js';

export const TRUE = Prisma.sql`TRUE`;

/** Every part must hold; no parts is TRUE. */
export function allOf(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' AND ')})` : TRUE;
}

/** Any part may hold; an empty list is FALSE, as an empty OR is in logic (and in Prisma). */
export function anyOf(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}

/** The AND / OR / NOT members every filter input has, compiled with that filter's own compiler. */
export interface Combinators<F> {
  AND?: F[] | null;
  OR?: F[] | null;
  NOT?: F | null;
}

export function combinatorSql<F>(filter: Combinators<F>, compile: (filter: F) => Prisma.Sql): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.AND) parts.push(allOf(filter.AND.map(compile)));
  if (filter.OR) parts.push(anyOf(filter.OR.map(compile)));
  // coalesce: a NULL (a statement without speaker, say) does not match, so NOT of it must.
  if (filter.NOT) parts.push(Prisma.sql`NOT coalesce(${compile(filter.NOT)}, FALSE)`);
  return parts;
}

/** LIKE's wildcards taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
