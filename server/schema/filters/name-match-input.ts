import { builder } from '../builder.js';
import type { NameMatchModeValue } from './name-match.js';

export const NameMatchMode = builder.enumType('NameMatchMode', {
  description:
    'How a name finds people and organizations. Either way accents, case, dots and spacing do not count, and an entity whose own name it is is the only match.',
  values: {
    EXACT: { description: 'The name, else every entity with it as an alias.' },
    SURNAME: {
      description:
        'As EXACT, and (people) every person whose name ends with it: "Bush" is George W. Bush and Jeb Bush. See the connection’s `nameMatches`.',
    },
  } as const,
});

export interface NameMatchShape {
  name: string;
  mode: NameMatchModeValue;
}

export const NameMatch = builder.inputRef<NameMatchShape>('NameMatch').implement({
  description:
    'A name and how it must match. Which entities it matched is listed in the connection’s `nameMatches`, so a surname that matched several people shows.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A full name, an alias or (SURNAME) a surname.' }),
    mode: t.field({ type: NameMatchMode, required: true, description: 'Exact name or alias, or surname too.' }),
  }),
});
