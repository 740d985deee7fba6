/**
 * The limit: the same data as the GraphQL operations, fetched by hand-written SQL through `pg` and
 * serialized by a bare node:http handler. Usage: DATABASE_URL=... PORT=... [BENCH_WORKERS=N] tsx bench/query/baseline-server.ts
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { serveInWorkers } from '../lib/bench-workers.js';
import { coMentionsSql, bestSearchMatchesSql } from './operations.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const SPEAKER_JOIN = `LEFT JOIN person p ON p.id = s.speaker_person_id LEFT JOIN organization o ON o.id = s.speaker_organization_id`;
const speaker = (row: Record<string, unknown>) =>
  row.person_id != null
    ? { __typename: 'Person', id: row.person_id, name: row.person_name }
    : row.organization_id != null
      ? { __typename: 'Organization', id: row.organization_id, name: row.organization_name }
      : null;

const handlers: Record<string, (url: URL) => Promise<unknown>> = {
  '/nested': async () => {
    const { rows } = await pool.query(`
      SELECT s.text, s.kind, p.id AS person_id, p.name AS person_name, o.id AS organization_id, o.name AS organization_name, a.title, a.outlet, a.published_at
      FROM statement s JOIN article a ON a.id = s.article_id ${SPEAKER_JOIN}
      ORDER BY coalesce(s.published_at, '-infinity'::timestamptz) DESC, s.id DESC LIMIT 20`);
    return {
      statements: rows.map((row) => ({
        text: row.text,
        kind: row.kind,
        speaker: speaker(row),
        article: { title: row.title, outlet: row.outlet, publishedAt: row.published_at },
      })),
    };
  },
  '/search': async (url) => {
    const { rows } = await pool.query(
      // Rank first, join the best 20 only.
      `SELECT s.text, best.rank, p.id AS person_id, p.name AS person_name, o.id AS organization_id, o.name AS organization_name, a.title
       FROM (${bestSearchMatchesSql('$1')}) best
       JOIN statement s ON s.id = best.id JOIN article a ON a.id = s.article_id ${SPEAKER_JOIN}
       ORDER BY best.rank DESC, s.id DESC`,
      [url.searchParams.get('q') ?? ''],
    );
    return {
      searchStatements: rows.map((row) => ({
        rank: row.rank,
        text: row.text,
        speaker: speaker(row),
        article: { title: row.title },
      })),
    };
  },
  '/top-speakers': async () => {
    const { rows } = await pool.query(`SELECT * FROM bench_top_speakers()`);
    return {
      topSpeakers: rows.map((row) => ({
        count: row.statements,
        speaker:
          row.person_id != null
            ? { __typename: 'Person', name: row.name }
            : { __typename: 'Organization', name: row.name },
      })),
    };
  },
  '/person': async (url) => {
    // Two statements: the co-mention query is planned for the person's id as a value, as the API's is.
    const { rows } = await pool.query(
      `SELECT p.id, p.name, (SELECT count(*)::int FROM statement s WHERE s.speaker_person_id = p.id) AS statement_count FROM person p WHERE p.name_key = lower($1)`,
      [url.searchParams.get('name') ?? ''],
    );
    if (!rows[0]) return { person: null };
    const coMentions = await pool.query(coMentionsSql('$1::int'), [rows[0].id]);
    return { person: { name: rows[0].name, statementCount: rows[0].statement_count, coMentions: coMentions.rows } };
  },
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const handler = handlers[url.pathname];
  if (!handler) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = JSON.stringify({ data: await handler(url) });
    response
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
      .end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
serveInWorkers(`baseline listening on ${process.env.PORT}`, (ready) =>
  server.listen(Number(process.env.PORT), '127.0.0.1', ready),
);
