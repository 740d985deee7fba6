import { builder } from './builder.js';
import type { RateLimitStatus } from './context.js';

export const RateLimit = builder.objectRef<RateLimitStatus>('RateLimit').implement({
  description:
    'The caller’s query-cost budget (per API key; per IP address without one), as GitHub’s API reports it. A query costs the nodes it could return (every page counted at its `first`/`last`, multiplied through nesting) divided by 100, rounded up, and at least 1. The budget is whole again at `resetAt`; a query over it is refused with HTTP 429 and Retry-After, as is a request over the request budget.',
  fields: (t) => ({
    cost: t.exposeInt('cost', { description: 'What this query cost, in points.' }),
    nodeCount: t.exposeInt('nodeCount', { description: 'The nodes this query could return: the measure of its cost.' }),
    limit: t.exposeInt('limit', { description: 'Points per minute.' }),
    used: t.exposeInt('used', { description: 'Points used in this minute’s window, this query included.' }),
    remaining: t.exposeInt('remaining', { description: 'Points left in this window.' }),
    resetAt: t.expose('resetAt', {
      type: 'DateTime',
      description: 'When the window ends and the budget is whole again.',
    }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimit,
    nullable: true,
    description:
      'The caller’s query-cost budget after this query; null when the server sets none (NEWSGRAPH_RATE_LIMIT_COST, README "Operations").',
    resolve: (_root, _args, { rateLimit }) => rateLimit ?? null,
  }),
);
