import { newsgraphCodegenConfig } from './src/codegen-config.js';

/**
 * Types for every operation written with `graphql()` in src/, from the API's schema.graphql: the same
 * settings analysts get from `@newsgraph/sdk/codegen`, with the SDK's own paths, and the operations' hashes.
 */
export default newsgraphCodegenConfig({
  schema: 'schema.graphql',
  documents: ['src/**/*.ts'],
  output: 'src/generated/',
  // The SDK's operations by hash, for servers that run only trusted documents (NEWSGRAPH_TRUSTED_DOCUMENTS).
  persistedDocuments: true,
});
