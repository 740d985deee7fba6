import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../db/generated/pothos-prisma-types.js';
import { getDatamodel } from '../db/generated/pothos-prisma-types.js';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './connection/page-size.js';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  // Errors before Prisma, so `errors` works on Prisma fields too.
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin],
  // Non-null unless a field says otherwise, so SDK types are not `T | null` everywhere.
  defaultFieldNullability: false,
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID.',
      args: { id: { description: 'A global ID from any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the order given (null for an ID that resolves to nothing).',
      args: { ids: { description: 'Global IDs from any `id` fields.' } },
    },
    pageInfoTypeOptions: {
      description: 'Where a page of a connection lies: cursors of its ends and whether more pages exist.',
    },
    nodeTypeOptions: { description: 'An object with a global ID, refetchable with `node(id:)`.' },
    idFieldOptions: {
      description: 'The global ID: opaque, stable, accepted by `node(id:)` and by every `ID` argument.',
    },
    cursorFieldOptions: { description: 'Where this edge stands: pass it as `after` or `before` to page on from here.' },
    nodeFieldOptions: { description: 'The item at this edge.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Cursors of the page’s ends and whether more pages exist.' },
    hasNextPageFieldOptions: {
      description: 'Whether items follow this page (when paging forward; true when `before` was given).',
    },
    hasPreviousPageFieldOptions: {
      description: 'Whether items precede this page (when paging backward; true when `after` was given).',
    },
    startCursorFieldOptions: { description: 'The cursor of the first edge, null on an empty page.' },
    endCursorFieldOptions: { description: 'The cursor of the last edge, null on an empty page.' },
    firstArgOptions: { description: 'Return the first n items (at most 100) after `after`.' },
    lastArgOptions: { description: 'Return the last n items (at most 100) before `before`.' },
    afterArgOptions: { description: 'Start after the edge with this cursor.' },
    beforeArgOptions: { description: 'End before the edge with this cursor.' },
  },
  // A mutation's result union holds its payload type itself next to its errors: no `data` wrapper.
  errors: { defaultTypes: [], directResult: true },
});

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.queryType({
  description: 'What can be read: articles, people, organizations, their statements, searches and counts.',
});
builder.mutationType({
  description:
    'What can be written (an API key with the EDITOR role is required): articles in and out, curation of people and organizations.',
});
