#!/usr/bin/env node
// A Prisma generator that writes the parsed data model (DMMF) as JSON: server/schema/connection/node-select.ts
// reads table and column names from it at run time, and tests/db/schema-matches-migrations.test.ts compares
// schema.prisma with the database that the SQL migrations build (Prisma's own diff engine is a download
// that offline machines cannot make).
const { writeFileSync, mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const { generatorHandler } = require('@prisma/generator-helper');

generatorHandler({
  onManifest: () => ({ prettyName: 'DMMF as JSON', defaultOutput: './dmmf.json' }),
  onGenerate: async (options) => {
    const file = options.generator.output.value;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(options.dmmf.datamodel, null, 2));
  },
});
