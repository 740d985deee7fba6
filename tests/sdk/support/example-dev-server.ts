import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** The example page's own Vite config: the SDK aliased to its source, /graphql proxied to the API. */
const EXAMPLE_CONFIG = fileURLToPath(
  new URL('../../../sdk/examples/search-statements/vite.config.ts', import.meta.url),
);

export interface ExampleDevServer {
  /** The page, e.g. http://127.0.0.1:45678/. */
  url: string;
  close(): Promise<void>;
}

/** Serves sdk/examples/search-statements on a random loopback port, forwarding /graphql to `apiOrigin`. */
export async function startExampleDevServer(apiOrigin: string): Promise<ExampleDevServer> {
  const server: ViteDevServer = await createServer({
    configFile: EXAMPLE_CONFIG,
    logLevel: 'error',
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: true,
      hmr: false,
      watch: null,
      proxy: { '/graphql': { target: apiOrigin, changeOrigin: true } },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('The example dev server started without a local URL.');
  }
  return { url, close: () => server.close() };
}
