import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createApp, type Settings } from './app.js';
import { createPrismaClient, type PrismaClient } from './db/prisma-client.js';
import { ReadReplicas } from './db/read-replicas.js';

export interface ServeHttpOptions {
  databaseUrl: string;
  settings: Settings;
  port: number;
  host: string;
  log: (line: string) => void;
  /** Called once the port is open, with the GraphQL endpoint's URL. */
  onListening: (url: string) => void;
  /** Called when the port cannot be opened; the caller stops. */
  onListenError: (error: NodeJS.ErrnoException) => void;
}

export interface HttpService {
  /**
   * Stops accepting connections, lets in-flight requests finish (at most `shutdownTimeoutMs`, then their
   * connections are closed), and closes the database pool. A second call closes open connections at once.
   */
  stop(reason: string): Promise<void>;
}

/**
 * The API on one HTTP server in this process: the whole server with one process, or one of the
 * cluster's workers (they share the port; node:cluster hands out the connections).
 */
export function serveHttp(options: ServeHttpOptions): HttpService {
  const { settings, log } = options;
  const prisma: PrismaClient = createPrismaClient(options.databaseUrl, {
    statementTimeoutMs: settings.statementTimeoutMs,
    // Which server process holds which connections, in pg_stat_activity.
    applicationName: `newsgraph api ${process.pid}`,
  });
  const replicas = settings.readUrls.length
    ? new ReadReplicas(prisma, settings.readUrls, {
        statementTimeoutMs: settings.statementTimeoutMs,
        applicationName: `newsgraph api ${process.pid}`,
        warn: log,
      })
    : undefined;
  let stopping: Promise<void> | undefined;
  const app = createApp({
    prisma,
    settings,
    replicas,
    isShuttingDown: () => stopping !== undefined,
  });
  const server: Server = createServer((request, response) => {
    if (refuseWhileStopping(stopping !== undefined, request, response)) return;
    // A response that ends while the server is stopping frees its connection at once.
    response.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    void app(request, response);
  });
  server.once('error', (error: NodeJS.ErrnoException) => options.onListenError(error));
  server.listen(options.port, options.host, () => {
    options.onListening(
      `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}${app.graphqlEndpoint}`,
    );
  });

  return {
    stop(reason) {
      if (stopping) {
        log(`${reason} again: closing the connections still open now.`);
        server.closeAllConnections();
        return stopping;
      }
      // close() stops accepting connections and calls back once every open one has ended; idle
      // keep-alive connections are closed now, busy ones as soon as their response is sent (above).
      const closed = server.listening
        ? new Promise<void>((resolve) => server.close(() => resolve()))
        : Promise.resolve();
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        log(`Requests still running after ${settings.shutdownTimeoutMs / 1000} s: closing their connections.`);
        server.closeAllConnections();
      }, settings.shutdownTimeoutMs);
      stopping = closed.then(async () => {
        clearTimeout(timer);
        await replicas?.disconnect();
        // Closes what the application's plugins opened (the rate limit's Redis connection).
        await Promise.resolve(app.dispose()).catch(() => {});
        await prisma.$disconnect().catch(() => {});
      });
      return stopping;
    },
  };
}

/**
 * A request that reaches the server once it is stopping (on a keep-alive connection opened before) is
 * answered 503 with `Connection: close`, except /health: the process is alive until it exits.
 */
function refuseWhileStopping(stopping: boolean, request: IncomingMessage, response: ServerResponse): boolean {
  if (!stopping || request.url?.startsWith('/health')) return false;
  response.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    connection: 'close',
    'retry-after': '5',
  });
  response.end(
    JSON.stringify({
      errors: [
        { message: 'The server is shutting down: send the request again.', extensions: { code: 'SHUTTING_DOWN' } },
      ],
    }),
  );
  return true;
}
