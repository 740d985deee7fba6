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
        description: `The global IDs the merged ${noun === 'person' ? 'people' : 'organizations'} had (they no longer resolve, unless this was a dry run).`,
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
      aliases: t.stringList({
        description: `The ${noun}’s aliases after the merge: its own and the others’ names and aliases.`,
        resolve: (result) => result.aliases,
      }),
      dryRun: t.boolean({
        description: `True when \`dryRun\` was asked for: the counts say what the merge would do, nothing was changed, and \`${noun}\` is the target as it still is.`,
        resolve: (result) => result.dryRun,
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
    union: {
      name: `${name}Result`,
      description: `What ${what.toLowerCase()} did (\`${name}Payload\`), or why it did nothing (an \`Error\`).`,
    },
  });

  const UpdateInput = builder.inputType(`Update${one}Input`, {
    description: `Changes to a ${noun}; fields left out stay as they are.`,
    fields: (t) => ({
      id: t.globalID({ required: true, description: `The ${noun}’s global ID.` }),
      name: t.string({
        description: 'The new name. The old one stays as an alias, and articles naming it still land here.',
      }),
      aliases: t.stringList({
        description: 'The full list of aliases, replacing the current one (the name is always kept).',
      }),
      description: t.string({ description: 'A curator’s note; null or "" clears it.' }),
    }),
  });

  const MergeInput = builder.inputType(`Merge${many}Input`, {
    description: `Which ${noun === 'person' ? 'people' : 'organizations'} to fold into which.`,
    fields: (t) => ({
      targetId: t.globalID({ required: true, description: `The ${noun} that stays.` }),
      sourceIds: t.globalIDList({
        required: true,
        description: `The ${noun === 'person' ? 'people' : 'organizations'} folded into it (and deleted).`,
      }),
      dryRun: t.boolean({
        required: true,
        defaultValue: false,
        description: 'Only show what the merge would change (counts, aliases); change nothing.',
      }),
    }),
  });

  const SplitInput = builder.inputType(`Split${one}AliasInput`, {
    description: `Which alias to split off which ${noun}.`,
    fields: (t) => ({
      id: t.globalID({ required: true, description: `The ${noun} that has the alias.` }),
      alias: t.string({ required: true, description: 'The alias to split off ("Poroshenko").' }),
    }),
  });

  builder.mutationFields((t) => ({
    [`update${one}`]: t.field({
      type: UpdatePayload,
      description: `Renames a ${noun}, replaces its aliases or sets its description.`,
      errors: errorsOf(`Update${one}`, [NotFoundError, InvalidInputError, NameTakenError], `Updating the ${noun}`),
      args: { input: t.arg({ type: UpdateInput, required: true, description: 'What to change, and where.' }) },
      resolve: async (_root, { input: { id, ...changes } }, { prisma }) => ({
        id: await updateEntity(prisma, kind as EntityTable, idOfType(id, one, 'input.id'), changes),
      }),
    }),
    [`merge${many}`]: t.field({
      type: MergePayload,
      description: `Merges ${noun === 'person' ? 'people' : 'organizations'} that are one and the same into the target, atomically: statements, mentions and statement links move, the others’ names become aliases, and later articles naming them land on the target. With \`dryRun: true\` it only reports what it would change.`,
      errors: errorsOf(`Merge${many}`, [NotFoundError, InvalidInputError], 'The merge'),
      args: { input: t.arg({ type: MergeInput, required: true, description: 'What to merge.' }) },
      resolve: (_root, { input: { targetId, sourceIds, dryRun } }, { prisma }) =>
        mergeEntities(
          prisma,
          kind as EntityTable,
          idOfType(targetId, one, 'input.targetId'),
          sourceIds.map((id) => idOfType(id, one, 'input.sourceIds')),
          { dryRun },
        ),
    }),
    [`split${one}Alias`]: t.field({
      type: SplitPayload,
      description: `Undoes a wrong merge: the articles that name the ${noun} only by this alias move to a ${noun} of that name (created when none exists), and the alias is removed.`,
      errors: errorsOf(`Split${one}Alias`, [NotFoundError, InvalidInputError], 'The split'),
      args: { input: t.arg({ type: SplitInput, required: true, description: 'What to split.' }) },
      resolve: (_root, { input: { id, alias } }, { prisma }) =>
        splitAlias(prisma, kind as EntityTable, idOfType(id, one, 'input.id'), alias),
    }),
  }));
}
