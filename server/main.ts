import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { createPrismaClient, type PrismaClient } from './db/prisma-client.js';
import type { RunningDatabase } from './db/embedded-postgres.js';
import { ingestFiles, listArticleFiles } from './ingest/ingest-files.js';
import { createApp } from './app.js';

/** Sample articles ingested into an empty database, so a first `npm start` has something to show. */
const SAMPLE_ARTICLES = fileURLToPath(new URL('../prisma/seed/articles', import.meta.url));

const log = (line: string) => console.error(line);

let database: RunningDatabase | undefined;
let prisma: PrismaClient | undefined;
let server: Server | undefined;
let stopping = false;

// Stop after the in-flight requests have finished. Installed first, so a Ctrl-C during start-up also
// stops cleanly.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log(`${reason}: finishing in-flight requests and stopping ...`);
  if (server) {
    // close() stops accepting connections and waits for open requests to end.
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
  }
  await prisma?.$disconnect();
  await database?.stop();
  log('Stopped.');
  process.exit(exitCode);
}

async function start() {
  database = await openDatabase({ log });
  const migrations = await applyMigrations(database.url);
  if (migrations.applied.length) log(`Applied migrations: ${migrations.applied.join(', ')}`);
  prisma = createPrismaClient(database.url);

  if ((await prisma.article.count()) === 0 && !stopping) {
    const summary = await ingestFiles(prisma, await listArticleFiles([SAMPLE_ARTICLES]));
    log(`Ingested ${summary.created} sample articles into the empty database.`);
  }

  if (!stopping) {
    const port = Number(process.env.PORT ?? 4000);
    const host = process.env.HOST ?? '127.0.0.1';
    const app = createApp({ prisma });
    server = createServer(app);
    server.once('error', (error: NodeJS.ErrnoException) => {
      log(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use: set PORT to another port.` : String(error));
      server = undefined;
      void shutdown('Cannot listen', 1);
    });
    server.listen(port, host, () => {
      console.log(`Newsgraph GraphQL API: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${app.graphqlEndpoint} (open it in a browser for GraphiQL)`);
    });
  }
}

start().catch((error: unknown) => {
  // A Ctrl-C in a terminal also reaches the embedded postgres: errors after a stop request are expected.
  if (stopping) return;
  console.error(error);
  void shutdown('Start-up failed', 1);
});
