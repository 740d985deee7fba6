import { Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError, type LimitName } from './limit-error.js';

/**
 * Limits on what a request sends, as opposed to what it asks for:
 * - nesting 12: the deepest sensible filter (`{ AND: [{ OR: [{ NOT: { publishedAt: { from } } }] }] }`) is 7;
 * - lists of 1 000: `nodes(ids:)`, `speakerId: [...]`, `mergePeople(sourceIds:)` and the like
 *   (`ingestArticles` refuses more than 100 articles itself, with a typed error);
 * - 10 000 values in all the variables together (a batch of 100 articles has about 700).
 * The request body's size is limited apart (request-size-limit.ts); these stop a small body from making
 * the server walk, coerce and translate to SQL an input built to exhaust it.
 */
export const INPUT_LIMITS = { depth: 12, listLength: 1_000, values: 10_000 } as const;

export function useInputLimits(limits: { depth: number; listLength: number; values: number } = INPUT_LIMITS): Plugin {
  return {
    onParams({ params }) {
      const refusal = measureVariables(params.variables, limits);
      if (refusal) throw limitError(refusal.limit, refusal.max, refusal.found, '(in the variables)');
    },
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => literalLimitsRule(context, limits));
    },
  };
}

interface Refusal {
  limit: LimitName;
  max: number;
  found: number;
}

/** Walks the variables without recursion (a body of `[[[[…` must not overflow the stack). */
function measureVariables(
  variables: unknown,
  limits: { depth: number; listLength: number; values: number },
): Refusal | undefined {
  if (variables === null || typeof variables !== 'object') return undefined;
  // Each variable's value is measured from depth 1; the variables object itself does not count.
  const stack: { value: unknown; depth: number }[] = Object.values(variables as Record<string, unknown>).map(
    (value) => ({ value, depth: 1 }),
  );
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    values++;
    if (values > limits.values) return { limit: 'inputValues', max: limits.values, found: countAll(variables) };
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.depth) return { limit: 'inputDepth', max: limits.depth, found: deepest(value, depth) };
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    if (Array.isArray(value) && value.length > limits.listLength)
      return { limit: 'listLength', max: limits.listLength, found: value.length };
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

/** How deep a value goes below `depth` (for the message), walked without recursion. */
function deepest(value: unknown, depth: number): number {
  let max = depth;
  const stack = [{ value, depth }];
  for (let steps = 0; stack.length > 0 && steps < 10_000_000; steps++) {
    const current = stack.pop()!;
    if (current.value === null || typeof current.value !== 'object') continue;
    max = Math.max(max, current.depth);
    for (const child of Object.values(current.value as Record<string, unknown>))
      stack.push({ value: child, depth: current.depth + 1 });
  }
  return max;
}

function countAll(variables: unknown): number {
  let count = 0;
  const stack: unknown[] = Object.values(variables as Record<string, unknown>);
  for (; stack.length > 0; count++) {
    const value = stack.pop();
    if (value !== null && typeof value === 'object')
      for (const child of Object.values(value as Record<string, unknown>)) stack.push(child);
  }
  return count;
}

/** The same nesting and list limits on values written into the query itself. */
function literalLimitsRule(context: ValidationContext, limits: { depth: number; listLength: number }): ASTVisitor {
  let depth = 0;
  let deepestFound = 0;
  let longestList = 0;
  const enter = () => {
    depth++;
    deepestFound = Math.max(deepestFound, depth);
  };
  const leave = () => {
    depth--;
  };
  return {
    ListValue: {
      enter(node) {
        enter();
        longestList = Math.max(longestList, node.values.length);
      },
      leave,
    },
    ObjectValue: { enter, leave },
    [Kind.DOCUMENT]: {
      leave() {
        if (deepestFound > limits.depth)
          context.reportError(limitError('inputDepth', limits.depth, deepestFound, '(in the query text)'));
        else if (longestList > limits.listLength)
          context.reportError(limitError('listLength', limits.listLength, longestList, '(in the query text)'));
      },
    },
  };
}
