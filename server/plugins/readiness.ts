import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../db/prisma-client.js';

export interface ReadinessOptions {
  prisma: PrismaClient;
  /** True once the server has begun to stop: it is alive but takes no new work. */
  isShuttingDown?: () => boolean;
  /** A database that does not answer within this time counts as down. @default 2000 */
  timeoutMs?: number;
}

/**
 * GET /ready: 200 `{"status":"ready"}` when the database answers `SELECT 1`; else 503
 * `{"status":"unavailable","reason":…}`, for load balancers and orchestrators to route around the server
 * until it recovers (by itself: its connection pool reconnects). The database's own error is logged,
 * never sent (yoga's useReadinessCheck would send a thrown error's message). Liveness is /health (yoga's),
 * which does not touch the database.
 */
export function useReadiness({ prisma, isShuttingDown = () => false, timeoutMs = 2_000 }: ReadinessOptions): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    async check({ fetchAPI }) {
      const answer = (status: number, body: object) =>
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        });
      if (isShuttingDown()) return answer(503, { status: 'unavailable', reason: 'the server is shutting down' });
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          prisma.$queryRaw`SELECT 1`,
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return answer(200, { status: 'ready' });
      } catch (error) {
        console.error(`Readiness check: the database is unavailable (${firstLine(error)}).`);
        return answer(503, { status: 'unavailable', reason: 'the database cannot be reached' });
      } finally {
        clearTimeout(timer);
      }
    },
  });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? 'unknown error'
  );
}
