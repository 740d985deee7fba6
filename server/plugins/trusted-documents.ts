import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** `off`: any document runs; `only`: the SDK's operations, sent by hash, and nothing else. */
export type TrustedDocuments = 'off' | 'only';

/**
 * The SDK's operations by SHA-256 hash (hex): codegen's persisted-documents output, generated with the SDK
 * (`npm run generate`) and shipped in it, so a server and an SDK of one version agree.
 */
export function sdkTrustedDocuments(): Map<string, string> {
  const file = createRequire(import.meta.url).resolve('@newsgraph/sdk/persisted-documents.json');
  const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(documents).map(([hash, document]) => [hash.replace(/^sha256:/, ''), document]));
}

/**
 * Runs only known documents (yoga's persisted operations): a request names one by its hash in
 * `extensions.persistedQuery.sha256Hash`; a request with a query text, or an unknown hash, is refused.
 * For public deployments, where the API should answer its clients' queries and not arbitrary ones.
 */
export function useTrustedDocuments(documents = sdkTrustedDocuments()): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: false,
    customErrors: {
      persistedQueryOnly: {
        message:
          'This server runs only trusted documents: send the SHA-256 hash of one of the SDK’s operations in extensions.persistedQuery.sha256Hash (the SDK does with `trustedDocuments: true`), not a query.',
        extensions: { code: 'TRUSTED_DOCUMENTS_ONLY', http: { status: 400 } },
      },
      notFound: {
        message: 'No trusted document has this hash: this server knows the operations of its own version of the SDK.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  });
}
