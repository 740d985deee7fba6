/**
 * The peer: PostGraphile v5 (amber preset) over the same database. Usage: DATABASE_URL=... PORT=... [BENCH_WORKERS=N] tsx bench/query/postgraphile-server.ts
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { serveInWorkers } from '../lib/bench-workers.js';

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL!, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};
serveInWorkers(`postgraphile listening on ${process.env.PORT}`, async (ready) => {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('error', (error) => console.error(error));
  await serv.addTo(server);
  server.listen(Number(process.env.PORT), '127.0.0.1', ready);
});
