import { encodeGlobalID } from '@pothos/plugin-relay';
import { InvalidInputError, NameTakenError, NotFoundError } from '../../curation/curation-errors.js';
import { ORGANIZATION, PERSON, type EntityTable } from '../../db/entity-table.js';
import { mergeEntities, type MergeResult } from '../../curation/merge-entities.js';
import { splitAlias, type SplitResult } from '../../curation/split-alias.js';
import { updateEntity } from '../../curation/update-entity.js';
import { builder } from '../builder.js';
import '../errors/invalid-input-error.js';
import '../errors/name-taken-error.js';
import '../errors/not-found-error.js';
import { Organization } from '../organization.js';
import { Person } from '../person.js';
import { idOfType } from './mutation-ids.js';

// updatePerson / mergePeople / splitPersonAlias and their Organization twins: one definition for both.

export const EntityUpdateInput = builder.inputType('EntityUpdateInput', {
  description: 'Changes to a person or organization; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({
      description: 'The new name. The old one stays as an alias, and articles naming it still land here.',
    }),
    aliases: t.stringList({
      description: 'The full list of aliases, replacing the current one (the name is always kept).',
    }),
    description: t.string({ description: 'A curator’s note; null or "" clears it.' }),
  }),
});

const KINDS = [
  { kind: PERSON, ref: Person, model: 'person', one: 'Person', many: 'People', noun: 'person' },
  {
    kind: ORGANIZATION,
    ref: Organization,
    model: 'organization',
    one: 'Organization',
    many: 'Organizations',
    noun: 'organization',
  },
] as const;

for (const { kind, ref, model, one, many, noun } of KINDS) {
  // The payloads return the row; fields below it load through Pothos's fallback queries.
  const load = (prisma: any, query: object, id: number) => prisma[model].findUniqueOrThrow({ ...query, where: { id } });

  const UpdatePayload = builder.objectRef<{ id: number }>(`Update${one}Payload`).implement({
    description: `The ${noun} as it is now.`,
    fields: (t) => ({
      [noun]: t.field({
        type: ref,
        description: `The updated ${noun}.`,
        resolve: (result, _args, { prisma }) => load(prisma, {}, result.id),
      }),
    }),
  });

  const MergePayload = builder.objectRef<MergeResult>(`Merge${many}Payload`).implement({
    description: `The ${noun} that absorbed the others.`,
    fields: (t) => ({
      [noun]: t.field({
        type: ref,
        description: `The merged ${noun}: the target, with the others’ names among its aliases.`,
        resolve: (result, _args, { prisma }) => load(prisma, {}, result.targetId),
      }),
      mergedIds: t.idList({
        description: `The global IDs the merged ${noun === 'person' ? 'people' : 'organizations'} had (they no longer resolve).`,
        resolve: (result) => result.mergedIds.map((id) => encodeGlobalID(one, id)),
      }),
      movedStatementCount: t.int({
        description: 'Statements whose speaker changed to the target.',
        resolve: (result) => result.movedStatements,
      }),
      movedMentionCount: t.int({
        description: 'Mentions that now point at the target.',
        resolve: (result) => result.movedMentions,
      }),
    }),
  });

  const SplitPayload = builder.objectRef<SplitResult>(`Split${one}AliasPayload`).implement({
    description: `The ${noun} the alias was split from and the one it now names.`,
    fields: (t) => ({
      from: t.field({
        type: ref,
        description: `The ${noun} that had the alias.`,
        resolve: (result, _args, { prisma }) => load(prisma, {}, result.fromId),
      }),
      to: t.field({
        type: ref,
        description: `The ${noun} the alias names now.`,
        resolve: (result, _args, { prisma }) => load(prisma, {}, result.toId),
      }),
      created: t.boolean({
        description: `Whether that ${noun} was created (false: one of that name existed).`,
        resolve: (result) => result.created,
      }),
      movedArticleCount: t.int({
        description: 'Articles that named the entity only by the alias, and moved.',
        resolve: (result) => result.movedArticles,
      }),
      movedMentionCount: t.int({ description: 'Mentions moved with them.', resolve: (result) => result.movedMentions }),
      movedStatementCount: t.int({
        description: 'Statements whose speaker moved with them.',
        resolve: (result) => result.movedStatements,
      }),
    }),
  });

  const errorsOf = (
    name: string,
    types: (typeof NotFoundError | typeof InvalidInputError | typeof NameTakenError)[],
    what: string,
  ) => ({
    types,
    result: { name: `${name}Success`, description: `${what} succeeded.` },
    union: { name: `${name}Result`, description: `What ${what.toLowerCase()} did, or why it did nothing.` },
    dataField: { description: 'The result.' },
  });

  builder.mutationFields((t) => ({
    [`update${one}`]: t.field({
      type: UpdatePayload,
      description: `Renames a ${noun}, replaces its aliases or sets its description.`,
      errors: errorsOf(`Update${one}`, [NotFoundError, InvalidInputError, NameTakenError], `Updating the ${noun}`),
      args: {
        id: t.arg.globalID({ required: true, description: `The ${noun}’s global ID.` }),
        input: t.arg({ type: EntityUpdateInput, required: true, description: 'What to change.' }),
      },
      resolve: async (_root, { id, input }, { prisma }) => ({
        id: await updateEntity(prisma, kind as EntityTable, idOfType(id, one, 'id'), input),
      }),
    }),
    [`merge${many}`]: t.field({
      type: MergePayload,
      description: `Merges ${noun === 'person' ? 'people' : 'organizations'} that are one and the same into the target, atomically: statements, mentions and statement links move, the others’ names become aliases, and later articles naming them land on the target.`,
      errors: errorsOf(`Merge${many}`, [NotFoundError, InvalidInputError], 'The merge'),
      args: {
        targetId: t.arg.globalID({ required: true, description: `The ${noun} that stays.` }),
        sourceIds: t.arg.globalIDList({
          required: true,
          description: `The ${noun === 'person' ? 'people' : 'organizations'} folded into it (and deleted).`,
        }),
      },
      resolve: (_root, { targetId, sourceIds }, { prisma }) =>
        mergeEntities(
          prisma,
          kind as EntityTable,
          idOfType(targetId, one, 'targetId'),
          sourceIds.map((id) => idOfType(id, one, 'sourceIds')),
        ),
    }),
    [`split${one}Alias`]: t.field({
      type: SplitPayload,
      description: `Undoes a wrong merge: the articles that name the ${noun} only by this alias move to a ${noun} of that name (created when none exists), and the alias is removed.`,
      errors: errorsOf(`Split${one}Alias`, [NotFoundError, InvalidInputError], 'The split'),
      args: {
        id: t.arg.globalID({ required: true, description: `The ${noun} that has the alias.` }),
        alias: t.arg.string({ required: true, description: 'The alias to split off ("Poroshenko").' }),
      },
      resolve: (_root, { id, alias }, { prisma }) =>
        splitAlias(prisma, kind as EntityTable, idOfType(id, one, 'id'), alias),
    }),
  }));
}
