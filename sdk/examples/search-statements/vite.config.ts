import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where the Newsgraph API runs; the dev server forwards the page's /graphql requests there. */
const API_ORIGIN = process.env.NEWSGRAPH_API_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    // The SDK's source, so the example runs without building the package first.
    alias: { '@newsgraph/sdk': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
  },
  // Bundled before the first page load, so the page never reloads to add it.
  optimizeDeps: { include: ['graphql'] },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': { target: API_ORIGIN, changeOrigin: true } },
  },
  preview: {
    host: '127.0.0.1',
    proxy: { '/graphql': { target: API_ORIGIN, changeOrigin: true } },
  },
});
