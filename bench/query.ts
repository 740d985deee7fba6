/**
 * bench/query: loads the real corpus, then drives a fixed set of operations over loopback with
 * autocannon, a fixed time each, against three servers on the same database, one at a time:
 *   - Newsgraph (server/main.ts: yoga + Pothos + Prisma), the real server;
 *   - the limit: hand-written SQL through `pg`, serialized by a bare node:http handler;
 *   - the peer: PostGraphile v5 serving the equivalent queries.
 * Prints req/s, p50/p99 latency and SQL statements per request for each.
 *
 * Each server runs as one process, then (--workers) as N processes sharing the port: Newsgraph with
 * NEWSGRAPH_WORKERS, the other two with node:cluster likewise (bench/lib/bench-workers.ts).
 *
 *   npx tsx bench/query.ts [--duration 10] [--connections 10] [--base 3503] [--workers 1,2]
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { bulkIngest } from '../server/ingest/bulk-ingest.js';
import { readArticleSource } from '../server/ingest/read-article-source.js';
import { firstRecords } from './lib/first-records.js';
import { createWriterPool } from '../server/ingest/writer-pool.js';
import { createBenchDatabase, query } from './lib/bench-database.js';
import { spawnServer } from './lib/spawn-server.js';
import { CORPUS } from './lib/stats.js';
import { startStatementCountingProxy } from './lib/statement-counting-proxy.js';
import { OPERATIONS, POSTGRAPHILE_FUNCTIONS, type Operation } from './query/operations.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    base: { type: 'string' },
    workers: { type: 'string' },
  },
});
const duration = Number(values.duration ?? 10);
const connections = Number(values.connections ?? 10);
const baseLimit = values.base ? Number(values.base) : Infinity;
const processCounts = (values.workers ?? `1,${availableParallelism()}`).split(',').map(Number);

interface Target {
  name: string;
  file: string;
  ready: RegExp;
  request: (
    operation: Operation,
    port: number,
  ) => { url: string; method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> };
}

const graphql = (port: number, body: { query: string; variables?: Record<string, unknown> }) => ({
  url: `http://127.0.0.1:${port}/graphql`,
  method: 'POST' as const,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const TARGETS: Target[] = [
  {
    name: 'newsgraph',
    file: 'server/main.ts',
    ready: /GraphQL API: http/,
    request: (operation, port) => graphql(port, operation.newsgraph),
  },
  {
    name: 'limit (pg + node:http)',
    file: 'bench/query/baseline-server.ts',
    ready: /listening/,
    request: (operation, port) => ({ url: `http://127.0.0.1:${port}${operation.baseline}`, method: 'GET' }),
  },
  {
    name: 'postgraphile v5',
    file: 'bench/query/postgraphile-server.ts',
    ready: /listening/,
    request: (operation, port) => graphql(port, operation.postgraphile),
  },
];

async function send(request: ReturnType<Target['request']>) {
  const response = await fetch(request.url, { method: request.method, body: request.body, headers: request.headers });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors)
    throw new Error(`${request.url} ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

const database = await createBenchDatabase();
try {
  console.log(
    `bench/query: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; ${database.description}`,
  );
  const db = createWriterPool(database.url);
  const loaded = await bulkIngest(db, firstRecords(readArticleSource([CORPUS]), baseLimit), {
    threads: availableParallelism(),
  });
  await db.end();
  await query(database.url, POSTGRAPHILE_FUNCTIONS);
  await query(database.url, 'VACUUM ANALYZE');
  console.log(
    `loaded ${loaded.created} articles, ${loaded.statements} statements; ${duration} s per operation and server, ${connections} connections\n`,
  );

  // Statements per request: through the counting proxy, 10 sequential requests per operation, one process.
  const statementsPer = new Map<string, number>();
  const broken = new Map<string, string>();
  for (const target of TARGETS) {
    const proxy = await startStatementCountingProxy(database.url);
    const counted = await spawnServer(target.file, { DATABASE_URL: proxy.url }, target.ready);
    try {
      for (const operation of OPERATIONS) {
        const request = target.request(operation, counted.port);
        try {
          const answer = await send(request);
          // What each server answered, abridged: the three must answer the same question.
          if (process.env.BENCH_SHOW_ANSWERS)
            console.log(`  ${target.name} ${operation.name}: ${JSON.stringify(answer.data).slice(0, 400)}`);
        } catch (error) {
          // One server's missing field should not cost the other figures: print it and go on.
          broken.set(`${target.name}/${operation.name}`, (error as Error).message);
          continue;
        }
        proxy.take();
        for (let i = 0; i < 10; i++) await send(request);
        statementsPer.set(`${target.name}/${operation.name}`, proxy.take() / 10);
      }
    } finally {
      await counted.stop();
      await proxy.close();
    }
  }

  for (const processes of processCounts) {
    console.log(
      `\n${processes === 1 ? 'One process per server' : `${processes} processes per server (node:cluster)`}:`,
    );
    const results: {
      target: string;
      operation: string;
      rps: number;
      p50: number;
      p99: number;
      statements: number;
      errors: number;
    }[] = [];
    for (const target of TARGETS) {
      // Throughput and latency: straight to the database.
      const env = {
        DATABASE_URL: database.url,
        NEWSGRAPH_WORKERS: String(processes),
        BENCH_WORKERS: String(processes),
      };
      const server = await spawnServer(target.file, env, target.ready);
      try {
        for (const operation of OPERATIONS) {
          const key = `${target.name}/${operation.name}`;
          if (broken.has(key)) {
            console.log(`${operation.name.padEnd(19)} ${target.name.padEnd(23)} not measured: ${broken.get(key)}`);
            continue;
          }
          const request = target.request(operation, server.port);
          for (let i = 0; i < 20 * processes; i++) await send(request); // warm-up: JIT, plan caches, pools
          const result = await autocannon({ ...request, connections, duration });
          results.push({
            target: target.name,
            operation: operation.name,
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            statements: statementsPer.get(key)!,
            errors: result.errors + result.non2xx + result.timeouts,
          });
          const row = results.at(-1)!;
          console.log(
            `${row.operation.padEnd(19)} ${row.target.padEnd(23)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(5)} ms  ${row.statements.toFixed(1).padStart(4)} SQL/request${row.errors ? `  ${row.errors} errors` : ''}`,
          );
        }
      } finally {
        await server.stop();
      }
    }

    console.log(
      `\nNewsgraph against the limit and the peer (throughput ratio, ${processes === 1 ? 'one process' : `${processes} processes`} each):`,
    );
    for (const operation of OPERATIONS) {
      const of = (name: string) =>
        results.find((row) => row.operation === operation.name && row.target.startsWith(name));
      const ours = of('newsgraph');
      if (!ours || !of('limit') || !of('postgraphile')) continue;
      console.log(
        `  ${operation.name.padEnd(19)} ${((ours.rps / of('limit')!.rps) * 100).toFixed(0)}% of the limit, ${(ours.rps / of('postgraphile')!.rps).toFixed(2)}x PostGraphile  (${operation.description})`,
      );
    }
  }
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await database.drop();
}
