import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The budgets every caller gets, per minute: an API key's, or for callers without a key, their IP address's. */
export interface RateLimitSettings {
  /** Requests per minute; null for no limit. */
  requestsPerMinute: number | null;
  /** Query-cost points per minute (a query costs its possible nodes / 100, at least 1); null for no limit. */
  costPerMinute: number | null;
  /** A Redis URL: servers that share it share the budgets. @default undefined (each process counts in memory) */
  redisUrl?: string;
  /** Prefix of the counters' Redis keys. @default 'newsgraph:rate' */
  keyPrefix?: string;
}

export interface RateLimiters {
  requests: { limiter: RateLimiterAbstract; limit: number } | undefined;
  cost: { limiter: RateLimiterAbstract; limit: number } | undefined;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

/** The budgets' length: GitHub's are per hour; a minute lets a burst recover soon. */
export const RATE_WINDOW_SECONDS = 60;

/**
 * The counters behind the rate limit (rate-limiter-flexible): in Redis when a URL is given, so several
 * servers (or cluster workers) share each caller's budgets, else in this process's memory. While Redis
 * cannot be reached, each process counts in memory (the limiter's insurance) instead of failing requests.
 */
export function createRateLimiters(settings: RateLimitSettings): RateLimiters {
  const redis = settings.redisUrl
    ? // While Redis is away a count fails after one reconnection attempt, and the in-memory insurance counts.
      new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    : undefined;
  // Without a listener, ioredis reports each failed reconnection as an unhandled error event.
  redis?.on('error', () => {});
  const limiter = (name: string, points: number | null) => {
    if (points === null) return undefined;
    const options = {
      points,
      duration: RATE_WINDOW_SECONDS,
      keyPrefix: `${settings.keyPrefix ?? 'newsgraph:rate'}:${name}`,
    };
    const memory = new RateLimiterMemory(options);
    return {
      limit: points,
      limiter: redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory,
    };
  };
  return {
    requests: limiter('requests', settings.requestsPerMinute),
    cost: limiter('cost', settings.costPerMinute),
    close: async () => {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
