import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { poolOf, rawQuery, type PrismaClient } from '../db/prisma-client.js';
import type { ReadReplicas } from '../db/read-replicas.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { INGEST_QUEUE } from '../ingest/ingest-queue.js';
import { ingestRegistry } from '../ingest/ingest-metrics.js';

export interface MetricsOptions {
  /** The primary database: its pool is reported, and the ingest queue's depth read from it. */
  prisma: PrismaClient;
  replicas?: ReadReplicas;
}

/** Operation names are the client's: past this many distinct ones (or odd ones), they count as "other". */
const MAX_OPERATION_NAMES = 200;

/**
 * GET /metrics in Prometheus's text format (prom-client): GraphQL requests and their latency by operation
 * name and type, errors by `extensions.code`, the database pools' connections, the ingest counters and the
 * ingest queue's depth, and Node's own process metrics. Figures are this process's.
 */
export function useMetrics({ prisma, replicas }: MetricsOptions): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labels = ['operation', 'type'] as const;
  const requests = new Counter({
    name: 'newsgraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and type.',
    labelNames: labels,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its result, by operation name and type.',
    labelNames: labels,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'Errors in GraphQL results, by operation name and extensions.code (INTERNAL when it has none).',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'newsgraph_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting clients), per database.',
    labelNames: ['database', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const pools = [{ name: 'primary', pool: poolOf(prisma) }, ...(replicas?.pools() ?? [])];
      for (const { name, pool } of pools) {
        if (!pool) continue;
        this.set({ database: name, state: 'total' }, pool.totalCount);
        this.set({ database: name, state: 'idle' }, pool.idleCount);
        this.set({ database: name, state: 'waiting' }, pool.waitingCount);
      }
    },
  });
  new Gauge({
    name: 'newsgraph_ingest_queue_jobs',
    help: 'Jobs on the ingest queue (newsgraph ingest --queue) by state: created, retry, active.',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { state, count } of await queueDepth(prisma)) this.set({ state }, count);
    },
  });

  const known = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    known.add(name);
    return name;
  };
  const started = new WeakMap<Request, { at: number; operation: string; type: string }>();

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        const text = (await registry.metrics()) + '\n' + (await ingestRegistry.metrics());
        return endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } }));
      }
      started.set(request, { at: performance.now(), operation: 'anonymous', type: 'unknown' });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      if (entry) entry.operation = operationLabel(params.operationName);
    },
    // The operation's name and type as soon as the document is parsed, so that a request refused by
    // validation or by a plugin is counted under its operation too.
    onParse({ context }) {
      const { request, params } = context as unknown as { request?: Request; params?: { operationName?: string } };
      const entry = request && started.get(request);
      if (!entry) return;
      return ({ result }) => {
        if (!(result && typeof result === 'object' && 'kind' in result && result.kind === 'Document')) return;
        const definition = getOperationAST(result, params?.operationName);
        if (!definition) return;
        entry.type = definition.operation;
        if (entry.operation === 'anonymous' && definition.name) entry.operation = operationLabel(definition.name.value);
      };
    },
    onResultProcess({ request, result }) {
      const entry = started.get(request);
      if (!entry) return;
      started.delete(request);
      const { operation, type } = entry;
      requests.inc({ operation, type });
      latency.observe({ operation, type }, (performance.now() - entry.at) / 1000);
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of (single as ExecutionResult).errors ?? []) errors.inc({ operation, code: errorCode(error) });
      }
    },
  };
}

function errorCode(error: GraphQLError | { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL';
}

/** Ingest queue jobs by state, read from pg-boss's table when it exists (none before the first --queue). */
async function queueDepth(prisma: PrismaClient): Promise<{ state: string; count: number }[]> {
  const [{ exists }] = await rawQuery<{ exists: boolean }>(
    prisma,
    Prisma.sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`,
  );
  if (!exists) return [];
  return rawQuery(
    prisma,
    Prisma.sql`SELECT state::text AS state, count(*)::int AS count FROM pgboss.job
               WHERE name = ${INGEST_QUEUE} AND state IN ('created', 'retry', 'active') GROUP BY state`,
  );
}
