import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation written with `graphql()` in src/, generated from the API's schema. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**'],
  ignoreNoDocuments: true,
  // ESM imports with .js extensions, as NodeNext and browsers need.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'documentNode',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
      },
    },
  },
};

export default config;
