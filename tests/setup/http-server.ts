import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../server/app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP server on a random loopback port. */
export async function startTestServer(options: AppOptions): Promise<RunningServer> {
  const app = createApp(options);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${app.graphqlEndpoint}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.dispose();
    },
  };
}
