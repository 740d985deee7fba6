import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { bulkIngest } from '../ingest/bulk-ingest.js';
import { findArticleFiles } from '../ingest/ingest-files.js';
import { enqueueArticles } from '../ingest/ingest-queue.js';
import { countArticles, readArticleSource } from '../ingest/read-article-source.js';
import { createWriterPool } from '../ingest/writer-pool.js';
import { ingestProgressBar } from './ingest-progress-bar.js';
import { formatIngestSummary, writeIngestReport } from './ingest-report.js';
import { openMigratedDatabase } from './open-migrated-database.js';
import { positiveInteger } from './positive-integer.js';

interface IngestCommandOptions {
  threads: number;
  writers: number;
  report: string;
  queue: boolean;
  progress: boolean;
}

const log = (line: string) => console.error(line);

/** `newsgraph ingest <paths...>`: bulk ingestion with a progress bar, a summary and a report file. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'Ingest article files (text layout, .json, .jsonl) or folders of them. Safe to re-run: unchanged articles are skipped, changed ones replaced.',
    )
    .argument('<paths...>', 'files or folders')
    .option('--threads <n>', 'extraction worker threads', positiveInteger, availableParallelism())
    .option('--writers <n>', 'write transactions in flight at once', positiveInteger, 3)
    .option('--report <file>', 'where to write the JSON report (summary and every failure)', '.ingest-report.json')
    .option(
      '--queue',
      'put the articles on the job queue for `newsgraph worker` processes instead of ingesting here',
      false,
    )
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      // The report of an earlier run may sit in a folder being ingested: it is not an article file.
      const found = await findArticleFiles(paths);
      const files = found.files.filter((file) => path.resolve(file) !== path.resolve(options.report));
      const database = await openMigratedDatabase(log);
      try {
        if (options.queue) {
          const { jobs, articles, failed } = await enqueueArticles(
            database.url,
            readArticleSource(files, found.skipped),
          );
          log(
            `Queued ${articles} article(s) in ${jobs} job(s); \`newsgraph worker\` processes (on any machine that reaches the database) ingest them.`,
          );
          for (const error of failed) log(`  not queued: ${error.message}`);
          if (failed.length) process.exitCode = 1;
          return;
        }
        const total = await countArticles(files, found.skipped);
        const bar = options.progress ? ingestProgressBar(total) : undefined;
        const db = createWriterPool(database.url, { connections: options.writers + 1 });
        try {
          const summary = await bulkIngest(db, readArticleSource(files, found.skipped), {
            threads: options.threads,
            writers: options.writers,
            onProgress: bar?.update,
          });
          bar?.stop();
          await writeIngestReport(options.report, paths, summary);
          for (const line of formatIngestSummary(summary, options.report)) log(line);
          if (summary.failed.length) process.exitCode = 1;
        } finally {
          bar?.stop();
          await db.end();
        }
      } finally {
        await database.stop();
      }
    });
}
