import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { hashKey } from '../auth/api-keys.js';
import { presentedKey } from '../auth/presented-key.js';
import type { RateLimitStatus } from '../schema/context.js';
import { countOperationNodes, type PageSizeLimitOptions } from './page-size-limit.js';
import type { RateLimiters } from './rate-limiters.js';

/** A query's cost in points: the nodes it could return (pages multiplied through nesting) / 100, rounded up, at least 1. */
export function queryCost(nodes: number): number {
  return Math.max(1, Math.ceil(nodes / 100));
}

/**
 * Whose budget a request draws on: its API key's (by hash: the key itself is never kept), else its IP
 * address's. A key that turns out to be invalid is refused (401) by the key check all the same.
 */
function callerOf(request: Request, serverContext: { req?: IncomingMessage }): string {
  const key = presentedKey(request);
  if (key) return `key:${hashKey(key).slice(0, 32)}`;
  return `ip:${serverContext.req?.socket.remoteAddress ?? 'unknown'}`;
}

function overBudget(budget: 'requests' | 'cost', limit: number, res: RateLimiterRes, cost?: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const what =
    budget === 'requests'
      ? `more than ${limit.toLocaleString('en-US')} requests a minute`
      : cost !== undefined && cost > limit
        ? `a query of cost ${cost}, more than the whole budget of ${limit.toLocaleString('en-US')} points a minute (ask for smaller pages)`
        : `more than ${limit.toLocaleString('en-US')} points of query cost a minute (this query costs ${cost})`;
  return new GraphQLError(`Rate limit: ${what}. Try again in ${retryAfter} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      budget,
      limit,
      retryAfter,
      resetAt: new Date(Date.now() + res.msBeforeNext).toISOString(),
      http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
    },
  });
}

/**
 * Per-caller budgets per minute (see rate-limiters.ts): every GraphQL request takes one from the request
 * budget before it is parsed; an operation about to run takes its cost from the cost budget (the node
 * count of the page-size limit, made points as GitHub does). Over either: 429 with Retry-After, nothing
 * runs. The cost budget after the request is in the `rateLimit` field and the X-RateLimit-* headers.
 */
export function useRateLimit(
  limiters: RateLimiters,
  pageSizes: Pick<PageSizeLimitOptions, 'maxPageSize' | 'defaultPageSize'>,
): Plugin<{ rateLimit?: RateLimitStatus }> {
  const callers = new WeakMap<Request, string>();
  const statuses = new WeakMap<Request, RateLimitStatus>();
  // A count that is not over the budget but fails (a store error without insurance) lets the request through.
  const consume = async (limiter: RateLimiters['cost'] & object, caller: string, points: number) => {
    try {
      return { res: await limiter.limiter.consume(caller, points) };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { refused: error };
      return {};
    }
  };
  return {
    async onParams({ request, context, setResult }) {
      const caller = callerOf(request, context as { req?: IncomingMessage });
      callers.set(request, caller);
      if (!limiters.requests) return;
      const { refused } = await consume(limiters.requests, caller, 1);
      if (refused) setResult({ errors: [overBudget('requests', limiters.requests.limit, refused)] });
    },
    async onExecute({ args, extendContext, setResultAndStopExecution }) {
      if (!limiters.cost) return;
      const request = (args.contextValue as { request: Request }).request;
      const nodeCount = countOperationNodes(args, pageSizes).nodes;
      const cost = queryCost(nodeCount);
      const { res, refused } = await consume(limiters.cost, callers.get(request) ?? 'unknown', cost);
      if (refused)
        return setResultAndStopExecution({ errors: [overBudget('cost', limiters.cost.limit, refused, cost)] });
      if (!res) return;
      const used = res.consumedPoints;
      const status: RateLimitStatus = {
        cost,
        nodeCount,
        limit: limiters.cost.limit,
        used,
        remaining: Math.max(0, limiters.cost.limit - used),
        resetAt: new Date(Date.now() + res.msBeforeNext),
      };
      statuses.set(request, status);
      extendContext({ rateLimit: status });
    },
    onResponse({ request, response }) {
      const status = statuses.get(request);
      if (!status) return;
      // GitHub's headers: the budget, what is left of it, what was used, and when it is whole again (epoch seconds).
      response.headers.set('X-RateLimit-Limit', String(status.limit));
      response.headers.set('X-RateLimit-Remaining', String(status.remaining));
      response.headers.set('X-RateLimit-Used', String(status.used));
      response.headers.set('X-RateLimit-Reset', String(Math.ceil(status.resetAt.getTime() / 1000)));
    },
    onDispose: () => limiters.close(),
  };
}
