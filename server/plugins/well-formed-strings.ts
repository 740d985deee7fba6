import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type DocumentNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { malformedText } from '../ingest/malformed-text.js';

export interface WellFormedStringsOptions {
  /**
   * Input types whose resolver checks each value itself and answers per item (a batch's articles: one bad
   * article must not stop the others), so they are left to it. @default ['ArticleInput']
   */
  checkedPerItem?: string[];
}

/**
 * Every string a request sends, in its variables or written in the query, is checked by malformedText
 * before anything runs: an unpaired surrogate or a NUL is refused with BAD_USER_INPUT naming the argument,
 * rather than failing in PostgreSQL (an unexpected error) or being stored as U+FFFD.
 */
export function useWellFormedStrings({ checkedPerItem = ['ArticleInput'] }: WellFormedStringsOptions = {}): Plugin {
  const skipped = new Set(checkedPerItem);
  return {
    onExecute({ args }) {
      const found =
        malformedVariable(args.schema, args.document, args.variableValues ?? {}, skipped) ??
        malformedLiteral(args.schema, args.document, skipped);
      if (found)
        throw new GraphQLError(`${found.where}: ${found.reason}.`, {
          extensions: { code: 'BAD_USER_INPUT', field: found.where, http: { status: 400 } },
        });
    },
  };
}

interface Found {
  where: string;
  reason: string;
}

function malformedVariable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  skipped: Set<string>,
): Found | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      const name = variable.variable.name.value;
      if (type) {
        const found = walk(variables[name], type, `$${name}`, skipped);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Walks a variable's value along its type, without recursion (input nesting is limited, but cheaply so). */
function walk(value: unknown, type: GraphQLInputType, path: string, skipped: Set<string>): Found | undefined {
  const stack: { value: unknown; type: GraphQLInputType; path: string }[] = [{ value, type, path }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const type = isNonNullType(current.type) ? current.type.ofType : current.type;
    if (current.value === null || current.value === undefined) continue;
    if (typeof current.value === 'string') {
      const reason = malformedText(current.value);
      if (reason) return { where: current.path, reason };
    } else if (isListType(type) && Array.isArray(current.value)) {
      current.value.forEach((item, index) =>
        stack.push({ value: item, type: type.ofType, path: `${current.path}[${index}]` }),
      );
    } else if (isInputObjectType(type) && typeof current.value === 'object' && !skipped.has(type.name)) {
      const fields = type.getFields();
      for (const [key, item] of Object.entries(current.value as Record<string, unknown>))
        if (fields[key]) stack.push({ value: item, type: fields[key].type, path: `${current.path}.${key}` });
    }
  }
  return undefined;
}

function malformedLiteral(schema: GraphQLSchema, document: DocumentNode, skipped: Set<string>): Found | undefined {
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  let found: Found | undefined;
  const step = (key: string | number | undefined, name?: string) =>
    typeof key === 'number' ? `[${key}]` : name === undefined ? '' : `.${name}`;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          path.push(`${typeInfo.getFieldDef()?.name ?? typeInfo.getDirective()?.name ?? ''}(${node.name.value}:)`);
        },
        leave: () => void path.pop(),
      },
      ObjectField: { enter: (node) => void path.push(`.${node.name.value}`), leave: () => void path.pop() },
      ObjectValue: {
        enter(_node, key) {
          const type = typeInfo.getInputType();
          if (type && skipped.has(getNamedType(type).name)) return false;
          path.push(step(key));
          return undefined;
        },
        leave: () => void path.pop(),
      },
      ListValue: { enter: (_node, key) => void path.push(step(key)), leave: () => void path.pop() },
      StringValue(node, key) {
        if (found) return;
        const reason = malformedText(node.value);
        if (reason) found = { where: `${path.join('')}${step(key)}`, reason };
      },
    }),
  );
  return found;
}
