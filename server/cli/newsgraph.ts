import { Command } from 'commander';
import { applyMigrations } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { runExtract } from './extract-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerKeysCommand } from './keys-command.js';
import { registerWorkerCommand } from './worker-command.js';

const log = (line: string) => console.error(line);

const program = new Command()
  .name('newsgraph')
  .description('News articles in; who said what, where and about whom out.')
  .showHelpAfterError();

program
  .command('extract')
  .description(
    'Read JSONL {id, text} on stdin, write one JSON line of people, organizations and statements per input (no database).',
  )
  .action(async () => {
    process.exitCode = await runExtract(process.stdin, process.stdout);
  });

registerIngestCommand(program);
registerWorkerCommand(program);
registerKeysCommand(program);

program
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(async () => {
    const database = await openDatabase({ log });
    try {
      const { applied, functions } = await applyMigrations(database.url);
      if (applied.length) log(`Applied: ${applied.join(', ')}`);
      if (functions.length) log(`Applied function files: ${functions.join(', ')}`);
      if (!applied.length && !functions.length) log('The database is up to date.');
    } finally {
      await database.stop();
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  // A failure the command could not report itself: one line with what went wrong (the stack with DEBUG=1).
  log(`newsgraph: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG === '1' && error instanceof Error) log(error.stack ?? '');
  process.exitCode = 1;
}
