import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../../server/extract/types.js';
import { buildIngestPayload } from '../../server/ingest/ingest-payload.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { retryTransaction } from '../../server/ingest/retry-transaction.js';
import { pgRunner } from '../../server/ingest/sql-runner.js';
import { writeArticle } from '../../server/ingest/write-article.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * What newsgraph_ingest_article writes, row by row: a person or organization that is already stored with
 * every alias an article gives it is only read (no new row version), an unchanged article writes nothing,
 * and concurrent writers still create each new entity exactly once. Extractions are written by hand here,
 * so these tests do not depend on the extractor.
 */

interface Named {
  type?: 'PERSON' | 'ORGANIZATION';
  name: string;
  aliases?: string[];
}

/** The payload of an article whose text names each entity (every occurrence is a mention); the first one says the quote. */
function payload(slug: string, text: string, named: Named[]): string {
  const article = normalizeArticle({ url: `https://news.example.com/2024/06/01/${slug}`, text });
  const entities: Entity[] = named.map((entity, index) => ({
    key: `e${index}`,
    type: entity.type ?? 'PERSON',
    name: entity.name,
    aliases: entity.aliases ?? [entity.name],
    mentions: [...article.body.matchAll(new RegExp(entity.name.split(' ').at(-1)!, 'g'))].map((match) => ({
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
      form: 'NAME' as const,
    })),
  }));
  const quote = article.body.indexOf('“');
  const statements: Extraction['statements'] =
    quote < 0
      ? []
      : [
          {
            start: quote,
            end: article.body.indexOf('”') + 1,
            text: article.body.slice(quote, article.body.indexOf('”') + 1),
            kind: 'DIRECT',
            pieces: [{ start: quote + 1, end: article.body.indexOf('”') }],
            cue: 'said',
            cueSpan: null,
            speaker: { entityKey: 'e0', name: named[0]!.name, type: entities[0]!.type },
            speakerMention: entities[0]!.mentions[0] ?? null,
            mentionedEntityKeys: entities.slice(1).map((entity) => entity.key),
            content: article.body.slice(quote + 1, article.body.indexOf('”')),
            confidence: 0.9,
          },
        ];
  return buildIngestPayload(article, {
    language: 'en',
    status: 'DONE',
    extraction: { entities, statements, boilerplate: [] },
  });
}

describe('newsgraph_ingest_article: what it writes', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const write = (body: string) => writeArticle(pgRunner(client), body);
  /** The row version of a stored entity: xmin changes whenever the row is rewritten. */
  const version = async (table: 'person' | 'organization', nameKey: string) =>
    (
      await client.query(
        `SELECT id, xmin::text AS xmin, ctid::text AS ctid, aliases FROM "${table}" WHERE name_key = $1`,
        [nameKey],
      )
    ).rows[0];

  it('leaves a stored person or organization untouched when a later article names it with nothing new', async () => {
    const people: Named[] = [{ name: 'Angela Merkel' }, { type: 'ORGANIZATION', name: 'Bundestag' }];
    const first = await write(
      payload(
        'merkel-one',
        'Angela Merkel addressed the Bundestag on Monday. “We will stay the course,” Merkel said.',
        people,
      ),
    );
    expect(first).toMatchObject({ status: 'CREATED', entitiesCreated: 2, statements: 1 });
    const merkel = await version('person', 'angela merkel');
    const bundestag = await version('organization', 'bundestag');

    const second = await write(
      payload('merkel-two', 'Angela Merkel left the Bundestag early. “The talks went well,” Merkel said.', people),
    );
    expect(second).toMatchObject({ status: 'CREATED', entitiesCreated: 0, statements: 1 });
    // Same row version: the article was linked to the stored rows without rewriting them.
    expect(await version('person', 'angela merkel')).toEqual(merkel);
    expect(await version('organization', 'bundestag')).toEqual(bundestag);
    const { rows } = await client.query(
      `SELECT count(*)::int AS mentions, count(DISTINCT person_id)::int AS people, min(person_id) AS person_id FROM person_mention WHERE person_id = $1`,
      [merkel.id],
    );
    expect(rows[0]).toEqual({ mentions: 4, people: 1, person_id: merkel.id });
    const statement = await client.query(`SELECT speaker_person_id FROM statement WHERE article_id = $1`, [
      second.articleId,
    ]);
    expect(statement.rows).toEqual([{ speaker_person_id: merkel.id }]);
  });

  it('rewrites the stored row only when the article gives it a new alias', async () => {
    const before = await version('person', 'angela merkel');
    const result = await write(
      payload('merkel-three', 'Chancellor Angela Merkel spoke in Berlin.', [
        { name: 'Angela Merkel', aliases: ['Angela Merkel', 'Chancellor Merkel'] },
      ]),
    );
    expect(result).toMatchObject({ status: 'CREATED', entitiesCreated: 0 });
    const after = await version('person', 'angela merkel');
    expect(after.id).toBe(before.id);
    expect(after.xmin).not.toBe(before.xmin);
    expect(after.aliases).toEqual(['Angela Merkel', 'Chancellor Merkel']);
  });

  it('does not make a writer wait for another one that named the same stored people and has not committed yet', async () => {
    const people: Named[] = [{ name: 'Angela Merkel' }, { type: 'ORGANIZATION', name: 'Bundestag' }];
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await client.query('BEGIN');
      await write(payload('merkel-open', 'Angela Merkel returned to the Bundestag on Friday.', people));
      // Before, the upsert locked every stored entity row for update until commit, so this waited.
      await other.query(`SET lock_timeout = '3s'`);
      // One of the two: writers naming the same PAIR of entities do wait, on its co-mention count row
      // (prisma/functions/newsgraph_add_co_mentions.sql) until the first commits.
      const result = await writeArticle(
        pgRunner(other),
        payload('merkel-meanwhile', 'Angela Merkel was in the news again.', people.slice(0, 1)),
      );
      expect(result).toMatchObject({ status: 'CREATED', entitiesCreated: 0 });
    } finally {
      await client.query('COMMIT');
      await other.end();
    }
  });

  it('writes nothing at all when the same article comes again, and replaces it when its text changed', async () => {
    const people: Named[] = [{ name: 'Olaf Scholz' }];
    const body = payload('scholz', 'Olaf Scholz met union leaders. “We found common ground,” Scholz said.', people);
    const created = await write(body);
    const row = async () =>
      (
        await client.query(
          `SELECT xmin::text AS xmin, xmax::text AS xmax, ctid::text AS ctid FROM article WHERE id = $1`,
          [created.articleId],
        )
      ).rows[0];
    const stored = await row();
    const scholz = await version('person', 'olaf scholz');

    expect(await write(body)).toEqual({
      status: 'UNCHANGED',
      articleId: created.articleId,
      entitiesCreated: 0,
      statements: 0,
    });
    // Not even a row lock: xmax would record one.
    expect(await row()).toEqual(stored);
    expect(await version('person', 'olaf scholz')).toEqual(scholz);

    const changed = await write(
      payload(
        'scholz',
        'Olaf Scholz met union leaders on Tuesday. “We found common ground,” Scholz said. “More talks follow,” he added.',
        people,
      ),
    );
    expect(changed).toMatchObject({
      status: 'UPDATED',
      articleId: created.articleId,
      entitiesCreated: 0,
      statements: 1,
    });
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM person_mention WHERE article_id = $1) AS mentions, (SELECT count(*)::int FROM statement WHERE article_id = $1) AS statements`,
      [created.articleId],
    );
    expect(rows[0]).toEqual({ mentions: 2, statements: 1 });
  });

  it('creates each new person once when concurrent writers name them at the same moment', async () => {
    const names = [
      'Ursula von der Leyen',
      'Charles Michel',
      'Roberta Metsola',
      'Josep Borrell',
      'Kaja Kallas',
      'Antonio Costa',
    ];
    const writers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const writer = new pg.Client({ connectionString: database.url });
        await writer.connect();
        return writer;
      }),
    );
    try {
      // Every article names every person, in a different order, so the upserts collide on every key.
      const payloads = Array.from({ length: 12 }, (_, index) => {
        const order = [...names.slice(index % names.length), ...names.slice(0, index % names.length)];
        return payload(
          `summit-${index}`,
          `${order.join(', ')} met in Brussels on day ${index + 1}.`,
          order.map((name) => ({ name })),
        );
      });
      // Each writer works through its share one article at a time, all writers at once.
      const results = (
        await Promise.all(
          writers.map(async (writer, w) => {
            const done = [];
            for (const body of payloads.filter((_, index) => index % writers.length === w)) {
              done.push(await retryTransaction(() => writeArticle(pgRunner(writer), body)));
            }
            return done;
          }),
        )
      ).flat();
      expect(results.every((result) => result.status === 'CREATED')).toBe(true);
      expect(results.reduce((sum, result) => sum + result.entitiesCreated, 0)).toBe(names.length);
      const { rows } = await client.query(
        `SELECT name_key, (SELECT count(*)::int FROM person_mention m WHERE m.person_id = p.id) AS mentions FROM person p WHERE name = ANY($1)`,
        [names],
      );
      expect(rows).toHaveLength(names.length);
      expect(rows.every((row) => row.mentions === payloads.length)).toBe(true);
    } finally {
      await Promise.all(writers.map((writer) => writer.end()));
    }
  });
});
