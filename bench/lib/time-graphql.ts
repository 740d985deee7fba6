import { percentile } from './stats.js';
import type { QueryTiming } from './time-queries.js';

/** Something that answers a fetch Request: the yoga app, in-process. */
export interface FetchApp {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

/**
 * Runs a GraphQL operation through the whole API (yoga, validation, resolvers, Prisma) in-process, once
 * per variable set (after `warmup` untimed runs), and returns latency percentiles in milliseconds.
 * Throws on the first GraphQL error: a fast error is not a result.
 */
export async function timeGraphql(
  app: FetchApp,
  name: string,
  query: string,
  variableSets: Record<string, unknown>[],
  warmup = 3,
): Promise<QueryTiming> {
  const run = async (variables: Record<string, unknown>) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${name}: ${body.errors[0]!.message}`);
  };
  for (const variables of variableSets.slice(0, warmup)) await run(variables);
  const times: number[] = [];
  for (const variables of variableSets) {
    const started = performance.now();
    await run(variables);
    times.push(performance.now() - started);
  }
  return {
    name,
    runs: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: Math.max(...times),
    plan: 'the GraphQL API, in-process',
  };
}
