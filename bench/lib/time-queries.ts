import type pg from 'pg';
import { percentile } from './stats.js';

export interface QueryTiming {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** The plan's node types of the first run, to show which indexes answered. */
  plan: string;
}

/**
 * Runs `sql` with each parameter set in turn (after `warmup` untimed runs) and returns latency
 * percentiles in milliseconds, measured at the client over loopback.
 */
export async function timeQuery(
  client: pg.Client,
  name: string,
  sql: string,
  params: unknown[][],
  warmup = 3,
): Promise<QueryTiming> {
  const explained = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params[0]);
  const plan = summarizePlan(explained.rows[0]['QUERY PLAN'][0].Plan);
  for (const values of params.slice(0, warmup)) await client.query(sql, values);
  const times: number[] = [];
  for (const values of params) {
    const started = performance.now();
    await client.query(sql, values);
    times.push(performance.now() - started);
  }
  return {
    name,
    runs: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: Math.max(...times),
    plan,
  };
}

function summarizePlan(node: {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: unknown[];
}): string {
  const label = node['Index Name']
    ? `${node['Node Type']} on ${node['Index Name']}`
    : node['Relation Name']
      ? `${node['Node Type']} on ${node['Relation Name']}`
      : node['Node Type'];
  const children = (node.Plans ?? []).map((child) => summarizePlan(child as typeof node));
  return children.length ? `${label} <- ${children.join(', ')}` : label;
}

export function formatTiming(timing: QueryTiming, target?: number): string {
  const verdict =
    target === undefined
      ? ''
      : timing.p95 < target
        ? ` (target p95 < ${target} ms: met)`
        : ` (target p95 < ${target} ms: NOT met)`;
  return `  ${timing.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms, max ${timing.max.toFixed(1)} ms over ${timing.runs} runs${verdict}\n    plan: ${timing.plan}`;
}
