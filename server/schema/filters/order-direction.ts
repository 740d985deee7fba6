import { builder } from '../builder.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description:
    'Which way an ordering runs. Ties are always broken by the id, in the same direction, so pages never overlap.',
  values: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  } as const,
});

export type OrderDirectionValue = 'ASC' | 'DESC';
