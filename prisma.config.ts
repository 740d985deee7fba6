import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// `prisma generate` insists on a schema engine binary it never runs; the download host is unreachable
// offline, so point it at a stub unless a real engine is configured.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = path.resolve('node_modules/.cache/newsgraph/schema-engine-stub');
  if (!existsSync(stub)) {
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(
      stub,
      '#!/bin/sh\necho "schema engine unavailable offline: migrations are applied by npm run migrate" >&2\nexit 1\n',
      { mode: 0o755 },
    );
  }
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/newsgraph' },
});
