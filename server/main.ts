import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { createPrismaClient, type PrismaClient } from './db/prisma-client.js';
import type { RunningDatabase } from './db/embedded-postgres.js';
import { ingestFiles, listArticleFiles } from './ingest/ingest-files.js';
import { createApp, settingsFromEnvironment, type Settings } from './app.js';

/** Sample articles ingested into an empty database, so a first `npm start` has something to show. */
const SAMPLE_ARTICLES = fileURLToPath(new URL('../prisma/seed/articles', import.meta.url));

const log = (line: string) => console.error(line);

let settings: Settings | undefined;
let database: RunningDatabase | undefined;
let prisma: PrismaClient | undefined;
let server: Server | undefined;
let stopping = false;

// Stop after the in-flight requests have finished. Installed first, so a Ctrl-C during start-up also
// stops cleanly. A second signal closes the connections still open at once (the database still stops
// cleanly).
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

async function shutdown(reason: string, exitCode = 0) {
  if (stopping) {
    if (server) {
      log(`${reason} again: closing the connections still open now.`);
      server.closeAllConnections();
    }
    return;
  }
  stopping = true;
  log(`${reason}: finishing in-flight requests and stopping ...`);
  if (server) {
    const running = server;
    // close() stops accepting connections and calls back once every open one has ended; idle
    // keep-alive connections are closed now, busy ones as soon as their response is sent (below).
    const closed = new Promise<void>((resolve) => running.close(() => resolve()));
    running.closeIdleConnections();
    const timeoutMs = settings?.shutdownTimeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      log(`Requests still running after ${timeoutMs / 1000} s: closing their connections.`);
      running.closeAllConnections();
    }, timeoutMs);
    await closed;
    clearTimeout(timer);
  }
  await prisma?.$disconnect().catch(() => {});
  await database?.stop();
  log('Stopped.');
  process.exit(exitCode);
}

/**
 * A request that reaches the server once it is stopping (on a keep-alive connection opened before) is
 * answered 503 with `Connection: close`, except /health: the process is alive until it exits.
 */
function refuseWhileStopping(request: IncomingMessage, response: ServerResponse): boolean {
  if (!stopping || request.url?.startsWith('/health')) return false;
  response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '5' });
  response.end(JSON.stringify({ errors: [{ message: 'The server is shutting down: send the request again.', extensions: { code: 'SHUTTING_DOWN' } }] }));
  return true;
}

async function start() {
  // Settings first: a typo in one stops the server before anything starts, with the variable's name.
  settings = settingsFromEnvironment();
  database = await openDatabase({ log });
  const migrations = await applyMigrations(database.url);
  if (migrations.applied.length) log(`Applied migrations: ${migrations.applied.join(', ')}`);
  prisma = createPrismaClient(database.url, { statementTimeoutMs: settings.statementTimeoutMs });

  if ((await prisma.article.count()) === 0 && !stopping) {
    const summary = await ingestFiles(prisma, await listArticleFiles([SAMPLE_ARTICLES]));
    log(`Ingested ${summary.created} sample articles into the empty database.`);
  }

  if (!stopping) {
    const port = Number(process.env.PORT ?? 4000);
    const host = process.env.HOST ?? '127.0.0.1';
    const app = createApp({ prisma, statementTimeoutMs: settings.statementTimeoutMs, isShuttingDown: () => stopping });
    const listening = createServer((request, response) => {
      if (refuseWhileStopping(request, response)) return;
      // A response that ends while the server is stopping frees its connection at once.
      response.once('finish', () => {
        if (stopping) setImmediate(() => listening.closeIdleConnections());
      });
      void app(request, response);
    });
    server = listening;
    listening.once('error', (error: NodeJS.ErrnoException) => {
      log(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use: set PORT to another port.` : String(error));
      server = undefined;
      void shutdown('Cannot listen', 1);
    });
    listening.listen(port, host, () => {
      console.log(`Newsgraph GraphQL API: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${app.graphqlEndpoint} (open it in a browser for GraphiQL)`);
    });
  }
}

start().catch((error: unknown) => {
  // A Ctrl-C in a terminal also reaches the embedded postgres: errors after a stop request are expected.
  if (stopping) return;
  console.error(error instanceof Error && !database ? error.message : error);
  void shutdown('Start-up failed', 1);
});
