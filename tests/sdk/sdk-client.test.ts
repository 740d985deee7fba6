import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  NewsgraphRequestError,
  operations,
  type NewsgraphClient,
  type StatementSummary,
} from '../../sdk/src/index.js';
import { SAMPLE_ARTICLE, SAMPLE_URL } from '../setup/sample-article.js';
import { SEED_ARTICLES, startLiveNewsgraph, type LiveNewsgraph } from './support/live-newsgraph.js';

/** The person a by-name call found; fails the test on an AmbiguousNameError or null. */
function asPerson<T extends { __typename: string }>(
  result: T | null | undefined,
): Extract<T, { __typename: 'Person' }> {
  if (result?.__typename !== 'Person') throw new Error(`expected a Person, got ${JSON.stringify(result)}`);
  return result as Extract<T, { __typename: 'Person' }>;
}

const PESKOV_QUOTE = 'We will wait for this convenient time to come';

describe('the SDK against a running server', () => {
  let api: LiveNewsgraph;
  /** A client with an EDITOR key, counting the HTTP requests it sends. */
  let editor: NewsgraphClient;
  /** A client without a key: reads are open. */
  let reader: NewsgraphClient;
  let requestsSent = 0;

  beforeAll(async () => {
    api = await startLiveNewsgraph();
    const countingFetch: typeof fetch = (input, init) => {
      requestsSent++;
      return fetch(input, init);
    };
    editor = createClient({ url: api.url, apiKey: api.editorKey, fetch: countingFetch });
    reader = createClient({ url: api.url });
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('ingestArticle', () => {
    it('stores every seed article and returns what was extracted, typed', async () => {
      for (const article of SEED_ARTICLES) {
        const result = await editor.ingestArticle(article);
        if (result.__typename !== 'IngestArticlePayload')
          throw new Error(`${article.url}: ${result.__typename} ${result.message}`);
        expect(result.status).toBe('CREATED');
        expect(result.article.statementCount).toBeGreaterThan(0);
        expect(result.article.statements.edges).toHaveLength(Math.min(50, result.article.statementCount));
      }
    });

    it('returns an invalid article as a typed InvalidArticleError', async () => {
      const result = await editor.ingestArticle({ url: 'https://example.com/empty', body: '   ' });
      expect(result.__typename).toBe('InvalidArticleError');
      if (result.__typename !== 'InvalidArticleError') return;
      expect(result.field).toBe('input.article.body');
      expect(result.reason).toEqual(expect.any(String));
      expect(result.message).toEqual(expect.any(String));
    });

    it('follows ifExists: KEEP leaves the stored article, FAIL returns a typed DuplicateArticleError', async () => {
      const kept = await editor.ingestArticle(SAMPLE_ARTICLE, { ifExists: 'KEEP' });
      expect(kept.__typename === 'IngestArticlePayload' && kept.status).toBe('UNCHANGED');

      const refused = await editor.ingestArticle(SAMPLE_ARTICLE, { ifExists: 'FAIL' });
      expect(refused.__typename).toBe('DuplicateArticleError');
      if (refused.__typename !== 'DuplicateArticleError') return;
      expect(refused.url).toBe(SAMPLE_URL);
      expect(refused.existing.url).toBe(SAMPLE_URL);
    });

    it('throws NewsgraphRequestError with the status and code when the key is missing or only reads', async () => {
      const withoutKey = await reader.ingestArticle(SAMPLE_ARTICLE).catch((error: unknown) => error);
      expect(withoutKey).toBeInstanceOf(NewsgraphRequestError);
      expect(withoutKey).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/EDITOR/),
      });

      const readerKey = createClient({ url: api.url, apiKey: api.readerKey });
      const forbidden = await readerKey.ingestArticle(SAMPLE_ARTICLE).catch((error: unknown) => error);
      expect(forbidden).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });
  });

  describe('articleByUrl', () => {
    it('gets the sample back by URL with its statements in reading order, offsets into the body', async () => {
      const article = await reader.articleByUrl(SAMPLE_URL);
      expect(article?.outlet).toBe('The Washington Post');
      const starts = article!.statements.edges.map(({ node }) => node.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const { node } of article!.statements.edges)
        expect(article!.body.slice(node.start, node.end)).toBe(node.text);
      const hollande = article!.statements.edges.find(({ node }) => node.text.includes('I asked myself the question'));
      expect(hollande?.node.speaker).toMatchObject({ __typename: 'Person', name: 'François Hollande' });
      expect(article!.personMentions.edges.some(({ node }) => node.person.name === 'Vladimir Putin')).toBe(true);
    });

    it('finds it without tracking parameters or "www.", and pages its statements', async () => {
      const url = new URL(SAMPLE_URL);
      url.hostname = url.hostname.replace(/^www\./, '');
      url.searchParams.set('utm_source', 'newsletter');
      const firstPage = await reader.articleByUrl(url.href, { first: 3 });
      expect(firstPage?.statements.edges).toHaveLength(3);
      expect(firstPage?.statements.pageInfo.hasNextPage).toBe(true);
      const secondPage = await reader.articleByUrl(SAMPLE_URL, {
        first: 3,
        after: firstPage!.statements.pageInfo.endCursor,
      });
      expect(secondPage!.statements.edges[0]!.node.start).toBeGreaterThan(firstPage!.statements.edges[2]!.node.start);
    });

    it('returns null for an article that is not stored', async () => {
      expect(await reader.articleByUrl('https://example.com/never-ingested')).toBeNull();
    });
  });

  describe('statementsByPerson', () => {
    it('finds a person’s statements by surname, and only theirs, saying whom the name matched', async () => {
      const page = await reader.statementsByPerson('Peskov', { nameMode: 'SURNAME' });
      expect(page.totalCount).toBeGreaterThan(0);
      expect(page.nameMatches).toEqual([
        expect.objectContaining({ ambiguous: false, entities: [expect.objectContaining({ name: 'Dmitri Peskov' })] }),
      ]);
      expect(page.edges.map(({ node }) => node.speaker?.name)).toEqual(page.edges.map(() => 'Dmitri Peskov'));
      expect(page.edges.map(({ node }) => node.text)).toContain(PESKOV_QUOTE);
    });

    it('narrows by a filter, and gives the same by ID as by name', async () => {
      const added = await reader.statementsByPerson('Dmitri Peskov', { filter: { cue: ['added'], kind: ['DIRECT'] } });
      expect(added.edges.map(({ node }) => [node.cue, node.kind, node.text])).toEqual([
        ['added', 'DIRECT', PESKOV_QUOTE],
      ]);

      const hollande = await reader.statementsByPerson('Hollande');
      const id = hollande.edges[0]!.node.speaker!.id;
      const byId = await reader.statementsByPerson({ id });
      expect(byId.edges.map(({ node }) => node.id)).toEqual(hollande.edges.map(({ node }) => node.id));
      const mentioningPutin = await reader.statementsByPerson(
        { id },
        { filter: { mentioningName: { name: 'Putin', mode: 'SURNAME' } } },
      );
      expect(mentioningPutin.totalCount).toBeGreaterThan(0);
      expect(mentioningPutin.totalCount).toBeLessThan(hollande.totalCount);
    });

    it('orders and pages', async () => {
      const ascending = await reader.statementsByPerson('Hollande', {
        orderBy: { field: 'INGESTED_AT', direction: 'ASC' },
      });
      const descending = await reader.statementsByPerson('Hollande', {
        orderBy: { field: 'INGESTED_AT', direction: 'DESC' },
      });
      expect(descending.edges.map(({ node }) => node.id)).toEqual(ascending.edges.map(({ node }) => node.id).reverse());

      const first = await reader.statementsByPerson('Hollande', {
        first: 2,
        orderBy: { field: 'INGESTED_AT', direction: 'ASC' },
      });
      const next = await reader.statementsByPerson('Hollande', {
        first: 2,
        after: first.pageInfo.endCursor,
        orderBy: { field: 'INGESTED_AT', direction: 'ASC' },
      });
      expect([...first.edges, ...next.edges].map(({ node }) => node.id)).toEqual(
        ascending.edges.slice(0, 4).map(({ node }) => node.id),
      );
    });
  });

  describe('searchStatements', () => {
    it('finds statements by their words, with ranks and located highlights', async () => {
      const hits = await reader.searchStatements('wait');
      expect(hits.edges.map(({ node }) => node.text)).toContain(PESKOV_QUOTE);
      const ranks = hits.edges.map(({ rank }) => rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      for (const { snippet } of hits.edges) {
        expect(snippet.highlights.length).toBeGreaterThan(0);
        for (const { start, end } of snippet.highlights) expect(snippet.text.slice(start, end)).toMatch(/^wait/i);
      }
    });

    it('takes web-search syntax and a filter', async () => {
      const phrase = await reader.searchStatements('"war crime"');
      expect(phrase.totalCount).toBeGreaterThan(0);
      for (const { node } of phrase.edges) expect(node.text.toLowerCase()).toContain('war crime');

      const byPeskov = await reader.searchStatements('wait', {
        filter: { speakerName: { name: 'Peskov', mode: 'SURNAME' } },
      });
      expect(byPeskov.edges.map(({ node }) => node.text)).toEqual([PESKOV_QUOTE]);
      expect((await reader.searchStatements('wait -convenient')).edges.map(({ node }) => node.text)).not.toContain(
        PESKOV_QUOTE,
      );
    });
  });

  describe('topSpeakers', () => {
    it('ranks speakers by how many statements they made, with counts that match their statements', async () => {
      const top = await reader.topSpeakers({ first: 5 });
      const counts = top.edges.map(({ node }) => node.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const leader = top.edges[0]!.node;
      const theirs = await reader.request(operations.StatementsQuery, {
        filter: { speakerId: [leader.speaker!.id] },
        first: 1,
      });
      expect(leader.count).toBe(theirs.statements.totalCount);
      expect(leader.articleCount).toBeGreaterThan(0);
    });

    it('counts only statements on a topic', async () => {
      const onAleppo = await reader.topSpeakers({ search: 'Aleppo' });
      expect(onAleppo.edges.length).toBeGreaterThan(0);
      for (const { node } of onAleppo.edges) {
        const matching = await reader.request(operations.StatementsQuery, {
          filter: { speakerId: [node.speaker!.id], search: 'Aleppo' },
          first: 1,
        });
        expect(node.count, node.speaker!.name).toBe(matching.statements.totalCount);
      }
    });
  });

  describe('coMentions', () => {
    it('lists who appears with a person, by name or by ID, most shared statements first', async () => {
      const hollande = asPerson(await reader.coMentions('Hollande'));
      expect(hollande.name).toBe('François Hollande');
      expect(hollande.coMentions.edges.map(({ node }) => node.entity.name)).toContain('Vladimir Putin');
      const counts = hollande.coMentions.edges.map(({ node }) => node.statementCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      const byId = await reader.coMentions({ id: hollande.id });
      expect(byId).toEqual(hollande);
    });

    it('lists organizations too, and returns null for nobody', async () => {
      const organizations = await reader.coMentions('Hollande', { type: 'ORGANIZATION' });
      for (const { node } of asPerson(organizations).coMentions.edges)
        expect(node.entity.__typename).toBe('Organization');
      expect(await reader.coMentions('Nobody Innominate')).toBeNull();
      const article = await reader.articleByUrl(SAMPLE_URL);
      expect(await reader.coMentions({ id: article!.id })).toBeNull();
    });
  });

  describe('paginate', () => {
    it('walks every statement through more than one page, following cursors', async () => {
      const all = (await reader.request(operations.StatementsQuery, { first: 100 })).statements;
      expect(all.totalCount).toBeGreaterThan(10);
      const before = requestsSent;
      const walked: StatementSummary[] = [];
      for await (const statement of editor.paginate(
        operations.StatementsQuery,
        { first: 4 },
        (data) => data.statements,
      ))
        walked.push(statement);
      expect(requestsSent - before).toBe(Math.ceil(all.totalCount / 4));
      expect(walked.map(({ id }) => id)).toEqual(all.edges.map(({ node }) => node.id));
    });

    it('walks the edges of a search, with their ranks and snippets', async () => {
      const hits = await reader.searchStatements('Aleppo OR Putin OR wait', { first: 100 });
      expect(hits.totalCount).toBeGreaterThan(3);
      const walked = [];
      for await (const hit of reader.paginateEdges(
        operations.SearchStatementsQuery,
        { search: 'Aleppo OR Putin OR wait', first: 3 },
        (data) => data.searchStatements,
      )) {
        walked.push({ id: hit.node.id, rank: hit.rank, snippet: hit.snippet.text, cursor: hit.cursor });
      }
      expect(walked).toEqual(
        hits.edges.map((hit) => ({ id: hit.node.id, rank: hit.rank, snippet: hit.snippet.text, cursor: hit.cursor })),
      );
    });

    it('walks a nested connection, starts from a given cursor, stops at maxPages or a null connection', async () => {
      const allCoMentions = await reader.coMentions('Hollande', { first: 100 });
      const walked = [];
      for await (const coMention of reader.paginate(
        operations.CoMentionsByNameQuery,
        { name: 'Hollande', first: 1 },
        (data) => (data.person?.__typename === 'Person' ? data.person.coMentions : null),
      )) {
        walked.push(coMention.entity.name);
      }
      expect(walked).toEqual(asPerson(allCoMentions).coMentions.edges.map(({ node }) => node.entity.name));
      expect(walked.length).toBeGreaterThan(1);

      const firstTwo = await reader.statementsByPerson('Hollande', { first: 2 });
      const rest = [];
      const filter = { speakerName: { name: 'Hollande', mode: 'SURNAME' }, speakerType: 'PERSON' } as const;
      for await (const statement of reader.paginate(
        operations.StatementsQuery,
        { filter, first: 2, after: firstTwo.pageInfo.endCursor },
        (data) => data.statements,
      )) {
        rest.push(statement.id);
      }
      expect(rest).toHaveLength(firstTwo.totalCount - 2);
      expect(rest).not.toContain(firstTwo.edges[0]!.node.id);

      const limited = [];
      for await (const statement of reader.paginate(
        operations.SearchStatementsQuery,
        { search: 'Aleppo OR Putin', first: 1 },
        (data) => data.searchStatements,
        { maxPages: 2 },
      )) {
        limited.push(statement.id);
      }
      expect(limited).toHaveLength(2);

      const nobody = [];
      for await (const coMention of reader.paginate(
        operations.CoMentionsByNameQuery,
        { name: 'Nobody Innominate' },
        (data) => (data.person?.__typename === 'Person' ? data.person.coMentions : null),
      ))
        nobody.push(coMention);
      expect(nobody).toEqual([]);
    });
  });

  describe('request', () => {
    it('sends any ready-made operation with other variables, and custom headers through a custom fetch', async () => {
      const seen: Headers[] = [];
      const client = createClient({
        url: api.url,
        headers: { 'X-Team': 'desk' },
        fetch: (input, init) => {
          seen.push(new Headers(init?.headers));
          return fetch(input, init);
        },
      });
      const data = await client.request(
        operations.TopSpeakersQuery,
        { filter: { outlet: ['The Washington Post'] }, first: 1 },
        { headers: { 'x-request': '1' } },
      );
      expect(data.topSpeakers.edges).toHaveLength(1);
      expect(seen[0]!.get('x-team')).toBe('desk');
      expect(seen[0]!.get('x-request')).toBe('1');
      expect(seen[0]!.get('content-type')).toBe('application/json');
    });

    it('throws NewsgraphRequestError with the server’s message, status and code when it refuses the operation', async () => {
      const error = await reader.statementsByPerson('Peskov', { first: 500 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NewsgraphRequestError);
      expect((error as NewsgraphRequestError).message).toMatch(/500/);
      expect((error as NewsgraphRequestError).errors.length).toBeGreaterThan(0);
      expect((error as NewsgraphRequestError).status).toBeGreaterThanOrEqual(400);
    });

    it('stops when the AbortSignal fires', async () => {
      const controller = new AbortController();
      controller.abort(new Error('replaced by a newer search'));
      await expect(reader.searchStatements('wait', {}, { signal: controller.signal })).rejects.toThrow(
        'replaced by a newer search',
      );
    });

    it('says which server it could not reach', async () => {
      const unreachable = createClient({ url: 'http://127.0.0.1:1/graphql' });
      await expect(unreachable.topSpeakers()).rejects.toThrow(/Could not reach http:\/\/127\.0\.0\.1:1\/graphql/);
    });
  });

  // Last: merging changes who said what.
  describe('mergePeople', () => {
    it('folds one person into another, moving their statements, and keeps the name as an alias', async () => {
      const hannah = (await reader.statementsByPerson('Hannah Bell')).edges[0]!.node.speaker!;
      const marcus = await reader.statementsByPerson('Marcus Bell');
      const marcusId = marcus.edges[0]!.node.speaker!.id;
      const hannahBefore = (await reader.statementsByPerson({ id: hannah.id })).totalCount;

      const preview = await editor.mergePeople({ targetId: hannah.id, sourceIds: [marcusId], dryRun: true });
      if (preview.__typename !== 'MergePeoplePayload') throw new Error(`${preview.__typename}: ${preview.message}`);
      expect(preview).toMatchObject({ dryRun: true, mergedIds: [marcusId], movedStatementCount: marcus.totalCount });
      expect(preview.aliases).toContain('Marcus Bell');
      expect(preview.person.aliases).not.toContain('Marcus Bell');
      expect((await reader.statementsByPerson({ id: hannah.id })).totalCount).toBe(hannahBefore);

      const result = await editor.mergePeople({ targetId: hannah.id, sourceIds: [marcusId] });
      if (result.__typename !== 'MergePeoplePayload') throw new Error(`${result.__typename}: ${result.message}`);
      expect(result.dryRun).toBe(false);
      expect(result.mergedIds).toEqual([marcusId]);
      expect(result.movedStatementCount).toBe(marcus.totalCount);
      expect(result.person.aliases).toContain('Marcus Bell');
      expect((await reader.statementsByPerson({ id: hannah.id })).totalCount).toBe(hannahBefore + marcus.totalCount);
    });

    it('returns typed NotFoundError and InvalidInputError results', async () => {
      const hollandeId = asPerson(await reader.coMentions('Hollande')).id;
      const article = await reader.articleByUrl(SAMPLE_URL);
      const notAPerson = await editor.mergePeople({ targetId: hollandeId, sourceIds: [article!.id] });
      expect(notAPerson).toMatchObject({
        __typename: 'InvalidInputError',
        field: 'input.sourceIds',
        message: expect.stringMatching(/Article/),
      });

      const unknown = await editor.mergePeople({
        targetId: hollandeId,
        sourceIds: [Buffer.from('Person:999999').toString('base64')],
      });
      expect(unknown.__typename).toBe('NotFoundError');
      if (unknown.__typename === 'NotFoundError') expect(unknown.entityType).toBe('Person');

      const intoItself = await editor.mergePeople({ targetId: hollandeId, sourceIds: [hollandeId] });
      expect(intoItself.__typename).toBe('InvalidInputError');
      if (intoItself.__typename === 'InvalidInputError') expect(intoItself.field).toBe('input.sourceIds');
    });
  });
});
