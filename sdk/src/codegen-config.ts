import { createRequire } from 'node:module';

/**
 * graphql-codegen settings for a project that writes its own queries against Newsgraph. An analyst's
 * whole codegen.ts can be one line:
 *
 *     export { default } from '@newsgraph/sdk/codegen';
 *
 * then `npx graphql-codegen` writes `src/gql/`, whose `graphql()` types every query found in `src/`.
 * Needs `@graphql-codegen/cli` and `@graphql-codegen/client-preset` as dev dependencies.
 */
export interface NewsgraphCodegenOptions {
  /**
   * The files to find `graphql()` calls in (globs; a leading `!` excludes). The output folder is always
   * excluded.
   * @default ['src/**\/*.{ts,tsx}']
   */
  documents?: string | string[];
  /**
   * The folder codegen writes to; import `graphql` from its index.
   * @default 'src/gql/'
   */
  output?: string;
  /**
   * The API's schema: a file, a glob or a URL of a running server's /graphql.
   * @default the schema.graphql shipped with this version of the SDK
   */
  schema?: string;
  /**
   * Also write `persisted-documents.json` (each operation by its SHA-256 hash) and put each operation's
   * hash on its document (`__meta__.hash`): a server with trusted documents runs only those hashes.
   * @default false
   */
  persistedDocuments?: boolean;
}

/** The client preset's settings: the SDK generates its own types with these, so both type alike. */
export const CLIENT_PRESET_SETTINGS = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'documentNode',
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: 'string' },
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  },
} as const;

/** A codegen config (the subset this SDK uses of `CodegenConfig` from `@graphql-codegen/cli`). */
export interface NewsgraphCodegenConfig {
  schema: string;
  documents: string[];
  ignoreNoDocuments: boolean;
  emitLegacyCommonJSImports: boolean;
  generates: Record<
    string,
    Omit<typeof CLIENT_PRESET_SETTINGS, 'presetConfig' | 'config'> & {
      presetConfig: (typeof CLIENT_PRESET_SETTINGS)['presetConfig'] & {
        persistedDocuments?: { hashAlgorithm: 'sha256' };
      };
      config: Omit<(typeof CLIENT_PRESET_SETTINGS)['config'], 'documentMode'> & {
        documentMode: 'documentNode' | 'documentNodeImportFragments';
      };
    }
  >;
}

/** Where this SDK's copy of the API schema is. */
export const SCHEMA_PATH: string = createRequire(import.meta.url).resolve('@newsgraph/sdk/schema.graphql');

/** A codegen config that types `graphql()` queries against the Newsgraph API. */
export function newsgraphCodegenConfig(options: NewsgraphCodegenOptions = {}): NewsgraphCodegenConfig {
  const output = (options.output ?? 'src/gql/').replace(/\/?$/, '/');
  const documents =
    typeof options.documents === 'string' ? [options.documents] : (options.documents ?? ['src/**/*.{ts,tsx}']);
  return {
    schema: options.schema ?? SCHEMA_PATH,
    documents: [...documents, `!${output}**`],
    ignoreNoDocuments: true,
    // Imports with .js extensions: what NodeNext, browsers and bundlers all accept.
    emitLegacyCommonJSImports: false,
    generates: {
      [output]: options.persistedDocuments
        ? {
            ...CLIENT_PRESET_SETTINGS,
            presetConfig: { ...CLIENT_PRESET_SETTINGS.presetConfig, persistedDocuments: { hashAlgorithm: 'sha256' } },
            // The hash goes onto documents only in this mode (each document still carries its fragments).
            config: { ...CLIENT_PRESET_SETTINGS.config, documentMode: 'documentNodeImportFragments' },
          }
        : CLIENT_PRESET_SETTINGS,
    },
  };
}

export default newsgraphCodegenConfig();
