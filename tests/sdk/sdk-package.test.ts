import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, SAMPLE_URL } from '../setup/sample-article.js';
import { createConsumerProject, packSdk, writeFiles } from './support/packed-sdk.js';
import { runTsc } from './support/run-tsc.js';
import { ingestThroughSdk, startLiveNewsgraph, type LiveNewsgraph } from './support/live-newsgraph.js';

const execFileAsync = promisify(execFile);
const REPO_NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

// A user's script, in both module systems: import the package by name, run a query, print the answer.
const ESM_SCRIPT = `
import { createClient } from '@newsgraph/sdk';
const client = createClient({ url: process.env.NEWSGRAPH_URL });
const article = await client.articleByUrl(process.env.ARTICLE_URL);
console.log(JSON.stringify({ outlet: article.outlet, statements: article.statements.totalCount }));
`;
const CJS_SCRIPT = `
const { createClient, NewsgraphRequestError } = require('@newsgraph/sdk');
createClient({ url: process.env.NEWSGRAPH_URL })
  .articleByUrl(process.env.ARTICLE_URL)
  .then((article) => console.log(JSON.stringify({ outlet: article.outlet, statements: article.statements.totalCount, errorClass: typeof NewsgraphRequestError })));
`;

// An analyst's project: the README's one-line codegen.ts, and a query of their own written with graphql().
const ANALYST_FILES = {
  'codegen.ts': "export { default } from '@newsgraph/sdk/codegen';\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      strict: true,
      skipLibCheck: true,
      types: [],
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  }),
  // CommonJS code in the same project type-checks against the package's `require` types.
  'src/count-speakers.cts': `
import sdk = require('@newsgraph/sdk');
export async function countSpeakers(url: string): Promise<number> {
  const top = await sdk.createClient({ url }).topSpeakers({ first: 100 });
  return top.totalCount;
}
`,
  'src/environment.ts': 'declare global { const process: { env: Record<string, string | undefined> }; }\nexport {};\n',
  'src/outlet-quotes.ts': `
import { createClient } from '@newsgraph/sdk';
import { graphql } from './gql/index.js';

export const OutletQuotes = graphql(\`
  query OutletQuotes($outlet: String!, $first: Int!) {
    statements(filter: { outlet: [$outlet], kind: [DIRECT] }, first: $first) {
      totalCount
      edges { node { text cue speaker { ... on Person { name } ... on Organization { name } } } }
    }
  }
\`);

const client = createClient({ url: process.env.NEWSGRAPH_URL! });
const data = await client.request(OutletQuotes, { outlet: 'The Washington Post', first: 50 });
const quotes: { who: string | null; text: string }[] = data.statements.edges.map(({ node }) => ({ who: node.speaker?.name ?? null, text: node.text }));
console.log(JSON.stringify({ total: data.statements.totalCount, quotes }));
`,
};

// Code that misuses the analyst's own query; tsc must refuse it.
const ANALYST_MISTAKE = `
import { createClient } from '@newsgraph/sdk';
import { OutletQuotes } from './outlet-quotes.js';

const client = createClient({ url: 'http://127.0.0.1:4000/graphql' });
export const wrongVariable = client.request(OutletQuotes, { outlet: 42, first: 5 });
export const unselectedField = (await client.request(OutletQuotes, { outlet: 'x', first: 5 })).statements.edges[0]?.node.kind;
`;

// Child processes (node, tsc, codegen) on a shared machine: minutes, not the suite's 30 s.
describe('the SDK as a user gets it: npm pack, installed into a throwaway project', { timeout: 180_000 }, () => {
  let api: LiveNewsgraph;
  let tarball: string;
  let project: string;
  // Asynchronous: the server answering the script runs in this process.
  const runNode = async (script: string) =>
    (
      await execFileAsync(process.execPath, [script], {
        cwd: project,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, NEWSGRAPH_URL: api.url, ARTICLE_URL: SAMPLE_URL },
        timeout: 60_000,
      })
    ).stdout;

  beforeAll(async () => {
    api = await startLiveNewsgraph();
    await ingestThroughSdk(api, [SAMPLE_ARTICLE]);
    tarball = await packSdk();
    project = await createConsumerProject(tarball, {
      'query.mjs': ESM_SCRIPT,
      'query.cjs': CJS_SCRIPT,
      ...ANALYST_FILES,
    });
  }, 600_000);

  afterAll(async () => {
    await api?.close();
    if (project) rmSync(project, { recursive: true, force: true });
    if (tarball) rmSync(path.dirname(tarball), { recursive: true, force: true });
  });

  it('packs the ESM and CommonJS builds, their types and the schema, and installs with only graphql and the typed-document type', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .map((file) => file.replace(/^package\//, ''));
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'schema.graphql',
        'dist/esm/index.js',
        'dist/esm/index.d.ts',
        'dist/esm/codegen-config.js',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/package.json',
      ]),
    );
    expect(files.filter((file) => /server|prisma|examples|\.test\./.test(file))).toEqual([]);

    const installed = readdirSync(path.join(project, 'node_modules'), { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .flatMap((entry) =>
        entry.name.startsWith('@')
          ? readdirSync(path.join(project, 'node_modules', entry.name)).map((name) => `${entry.name}/${name}`)
          : [entry.name],
      );
    expect(installed.sort()).toEqual(['@graphql-typed-document-node/core', '@newsgraph/sdk', 'graphql']);

    // What a browser loads: no Node built-ins anywhere in the runtime build.
    const runtime = readdirSync(path.join(project, 'node_modules/@newsgraph/sdk/dist/esm'), {
      recursive: true,
      encoding: 'utf8',
    })
      .filter((file) => file.endsWith('.js') && file !== 'codegen-config.js')
      .map((file) => readFileSync(path.join(project, 'node_modules/@newsgraph/sdk/dist/esm', file), 'utf8'));
    expect(runtime.filter((source) => /from ['"]node:|require\(['"]node:/.test(source))).toEqual([]);
  });

  it('imports as an ES module and runs a query against the live server', async () => {
    expect(JSON.parse(await runNode('query.mjs'))).toEqual({
      outlet: 'The Washington Post',
      statements: expect.any(Number),
    });
  });

  it('requires as CommonJS and runs the same query', async () => {
    const esm = JSON.parse(await runNode('query.mjs'));
    expect(JSON.parse(await runNode('query.cjs'))).toEqual({ ...esm, errorClass: 'function' });
  });

  describe('an analyst’s custom typed query', () => {
    beforeAll(() => {
      // Stands in for `npm install -D @graphql-codegen/cli @graphql-codegen/client-preset` in the analyst's
      // project: the same packages, linked from this repository rather than installed again.
      mkdirSync(path.join(project, 'node_modules/@graphql-codegen'), { recursive: true });
      symlinkSync(
        path.join(REPO_NODE_MODULES, '@graphql-codegen/client-preset'),
        path.join(project, 'node_modules/@graphql-codegen/client-preset'),
        'dir',
      );
    });

    it('is typed by codegen run with the one-line config against the SDK’s shipped schema, compiles, and runs against the server', async () => {
      const { config } = (await loadCodegenConfig({ configFilePath: path.join(project, 'codegen.ts') }))!;
      expect(config.schema).toBe(path.join(project, 'node_modules/@newsgraph/sdk/schema.graphql'));
      const outputs = await generate({ ...config, cwd: project, silent: true }, true);
      expect(outputs.map((output: { filename: string }) => output.filename).sort()).toEqual([
        'src/gql/gql.ts',
        'src/gql/graphql.ts',
        'src/gql/index.ts',
      ]);
      expect(readFileSync(path.join(project, 'src/gql/graphql.ts'), 'utf8')).toContain(
        'export type OutletQuotesQueryVariables',
      );

      const compiled = await runTsc('tsconfig.json', project);
      expect(compiled.output).toBe('');

      const printed = JSON.parse(await runNode('dist/outlet-quotes.js'));
      expect(printed.total).toBeGreaterThan(0);
      expect(printed.quotes).toContainEqual({
        who: 'Dmitri Peskov',
        text: 'We will wait for this convenient time to come',
      });
    });

    it('refuses, at compile time, a variable of the wrong type and a field the query did not select', async () => {
      writeFiles(project, { 'src/mistake.ts': ANALYST_MISTAKE });
      try {
        const { errors, output } = await runTsc('tsconfig.json', project);
        expect(
          errors.map(({ file, code }) => `${file} ${code}`),
          output,
        ).toEqual(['src/mistake.ts TS2322', 'src/mistake.ts TS2339']);
        expect(errors[0]!.message).toMatch(/Type 'number' is not assignable to type 'string'/);
        expect(errors[1]!.message).toMatch(/Property 'kind' does not exist/);
      } finally {
        rmSync(path.join(project, 'src/mistake.ts'));
      }
    });

    it('refuses, at codegen time, a query asking for a field the schema does not have', async () => {
      writeFiles(project, {
        'broken/field.ts':
          "import { graphql } from './gql/index.js';\nexport const Broken = graphql(`query Broken { statements { edges { node { nonexistentField } } } }`);\n",
        'codegen.broken.ts':
          "import { newsgraphCodegenConfig } from '@newsgraph/sdk/codegen';\nexport default newsgraphCodegenConfig({ documents: 'broken/**/*.ts', output: 'broken/gql/' });\n",
      });
      const { config } = (await loadCodegenConfig({ configFilePath: path.join(project, 'codegen.broken.ts') }))!;
      await expect(generate({ ...config, cwd: project, silent: true }, false)).rejects.toThrow(
        /Cannot query field "nonexistentField" on type "Statement"/,
      );
    });
  });
});
