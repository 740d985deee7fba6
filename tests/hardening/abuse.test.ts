import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, settingsFromEnvironment, type AppOptions } from '../../server/app.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * Requests built to exhaust or probe the server. Depth, aliases, page sizes, cost, tokens, the request
 * body and the statement timeout are covered in tests/api/protection.test.ts; this file covers the
 * variables, introspection in production, batching and the settings that govern them.
 */
describe('abuse: huge variables, introspection in production, batches', () => {
  let database: TestDatabase;
  const sql: string[] = [];

  async function post(body: unknown, options: Partial<AppOptions> = {}) {
    const response = await createApp({ prisma: database.prisma, ...options }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] },
    };
  }
  /** A request refused with 400 and one error, before any SQL runs. */
  async function refused(body: unknown, options: Partial<AppOptions> = {}) {
    sql.length = 0;
    const { status, body: answer } = await post(body, options);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(status).toBe(400);
    expect(sql).toEqual([]);
    return answer.errors![0]!;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (query) => sql.push(query) });
  });
  afterAll(() => database?.drop());

  describe('huge variables', () => {
    const ids = (count: number) =>
      Array.from({ length: count }, (_, i) => Buffer.from(`Person:${i + 1}`).toString('base64'));

    it('refuses a list of more than 1,000 values, in variables or in the query text', async () => {
      const error = await refused({
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: ids(5_000) },
      });
      expect(error.message).toBe(
        'Query refused: its longest list of input values (in the variables) is 5,000, over the limit of 1,000 by 4,000.',
      );
      expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'listLength', max: 1_000, found: 5_000 });
      // The token limit (3,000) leaves room for a literal list of about 1,500 strings.
      const literal = await refused({
        query: `{ nodes(ids: [${ids(1_200)
          .map((id) => `"${id}"`)
          .join(' ')}]) { id } }`,
      });
      expect(literal.extensions).toMatchObject({ limit: 'listLength', found: 1_200 });
      const query = 'query ($ids: [ID!]) { statements(filter: { speakerId: $ids }, first: 1) { totalCount } }';
      // 1,000 values pass the list check; an anonymous caller is then held to the input cost (hardening v2).
      const { body: atLimit } = await post({ query, variables: { ids: ids(1_000) } });
      expect(atLimit.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'inputCost' });
    });

    it('refuses input nested deeper than 12, in variables or in the query text, without overflowing the stack', async () => {
      let filter: object = { kind: ['DIRECT'] };
      for (let level = 0; level < 20; level++) filter = { AND: [filter] };
      const query = 'query ($filter: StatementFilter) { statements(filter: $filter, first: 1) { totalCount } }';
      const deep = await refused({ query, variables: { filter } });
      expect(deep.message).toBe(
        'Query refused: its input nesting (objects and lists inside one argument or variable) (in the variables) is 42, over the limit of 12 by 30.',
      );
      // 100,000 levels of `[[[…]]]`: measured without recursion, refused like any other.
      const abyss = await refused(
        `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      );
      expect(abyss.extensions).toMatchObject({ limit: 'inputDepth', max: 12, found: 100_000 });
      const literal = await refused({
        query: `{ statements(first: 1, filter: ${'{ AND: ['.repeat(8)}{ kind: [DIRECT] }${'] }'.repeat(8)}) { totalCount } }`,
      });
      expect(literal.extensions).toMatchObject({ limit: 'inputDepth', max: 12, found: 18 });
      expect(literal.message).toMatch(/\(in the query text\) is 18, over the limit of 12 by 6\.$/);
      // The deepest filter anyone writes passes.
      const sensible = {
        AND: [{ OR: [{ NOT: { publishedAt: { from: '2016-01-01T00:00:00Z' } } }, { kind: ['DIRECT'] }] }],
      };
      expect((await post({ query, variables: { filter: sensible } })).body).toEqual({
        data: { statements: { totalCount: 0 } },
      });
    });

    it('refuses more than 10,000 values in all, even spread over short lists and unused variables', async () => {
      const variables = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`v${i}`, ids(1_000)]));
      const error = await refused({ query: '{ __typename }', variables });
      expect(error.extensions).toMatchObject({ limit: 'inputValues', max: 10_000, found: 12_012 });
    });

    it('refuses variables over the request size limit with 413, without reading past the limit', async () => {
      const { status, body } = await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(12_000_000) } });
      expect(status).toBe(413);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_LIMIT',
        limit: 'requestBytes',
        max: 10_000_000,
      });
    });
  });

  describe('introspection', () => {
    it('is refused when turned off, with a message saying where the schema is published', async () => {
      const schema = await refused({ query: '{ __schema { types { name } } }' }, { introspection: false });
      expect(schema.message).toBe(
        'Introspection is disabled on this server: "__schema" cannot be queried. The schema is published as schema.graphql (also in the SDK).',
      );
      expect(schema.extensions).toMatchObject({ code: 'INTROSPECTION_DISABLED' });
      const type = await refused(
        {
          query:
            '{ a: statements(first: 1) { totalCount } b: __type(name: "Mutation") { fields { name args { name } } } }',
        },
        { introspection: false },
      );
      expect(type.message).toMatch(/"__type" cannot be queried/);
      // __typename is not introspection of the schema: clients need it.
      expect((await post({ query: '{ __typename }' }, { introspection: false })).body).toEqual({
        data: { __typename: 'Query' },
      });
    });

    it('is off by default when NODE_ENV=production, together with GraphiQL, unless NEWSGRAPH_INTROSPECTION=on', async () => {
      const saved = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        expect((await refused({ query: '{ __schema { queryType { name } } }' })).extensions).toMatchObject({
          code: 'INTROSPECTION_DISABLED',
        });
        const page = await createApp({ prisma: database.prisma }).fetch('http://localhost/graphql', {
          headers: { accept: 'text/html' },
        });
        expect(await page.text()).not.toMatch(/graphiql/i);
      } finally {
        process.env.NODE_ENV = saved;
      }
      expect(settingsFromEnvironment({ NODE_ENV: 'production' }).introspection).toBe(false);
      expect(settingsFromEnvironment({ NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'on' }).introspection).toBe(
        true,
      );
      expect(settingsFromEnvironment({ NEWSGRAPH_INTROSPECTION: 'off' }).introspection).toBe(false);
      expect(settingsFromEnvironment({}).introspection).toBe(true);
      const developer = await createApp({ prisma: database.prisma }).fetch('http://localhost/graphql', {
        headers: { accept: 'text/html' },
      });
      expect(await developer.text()).toMatch(/graphiql/i);
    });

    it('does not suggest field names to a prober in production (introspection off)', async () => {
      const { body } = await post({ query: '{ articlez { totalCount } }' }, { introspection: false });
      expect(body.errors?.[0]?.message).toMatch(/Cannot query field "articlez" on type "Query"/);
      expect(JSON.stringify(body)).not.toMatch(/Did you mean|"articles"/);
    });

    it('suggests the field a newcomer meant in development', async () => {
      const { body } = await post({ query: '{ articlez { totalCount } }' });
      expect(body.errors?.[0]?.message).toMatch(
        /Cannot query field "articlez" on type "Query"\. Did you mean .*"articles"/,
      );
    });
  });

  it('refuses a batch of operations in one request: every limit is per operation', async () => {
    const { status, body } = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/batch|Invalid params|must be an object/i);
  });

  it('refuses a setting that makes no sense instead of quietly using a default', () => {
    expect(() => settingsFromEnvironment({ NEWSGRAPH_READ_ACCESS: 'keys' })).toThrow(
      'NEWSGRAPH_READ_ACCESS must be "open" or "key", not "keys".',
    );
    expect(() => settingsFromEnvironment({ NEWSGRAPH_INTROSPECTION: 'yes' })).toThrow(
      'NEWSGRAPH_INTROSPECTION must be "on" or "off", not "yes".',
    );
    expect(() => settingsFromEnvironment({ NEWSGRAPH_MAX_ARTICLE_BYTES: '2MB' })).toThrow(
      'NEWSGRAPH_MAX_ARTICLE_BYTES must be a whole number of bytes, not "2MB".',
    );
    expect(() => settingsFromEnvironment({ NEWSGRAPH_STATEMENT_TIMEOUT_MS: '0' })).toThrow(
      /NEWSGRAPH_STATEMENT_TIMEOUT_MS must be a whole number of at least 100/,
    );
    expect(() => settingsFromEnvironment({ NEWSGRAPH_MAX_REQUEST_BYTES: 'lots' })).toThrow(
      /NEWSGRAPH_MAX_REQUEST_BYTES must be a whole number/,
    );
    expect(
      settingsFromEnvironment({ NEWSGRAPH_READ_ACCESS: 'KEY', NEWSGRAPH_MAX_ARTICLE_BYTES: '5_000_000' }),
    ).toMatchObject({ readAccess: 'key', maxArticleBytes: 5_000_000 });
    // The request limit grows with the article limit unless it is set too.
    expect(settingsFromEnvironment({}).maxRequestBytes).toBe(10_000_000);
    expect(settingsFromEnvironment({ NEWSGRAPH_MAX_ARTICLE_BYTES: '8000000' }).maxRequestBytes).toBe(17_000_000);
    expect(
      settingsFromEnvironment({ NEWSGRAPH_MAX_ARTICLE_BYTES: '8000000', NEWSGRAPH_MAX_REQUEST_BYTES: '9000000' })
        .maxRequestBytes,
    ).toBe(9_000_000);
  });
});
