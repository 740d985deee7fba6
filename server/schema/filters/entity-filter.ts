import type { EntityTable } from '../../db/entity-table.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { idsOfType, type GlobalIdShape } from './entity-ids.js';
import { nameFuzzySql, nameIsSql, namePrefixSql } from './name-match.js';
import { allOf, combinatorSql } from './sql-logic.js';

export interface NameFilterShape {
  exact?: string | null;
  prefix?: string | null;
  fuzzy?: string | null;
}

export const NameFilter = builder.inputRef<NameFilterShape>('NameFilter').implement({
  description:
    'How a name must match. Accents, case, dots and spacing never count ("Francois hollande" = "François Hollande").',
  fields: (t) => ({
    exact: t.string({ description: 'The name or an alias is this.' }),
    prefix: t.string({
      description: 'The name, an alias or a word in them starts with this ("poro" finds Petro Poroshenko).',
    }),
    fuzzy: t.string({
      description:
        'The name or an alias is close to this, typos and fragments included ("poroshenk", "Porochenko"): trigram word similarity of at least 0.6.',
    }),
  }),
});

export interface EntityFilterShape {
  AND?: EntityFilterShape[] | null;
  OR?: EntityFilterShape[] | null;
  NOT?: EntityFilterShape | null;
  id?: GlobalIdShape[] | null;
  name?: NameFilterShape | null;
  hasStatements?: boolean | null;
}

function entityFilter(typeName: 'Person' | 'Organization') {
  const ref = builder.inputRef<EntityFilterShape>(`${typeName}Filter`);
  const noun = typeName === 'Person' ? 'people' : 'organizations';
  return ref.implement({
    description: `Which ${noun} to keep. Every field given must hold (AND). Combine with AND / OR / NOT.`,
    fields: (t) => ({
      AND: t.field({ type: [ref], description: 'Every one of these filters holds.' }),
      OR: t.field({ type: [ref], description: 'At least one of these filters holds (an empty list matches nothing).' }),
      NOT: t.field({ type: ref, description: 'This filter does not hold.' }),
      id: t.globalIDList({ description: `Any of these ${noun}.` }),
      name: t.field({ type: NameFilter, description: 'The name matches (every way given must hold).' }),
      hasStatements: t.boolean({ description: 'Has said something (true) or nothing (false) in the articles stored.' }),
    }),
  });
}

export const PersonFilter = entityFilter('Person');
export const OrganizationFilter = entityFilter('Organization');

/** The filter as a SQL condition on `person e` or `organization e`. */
export function entityWhere(table: EntityTable, filter: EntityFilterShape | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const parts = combinatorSql(filter, (inner) => entityWhere(table, inner));
  const typeName = table.typename;
  if (filter.id) parts.push(Prisma.sql`e.id = ANY(${idsOfType(filter.id, typeName, 'filter.id')}::int[])`);
  if (filter.name?.exact != null) parts.push(nameIsSql(table, 'e', filter.name.exact, { surname: false }));
  if (filter.name?.prefix != null) parts.push(namePrefixSql('e', filter.name.prefix));
  if (filter.name?.fuzzy != null) parts.push(nameFuzzySql('e', filter.name.fuzzy));
  if (filter.hasStatements != null) {
    const exists = Prisma.sql`EXISTS (SELECT 1 FROM statement hs WHERE ${Prisma.raw(`hs.speaker_${table.name}_id`)} = e.id)`;
    parts.push(filter.hasStatements ? exists : Prisma.sql`NOT ${exists}`);
  }
  return allOf(parts);
}
