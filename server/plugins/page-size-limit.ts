import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromAST,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ExecutionArgs,
  type GraphQLError,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error.js';

/** The most nodes one query may ask for, pages multiplied through nesting (GitHub's rule, scaled down). */
export const MAX_NODES = 10_000;

export interface PageSizeLimitOptions {
  /** The largest `first`/`last` of any connection (the schema's MAX_PAGE_SIZE). */
  maxPageSize: number;
  /** The page size of a connection asked for without `first`/`last` (the schema's DEFAULT_PAGE_SIZE). */
  defaultPageSize: number;
  /** @default MAX_NODES */
  maxNodes?: number;
}

interface Refusal {
  error: ReturnType<typeof limitError>;
}

/**
 * Refuses, before anything runs, a `first`/`last` above the page-size limit on any connection (in
 * literals or variables), and a query whose nested pages could add up to more than MAX_NODES nodes:
 * `statements(first: 100) { … speaker { … statements(first: 100) } }` could return 10 100.
 */
export function usePageSizeLimit({ maxPageSize, defaultPageSize, maxNodes = MAX_NODES }: PageSizeLimitOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { nodes, pageSizeRefusal } = countOperationNodes(args, { maxPageSize, defaultPageSize });
      const error = pageSizeRefusal ?? (nodes > maxNodes ? limitError('nodes', maxNodes, nodes) : undefined);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/**
 * The nodes the operation could return, each page counted at its `first`/`last` (the default page size
 * when neither is given) and multiplied through nesting; and the first page size over the limit, if any.
 * The rate limit's query cost is made from the same count (rate-limit.ts).
 */
export function countOperationNodes(
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'schema' | 'variableValues'>,
  { maxPageSize, defaultPageSize }: Pick<PageSizeLimitOptions, 'maxPageSize' | 'defaultPageSize'>,
): { nodes: number; pageSizeRefusal?: GraphQLError } {
  const definitions = args.document.definitions as readonly DefinitionNode[];
  const operation = definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!args.operationName || definition.name?.value === args.operationName),
  );
  if (!operation) return { nodes: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation.operation === 'mutation' ? args.schema.getMutationType() : args.schema.getQueryType();
  if (!root) return { nodes: 0 };
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const found: Refusal[] = [];
  const nodes = countNodes(args.schema, root, operation.selectionSet, 1, {
    fragments,
    variables,
    maxPageSize,
    defaultPageSize,
    found,
  });
  return { nodes, pageSizeRefusal: found[0]?.error };
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  maxPageSize: number;
  defaultPageSize: number;
  found: Refusal[];
}

/** Nodes the selection could return when its parent list holds `multiplier` items. */
function countNodes(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  multiplier: number,
  walk: Walk,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      if (fragment && type) total += countNodes(schema, type, fragment.selectionSet, multiplier, walk);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (type) total += countNodes(schema, type, selection.selectionSet, multiplier, walk);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
    const field = parent.getFields()[selection.name.value];
    if (!field) continue;
    let size = 1;
    const pageArgs = field.args.filter((arg) => arg.name === 'first' || arg.name === 'last');
    if (pageArgs.length) {
      size = walk.defaultPageSize;
      for (const arg of pageArgs) {
        const node = selection.arguments?.find((given) => given.name.value === arg.name);
        const value = node ? valueFromAST(node.value, arg.type, walk.variables) : undefined;
        if (typeof value !== 'number') continue;
        if (value > walk.maxPageSize) {
          walk.found.push({
            error: limitError('pageSize', walk.maxPageSize, value, `("${arg.name}" on ${parent.name}.${field.name})`),
          });
        }
        size = Math.min(value, walk.maxPageSize);
      }
      total += multiplier * size;
    }
    total += countNodes(schema, getNamedType(field.type), selection.selectionSet, multiplier * size, walk);
  }
  return total;
}
