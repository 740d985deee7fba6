import { Prisma } from '../../db/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { KeysetPlan, SortKey } from '../connection/sql-connection.js';
import type { EntityTable } from '../../db/entity-table.js';
import { OrderDirection, type OrderDirectionValue } from './order-direction.js';

export const EntityOrderField = builder.enumType('EntityOrderField', {
  description: 'What people and organizations can be ordered by: each is a field of `Person` and `Organization`.',
  values: {
    NAME: { description: 'Their `name`, alphabetically.' },
    STATEMENT_COUNT: { description: 'Their `statementCount`: how many statements they made.' },
    MENTION_COUNT: { description: 'Their `mentionCount`: how many times articles refer to them.' },
    FIRST_SEEN_AT: { description: 'Their `firstSeenAt`: when they were first stored.' },
  } as const,
});

export interface EntityOrderShape {
  field: 'NAME' | 'STATEMENT_COUNT' | 'MENTION_COUNT' | 'FIRST_SEEN_AT';
  direction: OrderDirectionValue;
}

export const EntityOrder = builder.inputRef<EntityOrderShape>('EntityOrder').implement({
  description: 'An ordering of people or organizations; ties are broken by id in the same direction.',
  fields: (t) => ({
    field: t.field({ type: EntityOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Which way.' }),
  }),
});

export const DEFAULT_ENTITY_ORDER: EntityOrderShape = { field: 'FIRST_SEEN_AT', direction: 'ASC' };

function keyFor(table: EntityTable, field: EntityOrderShape['field']): SortKey[] {
  switch (field) {
    case 'NAME':
      return [{ sql: Prisma.sql`e.name`, type: 'text' }];
    case 'STATEMENT_COUNT':
      return [
        {
          sql: Prisma.sql`(SELECT count(*) FROM statement c WHERE ${Prisma.raw(`c.speaker_${table.name}_id`)} = e.id)`,
          type: 'int8',
        },
      ];
    case 'MENTION_COUNT':
      return [
        {
          sql: Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(`${table.name}_mention`)} c WHERE ${Prisma.raw(`c.${table.name}_id`)} = e.id)`,
          type: 'int8',
        },
      ];
    case 'FIRST_SEEN_AT':
      return [{ sql: Prisma.sql`e.created_at`, type: 'timestamptz' }];
  }
}

/** The sort keys of an ordering, on `person e` or `organization e`. */
export function entityOrderKeys(
  table: EntityTable,
  order: EntityOrderShape,
): Pick<KeysetPlan, 'ordering' | 'keys' | 'descending'> {
  return {
    ordering: `${table.name}:${order.field}:${order.direction}`,
    keys: keyFor(table, order.field),
    descending: order.direction === 'DESC',
  };
}
