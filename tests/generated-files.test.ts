import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../server/schema/print-schema.js';

const SDK_DIR = fileURLToPath(new URL('../sdk/', import.meta.url));

describe('committed generated files', () => {
  it('schema.graphql matches the Pothos schema (run `npm run generate`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('the SDK’s copy of the schema matches schema.graphql', () => {
    expect(readFileSync(path.join(SDK_DIR, 'schema.graphql'), 'utf8')).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('the SDK’s generated code matches what codegen makes from schema.graphql today (run `npm run generate`)', async () => {
    const cwd = process.cwd();
    process.chdir(SDK_DIR);
    try {
      const { default: config } = await import('../sdk/codegen.js');
      const outputs = await generate({ ...config, cwd: SDK_DIR, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(path.resolve(SDK_DIR, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
