import { getOperationAST, Kind, visit, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Role } from '../auth/role.js';
import { limitError } from './limit-error.js';

/**
 * The most input a request may send, counted as filter branches and list items: every input object (a
 * filter, a branch of AND/OR/NOT, an article) counts 1 and every list item 1. The query cost above counts
 * what a query asks for; this counts what its arguments make the server translate to SQL and the database
 * plan: an anonymous 1 000-branch OR filter (60 KB, under every other limit) took 3–4 s. The deepest
 * sensible filter costs under 20, `nodes(ids:)` with 100 ids 100, a batch of 100 articles about 300.
 */
export const INPUT_COST_LIMITS = { anonymous: 300, withKey: 5_000 } as const;

/** Refuses, before anything runs, arguments whose input cost is over the caller's limit. */
export function useInputCostLimit(limits: { anonymous: number; withKey: number } = INPUT_COST_LIMITS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let cost = 0;
      // Arguments anywhere in the document (fragments included): what a fragment sends is sent.
      visit(args.document, {
        Argument(node) {
          cost += valueCost(node.value, variables);
          return false;
        },
      });
      const role = (args.contextValue as { role?: Role | null }).role ?? null;
      const max = role === null ? limits.anonymous : limits.withKey;
      if (cost > max)
        setResultAndStopExecution({
          errors: [
            limitError(
              'inputCost',
              max,
              cost,
              role === null
                ? '(filter branches and list items; an API key allows more)'
                : '(filter branches and list items)',
            ),
          ],
        });
    },
  };
}

function valueCost(node: ValueNode, variables: Record<string, unknown>): number {
  switch (node.kind) {
    case Kind.VARIABLE:
      return jsonCost(variables[node.name.value]);
    case Kind.OBJECT:
      return 1 + node.fields.reduce((sum, field) => sum + valueCost(field.value, variables), 0);
    case Kind.LIST:
      return node.values.reduce((sum, value) => sum + 1 + valueCost(value, variables), 0);
    default:
      return 0;
  }
}

/** The same count over a variable's value, without recursion (input nesting is limited apart, cheaply). */
function jsonCost(value: unknown): number {
  let cost = 0;
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      cost += current.length;
      stack.push(...current);
    } else {
      cost += 1;
      stack.push(...Object.values(current as Record<string, unknown>));
    }
  }
  return cost;
}
