import type { NameMatchModeValue } from './name-match.js';
import type { NameMatchShape } from './name-match-input.js';

/** A name filter as given: where in the filter, the name and the mode. */
export interface NameUse extends NameMatchShape {
  /** Where, as a path: "filter.speakerName", "filter.OR[1].mentioningName". */
  field: string;
  mode: NameMatchModeValue;
}

interface Combinable {
  AND?: Combinable[] | null;
  OR?: Combinable[] | null;
  NOT?: Combinable | null;
}

/** Every name filter of `fields` in a filter, however deep in AND / OR / NOT. */
export function nameUses(filter: Combinable | null | undefined, fields: readonly string[], path = 'filter'): NameUse[] {
  if (!filter) return [];
  const own = fields.flatMap((field) => {
    const use = (filter as Record<string, unknown>)[field] as NameMatchShape | null | undefined;
    return use ? [{ field: `${path}.${field}`, name: use.name, mode: use.mode }] : [];
  });
  return [
    ...own,
    ...(filter.AND ?? []).flatMap((inner, i) => nameUses(inner, fields, `${path}.AND[${i}]`)),
    ...(filter.OR ?? []).flatMap((inner, i) => nameUses(inner, fields, `${path}.OR[${i}]`)),
    ...nameUses(filter.NOT, fields, `${path}.NOT`),
  ];
}

export const STATEMENT_NAME_FIELDS = ['speakerName', 'mentioningName'] as const;
export const ARTICLE_NAME_FIELDS = ['mentioningName', 'quotingName'] as const;

/** A connection that says which entities its filter's names matched (the `nameMatches` field). */
export function withNameMatches<C extends object>(
  connection: C,
  filter: Combinable | null | undefined,
  fields: readonly string[],
): C & { nameUses: NameUse[] } {
  return Object.assign(connection, { nameUses: nameUses(filter, fields) });
}
