import type { EntityTable } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { nameKey } from '../../names/name-key.js';
import { escapeLike } from './sql-logic.js';

/**
 * The name or an alias is this name (accents, case, dots and spacing do not count); for people also
 * the surname ("Hollande"). `alias` is the table's alias in the surrounding SQL.
 */
export function nameIsSql(
  table: EntityTable,
  alias: string,
  name: string,
  { surname = table.name === 'person' } = {},
): Prisma.Sql {
  const key = nameKey(name);
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const parts = [
    Prisma.sql`${column('name_key')} = ${key}`,
    // Both keys: the JavaScript one and its SQL twin, which the generated alias_keys use.
    Prisma.sql`${column('alias_keys')} && ARRAY[${key}, newsgraph_name_key(${name})]::text[]`,
  ];
  if (surname && key && !key.includes(' '))
    parts.push(Prisma.sql`${column('name_key')} LIKE ${`% ${escapeLike(key)}`}`);
  return Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

/** The name, an alias, or a word in them starts with this text. */
export function namePrefixSql(alias: string, prefix: string): Prisma.Sql {
  const key = escapeLike(nameKey(prefix));
  const names = Prisma.raw(`${alias}.search_names`);
  return Prisma.sql`(${names} LIKE ${`${key}%`} OR ${names} LIKE ${`% ${key}%`})`;
}

/** Trigram word similarity to the name or an alias reaches pg_trgm's threshold (0.6): typos and fragments match. */
export function nameFuzzySql(alias: string, text: string): Prisma.Sql {
  return Prisma.sql`(${nameKey(text)} <% ${Prisma.raw(`${alias}.search_names`)})`;
}

/** How close a name comes, 0..1, for ranking fuzzy matches. */
export function nameSimilaritySql(alias: string, text: string): Prisma.Sql {
  return Prisma.sql`word_similarity(${nameKey(text)}, ${Prisma.raw(`${alias}.search_names`)})::float8`;
}

/** How a name filter matches: see idsNamedSql. */
export type NameMatchModeValue = 'EXACT' | 'SURNAME';

/**
 * Ids of the entities of `table` a name names, as a subquery: the one rule of `person(name:)`,
 * `organization(name:)` and every name filter. An entity whose own name it is (accents, case, dots and
 * spacing aside) is the only match; else every entity with it among its aliases, and in SURNAME mode
 * (people only) every person whose name ends with it ("Bush": George W. Bush and Jeb Bush).
 */
export function idsNamedSql(table: EntityTable, name: string, mode: NameMatchModeValue): Prisma.Sql {
  const key = nameKey(name);
  const from = Prisma.raw(`"${table.name}"`);
  const others = [
    Prisma.sql`e.alias_keys && ARRAY[${key}, newsgraph_name_key(${name})]::text[]`,
    ...(mode === 'SURNAME' && table.name === 'person' && key && !key.includes(' ')
      ? [Prisma.sql`e.name_key LIKE ${`% ${escapeLike(key)}`}`]
      : []),
  ];
  return Prisma.sql`(SELECT e.id FROM ${from} e WHERE e.name_key = ${key}
    UNION ALL SELECT e.id FROM ${from} e WHERE NOT EXISTS (SELECT 1 FROM ${from} x WHERE x.name_key = ${key})
      AND (${Prisma.join(others, ' OR ')}))`;
}
