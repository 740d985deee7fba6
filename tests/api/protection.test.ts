import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../server/app.js';
import { createPrismaClient } from '../../server/db/prisma-client.js';
import { PLAYGROUND_EXAMPLES } from '../../server/playground-examples.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { loadFixture } from './analyst-fixture.js';

describe('protection: query limits, request size, CSRF, CORS, masking, timeouts', () => {
  let database: TestDatabase;
  const sql: string[] = [];

  async function post(query: string, variables?: object, options: Partial<AppOptions> = {}) {
    const response = await createApp({ prisma: database.prisma, ...options }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] },
    };
  }

  /** Posts a query that must be refused before any SQL runs, and returns the refusal. */
  async function refused(query: string, variables?: object) {
    sql.length = 0;
    const { status, body } = await post(query, variables);
    expect(body.data ?? null).toBeNull();
    expect(sql).toEqual([]);
    expect(body.errors).toHaveLength(1);
    expect(status).toBe(400);
    return body.errors![0]!;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (query) => sql.push(query) });
    await loadFixture(database.prisma);
  });
  afterAll(() => database?.drop());

  it('refuses a page above 100, in a literal or a variable, at any depth, saying by how much', async () => {
    const literal = await refused(`{ statements(first: 101) { totalCount } }`);
    expect(literal.message).toBe(
      'Query refused: its page size ("first" on Query.statements) is 101, over the limit of 100 by 1.',
    );
    expect(literal.extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'pageSize', max: 100, found: 101 });
    const variable = await refused(
      `query ($n: Int) { people(first: 1) { edges { node { mentions(last: $n) { totalCount } } } } }`,
      { n: 5000 },
    );
    expect(variable.message).toBe(
      'Query refused: its page size ("last" on Person.mentions) is 5,000, over the limit of 100 by 4,900.',
    );
    expect((await post(`{ statements(first: 100) { totalCount } }`)).body.data.statements.totalCount).toBe(9);
  });

  it('refuses nested pages that could return more than 10,000 nodes', async () => {
    // Page sizes in variables: the static cost estimate cannot see them, the node count can.
    const error = await refused(
      `query ($n: Int, $m: Int) { statements(first: $n) { edges { node { speaker { ... on Person { statements(first: $m) { totalCount } } } } } } }`,
      { n: 100, m: 100 },
    );
    expect(error.message).toBe(
      'Query refused: its number of nodes it could return is 10,100, over the limit of 10,000 by 100.',
    );
    const literal = await refused(
      `{ statements(first: 100) { edges { node { speaker { ... on Person { statements(first: 100) { totalCount } } } } } } }`,
    );
    expect(literal.message).toBe('Query refused: its cost is 179,487.5, over the limit of 100,000 by 79,487.5.');
  });

  it('refuses a query deeper than 12', async () => {
    const error = await refused(
      `{ statements { edges { node { article { statements { edges { node { article { statements { edges { node { article { title } } } } } } } } } } } } }`,
    );
    expect(error.extensions).toMatchObject({ limit: 'depth', max: 12 });
    expect(error.message).toMatch(
      new RegExp(
        `depth \\(fields nested in fields\\) is ${error.extensions.found}, over the limit of 12 by ${error.extensions.found - 12}\\.`,
      ),
    );
  });

  it('refuses a query over the cost limit', async () => {
    const page = (i: number) =>
      `s${i}: statements(first: 100) { edges { node { text kind cue start end article { title outlet url domain } } } }`;
    const error = await refused(`{ ${Array.from({ length: 19 }, (_, i) => page(i)).join(' ')} }`);
    expect(error.extensions).toMatchObject({ limit: 'cost', max: 100_000 });
    expect(error.extensions.found).toBeGreaterThan(100_000);
    expect(error.message).toMatch(/^Query refused: its cost is [\d,.]+, over the limit of 100,000 by [\d,.]+\.$/);
  });

  it('refuses more than 20 aliases, 20 directives or 3,000 tokens', async () => {
    const aliases = await refused(
      `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`,
    );
    expect(aliases.message).toBe('Query refused: its number of aliases is 21, over the limit of 20 by 1.');
    const directives = await refused(
      `{ ${Array.from({ length: 21 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ')} }`,
    );
    expect(directives.message).toBe('Query refused: its number of directives is 21, over the limit of 20 by 1.');
    const tokens = await refused(`{ ${'__typename '.repeat(3000)}}`);
    expect(tokens.message).toBe('Query refused: its number of tokens is 3,002, over the limit of 3,000 by 2.');
  });

  it('lets every playground example through the limits', async () => {
    for (const example of PLAYGROUND_EXAMPLES.filter(({ query }) => !query.includes('mutation'))) {
      const { body } = await post(example.query, example.variables);
      expect(body.errors, example.title).toBeUndefined();
    }
  });

  it('refuses a request body over the size limit with 413, declared or streamed', async () => {
    const app = createApp({ prisma: database.prisma, maxRequestBytes: 1_000 });
    const body = JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(2_000) } });
    const declared = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).errors[0].message).toBe(
      `Query refused: its request body size in bytes is ${body.length.toLocaleString('en-US')}, over the limit of 1,000 by ${(body.length - 1000).toLocaleString('en-US')}.`,
    );
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode(body.slice(i * 600, (i + 1) * 600)));
        controller.close();
      },
    });
    const streamed = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as any).errors[0].message).toMatch(
      /request body size in bytes \(counted so far\) is 1,200, over the limit of 1,000/,
    );
    const small = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.status).toBe(200);
  });

  it('refuses a Content-Length that is not one number of bytes (400), as a smuggling attempt', async () => {
    const app = createApp({ prisma: database.prisma });
    const body = JSON.stringify({ query: '{ __typename }' });
    for (const length of [`${body.length}, ${body.length}`, '-1', 'ten']) {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': length },
        body,
      });
      expect(response.status, length).toBe(400);
      expect(((await response.json()) as any).errors[0].message).toBe(
        `The Content-Length header must be a number of bytes, not "${length}".`,
      );
    }
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const app = createApp({ prisma: database.prisma });
    const form = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%20%7B%20__typename%20%7D',
    });
    expect(form.status).toBe(403);
    expect(await form.text()).toMatch(/Required CSRF header/);
    const get = await app.fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(403);
    const withHeader = await app.fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('answers CORS preflights only for the configured origins', async () => {
    const app = createApp({ prisma: database.prisma, cors: { origin: ['https://newsroom.example'] } });
    const preflight = (origin: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://newsroom.example')).headers.get('access-control-allow-origin')).toBe(
      'https://newsroom.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
    const closed = createApp({ prisma: database.prisma, cors: false });
    const response = await closed.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says a query was cancelled by the statement timeout, and which', async () => {
    // A name check made slow on purpose: the statement outlives a 200 ms timeout.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const slow = createPrismaClient(database.url, { statementTimeoutMs: 200 });
    try {
      await admin.query(
        `CREATE OR REPLACE FUNCTION newsgraph_name_key(name text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN PERFORM pg_sleep(1); RETURN lower(name); END $$`,
      );
      const response = await createApp({ prisma: slow, statementTimeoutMs: 200 }).fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ people(filter: { name: { exact: "Merkel" } }) { totalCount } }` }),
      });
      const body = (await response.json()) as any;
      expect(body.errors[0].message).toBe(
        'Query refused: it ran longer than the database’s statement timeout of 200 ms and was cancelled. Narrow the filter or ask for fewer items.',
      );
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'statementTimeoutMs', max: 200 });
    } finally {
      await slow.$disconnect();
      await admin.end();
    }
  });

  it('masks unexpected errors: no SQL, table or driver detail reaches the client', async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(`ALTER TABLE article RENAME COLUMN title TO headline`);
      const { body } = await post(`{ articles(first: 1) { edges { node { title } } } }`);
      expect(body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/headline|title|prisma|SELECT|relation|does not exist/i);
    } finally {
      await admin.query(`ALTER TABLE article RENAME COLUMN headline TO title`);
      await admin.end();
    }
  });
});
