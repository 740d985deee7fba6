import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** Where the printed schema is committed: the SDK and analysts' tools generate from it. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** The API as SDL, sorted so that the file only changes when the API does. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const printed = printedSchema();
  const current = (() => {
    try {
      return readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current !== printed) writeFileSync(SCHEMA_FILE, printed);
  console.error(current === printed ? 'schema.graphql is up to date.' : 'Wrote schema.graphql.');
}
