import { GraphQLError } from 'graphql';

/** The query limits, by the name a refusal reports in `extensions.limit`. */
export type LimitName =
  | 'depth'
  | 'cost'
  | 'aliases'
  | 'directives'
  | 'tokens'
  | 'pageSize'
  | 'nodes'
  | 'requestBytes'
  | 'inputDepth'
  | 'listLength'
  | 'inputValues'
  | 'inputCost';

const WHAT: Record<LimitName, string> = {
  depth: 'depth (fields nested in fields)',
  cost: 'cost',
  aliases: 'number of aliases',
  directives: 'number of directives',
  tokens: 'number of tokens',
  pageSize: 'page size',
  nodes: 'number of nodes it could return',
  requestBytes: 'request body size in bytes',
  inputDepth: 'input nesting (objects and lists inside one argument or variable)',
  listLength: 'longest list of input values',
  inputValues: 'number of values in its variables',
  inputCost: 'input cost',
};

/**
 * A refusal that says which limit and by how much, in words and in `extensions` for programs:
 * `{ code: "QUERY_LIMIT", limit: "depth", max: 12, found: 15 }`.
 */
export function limitError(limit: LimitName, max: number, found: number, where = '', status = 400): GraphQLError {
  const over = Math.round((found - max) * 100) / 100;
  return new GraphQLError(
    `Query refused: its ${WHAT[limit]}${where ? ` ${where}` : ''} is ${found.toLocaleString('en-US')}, over the limit of ${max.toLocaleString('en-US')} by ${over.toLocaleString('en-US')}.`,
    { extensions: { code: 'QUERY_LIMIT', limit, max, found, http: { status } } },
  );
}
