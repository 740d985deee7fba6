import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { settingsFromEnvironment, type Settings } from './app.js';
import { applyMigrations } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { createPrismaClient } from './db/prisma-client.js';
import type { RunningDatabase } from './db/embedded-postgres.js';
import { ingestFiles, listArticleFiles } from './ingest/ingest-files.js';
import { serveHttp, type HttpService } from './serve-http.js';
import { startBanner } from './start-banner.js';

/** Sample articles ingested into an empty database, so a first `npm start` has something to show. */
const SAMPLE_ARTICLES = fileURLToPath(new URL('../prisma/seed/articles', import.meta.url));
/** How the primary tells a cluster worker which database to serve. */
const WORKER_DATABASE_URL = 'NEWSGRAPH_WORKER_DATABASE_URL';

const log = (line: string) => console.error(line);
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const cannotListen = (error: NodeJS.ErrnoException) =>
  error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use: set PORT to another port.` : String(error);
const announce = (url: string, processes: number) =>
  console.log(startBanner(url, processes, settingsFromEnvironment().introspection));

if (cluster.isWorker) serveAsWorker();
else startPrimary();

/**
 * The primary process: opens the database (the embedded one unless DATABASE_URL is set), applies the
 * migrations, seeds an empty database, then serves: itself, or through NEWSGRAPH_WORKERS cluster workers
 * sharing the port. It stops them and the database on SIGINT/SIGTERM.
 */
function startPrimary() {
  let settings: Settings | undefined;
  let database: RunningDatabase | undefined;
  let service: HttpService | undefined;
  const workers = new Set<Worker>();
  let stopping = false;

  // Stop after the in-flight requests have finished. Installed first, so a Ctrl-C during start-up also
  // stops cleanly. A second signal closes the connections still open at once (the database still stops
  // cleanly).
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  async function shutdown(reason: string, exitCode = 0) {
    if (stopping) {
      void service?.stop(reason);
      for (const worker of workers) worker.send({ stop: reason });
      return;
    }
    stopping = true;
    log(`${reason}: finishing in-flight requests and stopping ...`);
    await service?.stop(reason);
    const exited = [...workers].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    for (const worker of workers) worker.send({ stop: reason });
    await Promise.all(exited);
    await database?.stop();
    log('Stopped.');
    process.exit(exitCode);
  }

  function startWorkers(count: number, databaseUrl: string) {
    let listening = 0;
    const fork = () => {
      const worker = cluster.fork({ [WORKER_DATABASE_URL]: databaseUrl });
      workers.add(worker);
      let served = false;
      worker.on('message', (message: { listening?: string }) => {
        if (!message.listening) return;
        served = true;
        if (++listening === count) announce(message.listening, count);
      });
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (stopping) return;
        // A worker that could not start (the port is taken) stops everything; one that died serving is replaced.
        if (!served) return void shutdown('A server process could not start', 1);
        log(`Server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}): starting another.`);
        fork();
      });
    };
    for (let i = 0; i < count; i++) fork();
  }

  async function start() {
    // Settings first: a typo in one stops the server before anything starts, with the variable's name.
    settings = settingsFromEnvironment();
    database = await openDatabase({ log });
    const migrations = await applyMigrations(database.url);
    if (migrations.applied.length) log(`Applied migrations: ${migrations.applied.join(', ')}`);
    if (migrations.functions.length) log(`Applied function files: ${migrations.functions.join(', ')}`);

    const seeding = createPrismaClient(database.url, { statementTimeoutMs: settings.statementTimeoutMs });
    try {
      if ((await seeding.article.count()) === 0 && !stopping) {
        const summary = await ingestFiles(seeding, await listArticleFiles([SAMPLE_ARTICLES]));
        log(`Ingested ${summary.created} sample articles into the empty database.`);
      }
    } finally {
      await seeding.$disconnect();
    }
    if (stopping) return;

    if (settings.workers > 1) return startWorkers(settings.workers, database.url);
    service = serveHttp({
      databaseUrl: database.url,
      settings,
      port,
      host,
      log,
      onListening: (url) => announce(url, 1),
      onListenError: (error) => {
        log(cannotListen(error));
        service = undefined;
        void shutdown('Cannot listen', 1);
      },
    });
  }

  start().catch((error: unknown) => {
    // A Ctrl-C in a terminal also reaches the embedded postgres: errors after a stop request are expected.
    if (stopping) return;
    console.error(error instanceof Error && !database ? error.message : error);
    void shutdown('Start-up failed', 1);
  });
}

/**
 * A cluster worker: serves the database the primary opened, and stops when the primary says so (a Ctrl-C
 * reaches every process of the terminal's group: the primary alone decides, so that it is one stop).
 */
function serveAsWorker() {
  const settings = settingsFromEnvironment();
  const service = serveHttp({
    databaseUrl: process.env[WORKER_DATABASE_URL]!,
    settings,
    port,
    host,
    log,
    onListening: (url) => process.send!({ listening: url }),
    onListenError: (error) => {
      log(cannotListen(error));
      process.exit(1);
    },
  });
  const stop = (reason: string) => void service.stop(reason).then(() => process.exit(0));
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('message', (message: { stop?: string }) => message.stop && stop(message.stop));
  // The primary is gone (killed): nothing will stop this worker otherwise.
  process.on('disconnect', () => stop('The primary process ended'));
}
