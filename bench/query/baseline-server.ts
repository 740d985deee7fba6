/**
 * The limit: the same data as the GraphQL operations, fetched by hand-written SQL through `pg` and
 * serialized by a bare node:http handler. Usage: DATABASE_URL=... PORT=... tsx bench/query/baseline-server.ts
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { coMentionsSql } from './operations.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const SPEAKER_JOIN = `LEFT JOIN person p ON p.id = s.speaker_person_id LEFT JOIN organization o ON o.id = s.speaker_organization_id`;
const speaker = (row: Record<string, unknown>) =>
  row.person_id != null ? { __typename: 'Person', id: row.person_id, name: row.person_name } : row.organization_id != null ? { __typename: 'Organization', id: row.organization_id, name: row.organization_name } : null;

const handlers: Record<string, (url: URL) => Promise<unknown>> = {
  '/nested': async () => {
    const { rows } = await pool.query(`
      SELECT s.text, s.kind, p.id AS person_id, p.name AS person_name, o.id AS organization_id, o.name AS organization_name, a.title, a.outlet, a.published_at
      FROM statement s JOIN article a ON a.id = s.article_id ${SPEAKER_JOIN}
      ORDER BY s.published_at DESC NULLS LAST, s.id DESC LIMIT 20`);
    return { statements: rows.map((row) => ({ text: row.text, kind: row.kind, speaker: speaker(row), article: { title: row.title, outlet: row.outlet, publishedAt: row.published_at } })) };
  },
  '/search': async (url) => {
    const { rows } = await pool.query(
      `SELECT s.text, ts_rank(to_tsvector('english', s.text), q)::float8 AS rank, p.id AS person_id, p.name AS person_name, o.id AS organization_id, o.name AS organization_name, a.title
       FROM statement s CROSS JOIN websearch_to_tsquery('english', $1) q JOIN article a ON a.id = s.article_id ${SPEAKER_JOIN}
       WHERE to_tsvector('english', s.text) @@ q ORDER BY rank DESC, s.id DESC LIMIT 20`,
      [url.searchParams.get('q') ?? ''],
    );
    return { searchStatements: rows.map((row) => ({ rank: row.rank, text: row.text, speaker: speaker(row), article: { title: row.title } })) };
  },
  '/top-speakers': async () => {
    const { rows } = await pool.query(`SELECT * FROM bench_top_speakers()`);
    return { topSpeakers: rows.map((row) => ({ count: row.statements, speaker: row.person_id != null ? { __typename: 'Person', name: row.name } : { __typename: 'Organization', name: row.name } })) };
  },
  '/person': async (url) => {
    const name = url.searchParams.get('name') ?? '';
    const { rows } = await pool.query(
      `SELECT p.name, (SELECT count(*)::int FROM statement s WHERE s.speaker_person_id = p.id) AS statement_count,
              (SELECT coalesce(json_agg(c), '[]') FROM (${coMentionsSql('p.id')}) c) AS co_mentions
       FROM person p WHERE p.name_key = lower($1)`,
      [name],
    );
    return { person: rows[0] ?? null };
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
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline listening on ${process.env.PORT}`));
