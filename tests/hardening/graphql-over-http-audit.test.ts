import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/http-server.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * The audits Newsgraph deliberately does not pass, and why (README, "Operations"). All three are MAY
 * audits of GET requests: a GET without the `x-graphql-yoga-csrf` header is refused (403), because a
 * browser sends a cross-site GET without a preflight, and a GET carrying a key would otherwise be a
 * request forgery waiting to happen. With the header, they pass (checked below).
 */
const NOT_FOLLOWED: Record<string, string> = {
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
};

async function runAudits(url: string, fetchFn?: typeof fetch) {
  const results: { id: string; name: string; result: AuditResult }[] = [];
  for (const audit of serverAudits({ url, fetchFn }))
    results.push({ id: audit.id, name: audit.name, result: await audit.fn() });
  return results;
}

describe('the GraphQL over HTTP audit suite (graphql-http) against the running server', () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer({ prisma: database.prisma });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('passes every MUST and SHOULD audit; the only ones not passed are the documented GET audits', async () => {
    const results = await runAudits(server.url);
    expect(results.length).toBeGreaterThan(50);
    const failed = results.filter(({ result }) => result.status !== 'ok');
    const describe = ({ id, name, result }: (typeof results)[number]) =>
      `${id} ${name}: ${result.status} ${'reason' in result ? result.reason : ''}`;
    expect(failed.filter(({ name }) => /^(MUST|SHOULD)/.test(name)).map(describe)).toEqual([]);
    expect(Object.fromEntries(failed.map(({ id, name }) => [id, name]))).toEqual(NOT_FOLLOWED);
    for (const { result } of failed) expect((result as { response?: Response }).response?.status).toBe(403);
  }, 60_000);

  it('passes those GET audits too when the request carries the CSRF header, as GraphiQL does', async () => {
    const withHeader: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('x-graphql-yoga-csrf', '1');
      return fetch(input, { ...init, headers });
    };
    const results = await runAudits(server.url, withHeader);
    expect(results.filter(({ result }) => result.status !== 'ok').map(({ id }) => id)).toEqual([]);
  }, 60_000);
});
