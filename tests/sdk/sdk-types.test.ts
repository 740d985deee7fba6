import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTsc, type TscRun } from './support/run-tsc.js';

const SDK_ENTRY = fileURLToPath(new URL('../../sdk/src/index.ts', import.meta.url));

// Code a user of the SDK writes. Every line that must not compile ends with `// error TSxxxx`.
const CORRECT_USAGE = `
import { createClient, graphql, operations, NewsgraphRequestError, type StatementSearchHit } from '@newsgraph/sdk';

const client = createClient({ url: 'http://127.0.0.1:4000/graphql', apiKey: 'key', headers: { 'x-team': 'desk' } });

export async function correctUsage(signal: AbortSignal) {
  const article = await client.articleByUrl('https://example.com/a', { first: 10 });
  const title: string | undefined = article?.title;
  const speakerNames: (string | undefined)[] = article?.statements.edges.map(({ node }) => node.speaker?.name) ?? [];

  const page = await client.statementsByPerson('Peskov', { filter: { kind: ['DIRECT'], cue: ['added'] }, orderBy: { field: 'PUBLISHED_AT' }, first: 5 });
  const after: string | null = page.pageInfo.endCursor;
  await client.statementsByPerson({ id: 'UGVyc29uOjE=' }, { after });

  const hits = await client.searchStatements('aleppo -ceasefire', { first: 3 }, { signal });
  const hit: StatementSearchHit | undefined = hits.edges[0];
  const rank: number | undefined = hit?.rank;

  const result = await client.ingestArticle({ url: 'https://example.com/b', body: 'Text.' });
  if (result.__typename === 'InvalidArticleError') {
    const field: string | null = result.field;
  } else if (result.__typename === 'IngestArticlePayload') {
    const status: 'CREATED' | 'UPDATED' | 'UNCHANGED' = result.status;
  }

  const top = await client.topSpeakers({ search: 'aleppo', filter: { outlet: ['The Washington Post'] }, first: 5 });
  const leader: string | undefined = top.edges[0]?.node.speaker?.name;
  const count: number | undefined = top.edges[0]?.node.count;

  const withPutin = await client.coMentions({ id: 'UGVyc29uOjE=' }, { type: 'ORGANIZATION' });
  const coMentioned: string[] =
    withPutin?.__typename === 'Person' ? withPutin.coMentions.edges.map(({ node }) => node.entity.name) : [];
  const byName = await client.coMentions('Bush');
  if (byName?.__typename === 'AmbiguousNameError') {
    const candidates: string[] = byName.candidates.flatMap((candidate) => ('id' in candidate ? [candidate.id] : []));
  }
  const bushes = await client.statementsByPerson('Bush', { nameMode: 'SURNAME' });
  const ambiguous: boolean | undefined = bushes.nameMatches[0]?.ambiguous;

  const merged = await client.mergePeople({ targetId: 'UGVyc29uOjE=', sourceIds: ['UGVyc29uOjI='] });
  if (merged.__typename === 'MergePeoplePayload') {
    const aliases: string[] = merged.person.aliases;
  } else if (merged.__typename === 'NotFoundError') {
    const entityType: string = merged.entityType;
  } else {
    const reason: string = merged.reason;
  }

  for await (const edge of client.paginateEdges(operations.SearchStatementsQuery, { search: 'putin', first: 20 }, (data) => data.searchStatements)) {
    const highlighted: string[] = edge.snippet.highlights.map(({ start, end }) => edge.snippet.text.slice(start, end));
    const cursor: string = edge.cursor;
  }

  const data = await client.request(operations.StatementsQuery, { filter: { search: 'war crime' }, first: 2 });
  const total: number = data.statements.totalCount;

  for await (const statement of client.paginate(operations.StatementsQuery, { first: 50 }, (data) => data.statements)) {
    const text: string = statement.text;
  }

  try {
    await client.request(operations.SearchStatementsQuery, { search: 'x' });
  } catch (error) {
    if (error instanceof NewsgraphRequestError) console.log(error.errors[0]?.message, error.status, error.code);
  }
  return { title, speakerNames, rank, total, leader, count, coMentioned };
}
`;

const WRONG_USAGE = `
import { createClient, graphql, operations } from '@newsgraph/sdk';

const client = createClient({ url: 'http://127.0.0.1:4000/graphql' });

export async function wrongUsage() {
  await client.request(operations.StatementsQuery, { first: 'ten' }); // error TS2322
  await client.request(operations.ArticleByUrlQuery, {}); // error TS2345
  await client.request(operations.ArticleByUrlQuery); // error TS2554
  await client.searchStatements(42); // error TS2345
  await client.statementsByPerson('Peskov', { filter: { kind: ['QUOTE'] } }); // error TS2322
  await client.ingestArticle({ url: 'https://example.com/c' }); // error TS2345
  const article = await client.articleByUrl('https://example.com/a');
  article?.nonexistentField; // error TS2339
  const hits = await client.searchStatements('aleppo');
  hits.edges[0]?.node.mentionedPeople; // error TS2339
  const result = await client.ingestArticle({ url: 'https://example.com/d', body: 'Text.' });
  result.field; // error TS2339
  await client.coMentions('Putin', { type: 'PLACE' }); // error TS2322
  const notSeenByCodegen = graphql('query { statements { edges { node { nonexistentField } } } }');
  await client.request(notSeenByCodegen); // error TS2345
  client.paginate(operations.IngestArticleMutation, { input: { article: { url: 'u', body: 't' } } }, (data) => null); // error TS2345
}
`;

describe('the SDK’s types (tsc on code a user writes)', () => {
  let dir: string;
  let correct: TscRun;
  let wrong: TscRun;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sdk-types-'));
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      noUnusedLocals: false,
      // The package by name, as a user imports it; here it is the SDK's source.
      paths: { '@newsgraph/sdk': [SDK_ENTRY] },
    };
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(path.join(dir, 'correct-usage.ts'), CORRECT_USAGE);
    writeFileSync(path.join(dir, 'wrong-usage.ts'), WRONG_USAGE);
    writeFileSync(
      path.join(dir, 'tsconfig.correct.json'),
      JSON.stringify({ compilerOptions, files: ['correct-usage.ts'] }),
    );
    writeFileSync(
      path.join(dir, 'tsconfig.wrong.json'),
      JSON.stringify({ compilerOptions, files: ['wrong-usage.ts'] }),
    );
    correct = await runTsc('tsconfig.correct.json', dir);
    wrong = await runTsc('tsconfig.wrong.json', dir);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles correct use of every method, typed results, error results, request and paginate', () => {
    expect(correct.output).toBe('');
    expect(correct.status).toBe(0);
  });

  it('refuses wrong variables, unknown fields, unnarrowed error results and queries codegen has not seen, each where it is written', () => {
    const lines = WRONG_USAGE.split('\n');
    const expected = lines.flatMap((text, index) => {
      const code = /\/\/ error (TS\d+)$/.exec(text)?.[1];
      return code ? [{ line: index + 1, code }] : [];
    });
    expect(expected).toHaveLength(12);
    const reported = wrong.errors
      .filter((error) => error.file === 'wrong-usage.ts')
      .map(({ line, code }) => ({ line, code }));
    expect(reported, wrong.output).toEqual(expected);
    expect(wrong.status).not.toBe(0);
  });

  it('names the problem in the message', () => {
    const messageAt = (needle: string) => {
      const line = WRONG_USAGE.split('\n').findIndex((text) => text.includes(needle)) + 1;
      return wrong.errors.find((error) => error.line === line)?.message ?? '';
    };
    expect(messageAt("{ first: 'ten' }")).toMatch(/Type 'string' is not assignable to type 'number'/);
    expect(messageAt('nonexistentField; //')).toMatch(/Property 'nonexistentField' does not exist/);
    expect(messageAt("kind: ['QUOTE']")).toMatch(/"QUOTE"/);
    expect(messageAt('result.field')).toMatch(/Property 'field' does not exist on type/);
    expect(messageAt('request(notSeenByCodegen)')).toMatch(
      /Argument of type 'unknown' is not assignable to parameter of type 'TypedDocumentNode/,
    );
    expect(messageAt('client.paginate(operations.IngestArticleMutation')).toMatch(
      /paginate\(\) needs a document with an `\$after: String` variable/,
    );
  });
});
