import { Command } from 'commander';
import { applyMigrations } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { createPrismaClient } from '../db/prisma-client.js';
import { ingestFiles, listArticleFiles } from '../ingest/ingest-files.js';
import { runExtract } from './extract-command.js';

const log = (line: string) => console.error(line);

const program = new Command()
  .name('newsgraph')
  .description('News articles in; who said what, where and about whom out.')
  .showHelpAfterError();

program
  .command('extract')
  .description('Read JSONL {id, text} on stdin, write one JSON line of people, organizations and statements per input (no database).')
  .action(async () => {
    process.exitCode = await runExtract(process.stdin, process.stdout);
  });

program
  .command('ingest')
  .description('Ingest article files (text layout, .json, .jsonl) or folders of them into the database.')
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[]) => {
    const files = await listArticleFiles(paths);
    await withDatabase(async (prisma) => {
      const started = Date.now();
      const summary = await ingestFiles(prisma, files);
      log(
        `Ingested ${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed ` +
          `from ${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      for (const failure of summary.failed) log(`  failed: ${failure.message}`);
      if (summary.failed.length) process.exitCode = 1;
    });
  });

program
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(async () => {
    const database = await openDatabase({ log });
    try {
      const { applied } = await applyMigrations(database.url);
      log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.stop();
    }
  });

/** The database `npm start` uses: DATABASE_URL, else the embedded server (started and stopped here). */
async function withDatabase(work: (prisma: ReturnType<typeof createPrismaClient>) => Promise<void>) {
  const database = await openDatabase({ log });
  const prisma = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    await work(prisma);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

await program.parseAsync();
