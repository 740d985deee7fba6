import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError, type LimitName } from './limit-error.js';

/**
 * The static query limits, tuned on this schema (see README, "The API"): every example in the
 * playground and the SDK's operations pass with room to spare; a query built to exhaust the server
 * does not.
 * - depth 12: a Relay path costs 3 levels per hop (connection, edges, node); statements → speaker →
 *   statements → article → title is depth 9.
 * - cost 100 000: graphql-armor's estimate (objects 2, scalars 1, ×1.5 per level, × literal `first`).
 *   A page of 100 statements with article costs 5 300; with each speaker's last 3 statements and their
 *   articles, about 76 000. The page-size and node limits (page-size-limit.ts) cover `first` given in
 *   variables, which this estimate does not see.
 * - 20 aliases, 20 directives, 3 000 tokens: far above hand-written queries, far below floods.
 */
export const QUERY_LIMITS = { depth: 12, cost: 100_000, aliases: 20, directives: 20, tokens: 3_000 } as const;

// armor reports e.g. "Syntax Error: Query depth limit of 12 exceeded, found 15."; we report our own
// message (which limit, the maximum, what was found, by how much) through the validation context.
const reject = (limit: LimitName, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
  const found = Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? Number.NaN);
  context?.reportError(limitError(limit, max, Number.isNaN(found) ? max + 1 : found));
};

/**
 * @param suggestions Keep GraphQL's "Did you mean …?" on a mistyped field. They reveal the schema as
 *   introspection does, so they follow it: on in development, off in production. @default true
 */
export function armorPlugins(limits = QUERY_LIMITS, { suggestions = true } = {}): Plugin[] {
  const quiet = { propagateOnRejection: false, exposeLimits: true };
  // A fragment is not a level of nesting: the SDK's shared selections must cost what they would inline.
  return new EnvelopArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ...quiet, onReject: [reject('depth', limits.depth)] },
    costLimit: { maxCost: limits.cost, flattenFragments: true, ...quiet, onReject: [reject('cost', limits.cost)] },
    maxAliases: { n: limits.aliases, ...quiet, onReject: [reject('aliases', limits.aliases)] },
    maxDirectives: { n: limits.directives, ...quiet, onReject: [reject('directives', limits.directives)] },
    // Tokens are counted (with the count in the message) by token-limit.ts before armor's parser runs;
    // armor's own check stays as a second line.
    maxTokens: { n: limits.tokens },
    blockFieldSuggestion: { enabled: !suggestions },
  }).protect().plugins as Plugin[];
}
