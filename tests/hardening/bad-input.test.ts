import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
  mkdirSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { readArticleFile } from '../../server/ingest/read-article-files.js';
import { readArticleSource } from '../../server/ingest/read-article-source.js';
import { startTestServer, type RunningServer } from '../setup/http-server.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import { INGEST, runNewsgraph } from './support.js';

const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bad-input-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(folder, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  return target;
}
/** A 50 MB file that takes no disk space (sparse): reading it would give 50 MB of NUL bytes. */
function sparseFile(name: string, bytes: number): string {
  const target = path.join(folder, name);
  mkdirSync(path.dirname(target), { recursive: true });
  const fd = openSync(target, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return target;
}
const FIFTY_MB = 50 * 1024 * 1024;

const QUOTE = '“We will not be intimidated,” said Dmitry Peskov, the Kremlin’s spokesman.';
const HTML = `<!DOCTYPE html><html><head><title>Kremlin</title><style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><h1>Putin calls off visit</h1>
<p>${QUOTE.replace('Dmitry Peskov', '<b>Dmitry&nbsp;Peskov</b>').replace('’', '&#8217;')}</p><p>Talks &amp; visits<br>were cancelled.</p></body></html>`;
// Emoji (surrogate pairs, a ZWJ sequence) and combining marks before and inside what is extracted.
const UNICODE =
  '👩‍👩‍👧 Le café\u0301 est fermé 🇫🇷. “We will reopen in spring 🌸,” said Zoë Martínez, the owner. Angela Merkel did not comment.';

/** Every offset the API returns names exactly its text in `body`, counted in UTF-16 units (JavaScript slices). */
function expectOffsetsExact(article: any) {
  const spans = [...article.statements.edges, ...article.personMentions.edges].map(({ node }: any) => node);
  expect(spans.length).toBeGreaterThan(0);
  for (const { start, end, text } of spans) expect(article.body.slice(start, end)).toBe(text);
}

describe('bad input, through the readers, the ingestArticle mutation and `newsgraph ingest`', () => {
  let database: TestDatabase;
  let editor: string;
  let app: ReturnType<typeof createApp>;

  /** Sends an article through ingestArticle; `text` is sent as the API's `body`. */
  async function mutate({ text, ...rest }: Record<string, unknown>) {
    const input = { article: { ...rest, ...(text === undefined ? {} : { body: text }) } };
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: INGEST, variables: { input } }),
    });
    const body = (await response.json()) as any;
    return { status: response.status, errors: body.errors, result: body.data?.ingestArticle };
  }
  /** The mutation refuses the input as an InvalidArticleError naming the field, and writes nothing. */
  async function refused(input: Record<string, unknown>, apiField: string, reason: RegExp) {
    const before = await database.prisma.article.count();
    const { result, errors } = await mutate(input);
    const field = `input.article.${apiField}`;
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({ __typename: 'InvalidArticleError', field });
    expect(result.reason).toMatch(reason);
    expect(result.message).toBe(`field "${field}": ${result.reason}`);
    expect(await database.prisma.article.count()).toBe(before);
  }
  async function accepted(input: Record<string, unknown>) {
    const { result, errors } = await mutate(input);
    expect(errors).toBeUndefined();
    expect(result.__typename, JSON.stringify(result)).toBe('IngestArticlePayload');
    return result.article;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    editor = (await createApiKey(database.prisma, { role: 'EDITOR', name: 'bad input' })).key;
    app = createApp({ prisma: database.prisma });
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  describe('the file readers name the file, the line and the problem', () => {
    const read = async (target: string) => (await readArticleFile(target)).errors.map((error) => error.message);

    it('refuses empty and whitespace-only files of every layout', async () => {
      expect(await read(file('r/empty.txt', ''))).toEqual([
        expect.stringMatching(/empty\.txt:1: the file is empty; line 1 should hold the article URL$/),
      ]);
      expect(await read(file('r/blank.txt', ' \n\t\r\n  '))).toEqual([
        expect.stringMatching(/blank\.txt:1: the file holds only whitespace; line 1 should hold the article URL$/),
      ]);
      expect(await read(file('r/empty.json', ''))).toEqual([
        expect.stringMatching(/empty\.json: the file is empty: it holds no records$/),
      ]);
      expect(await read(file('r/blank.json', '\n \n'))).toEqual([
        expect.stringMatching(/blank\.json: the file holds only whitespace: no records$/),
      ]);
      expect(await read(file('r/empty-array.json', '[]'))).toEqual([
        expect.stringMatching(/empty-array\.json: the file holds an empty array: no records$/),
      ]);
      expect(await read(file('r/blank.jsonl', '\n\n  \n'))).toEqual([
        expect.stringMatching(/blank\.jsonl: the file holds only whitespace: no records$/),
      ]);
    });

    it('refuses a 50 MB file from its size, without reading it', async () => {
      const huge = sparseFile('r/huge.txt', FIFTY_MB);
      const before = process.memoryUsage().arrayBuffers;
      const [message] = await read(huge);
      // Read, the file would be 50 MB of NUL bytes and called binary; refused unread, it is called too large.
      expect(message).toMatch(
        /huge\.txt: the file is 52,428,800 bytes, over the limit of 2,000,000 bytes for one article \(NEWSGRAPH_MAX_ARTICLE_BYTES\); it was not read$/,
      );
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10_000_000);
      const [json] = await read(sparseFile('r/huge.json', FIFTY_MB));
      expect(json).toMatch(
        /huge\.json: the file is 52,428,800 bytes; a JSON file is read whole and may hold at most 32,000,000 bytes .*JSON Lines \(\.jsonl\)/,
      );
    });

    it('refuses an article over NEWSGRAPH_MAX_ARTICLE_BYTES, which is configurable', async () => {
      const text = `https://example.com/long\n\n${'Word '.repeat(400)}`;
      expect(await readArticleFile(file('r/long.txt', text))).toMatchObject({ errors: [] });
      const limited = await readArticleFile(file('r/long.txt', text), { maxArticleBytes: 1_000 });
      expect(limited.articles).toHaveLength(1); // small enough to read: the article itself is checked
      expect(() =>
        normalizeArticle(limited.articles[0]!.input, limited.articles[0]!.origin, { maxArticleBytes: 1_000 }),
      ).toThrow(
        /long\.txt: field "text": the article is 2,000 bytes, over the limit of 1,000 bytes \(NEWSGRAPH_MAX_ARTICLE_BYTES\)/,
      );
      expect(
        (await readArticleFile(sparseFile('r/over.txt', 100_000), { maxArticleBytes: 1_000 })).errors[0]!.message,
      ).toMatch(/over the limit of 1,000 bytes for one article/);
    });

    it('refuses binary data, UTF-16 and bytes that are not UTF-8, saying where', async () => {
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]);
      expect(await read(file('r/image.txt', png))).toEqual([
        expect.stringMatching(/image\.txt: the file holds binary data, not text: a NUL byte at byte 8 \(line 3\)$/),
      ]);
      const latin1 = Buffer.concat([
        Buffer.from('https://example.com/cafe\n\nLe caf'),
        Buffer.from([0xe9]),
        Buffer.from(' est ferm\u00e9.'),
      ]);
      expect(await read(file('r/latin1.txt', latin1))).toEqual([
        expect.stringMatching(
          /latin1\.txt: the file is not valid UTF-8 text: byte 0xE9 at byte 32 \(line 3\) starts no UTF-8 character; save it as UTF-8$/,
        ),
      ]);
      expect(await read(file('r/utf16.txt', Buffer.from('\uFEFFhttps://example.com/x\nText', 'utf16le')))).toEqual([
        expect.stringMatching(/utf16\.txt: the file is UTF-16 text/),
      ]);
    });

    it('takes a BOM and CRLF line endings, storing the body with \\n', async () => {
      const { articles, errors } = await readArticleFile(
        file('r/windows.txt', '\uFEFFhttps://example.com/windows\r\n12\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n'),
      );
      expect(errors).toEqual([]);
      const article = normalizeArticle(articles[0]!.input, articles[0]!.origin);
      expect([article.url, article.metadata, article.body]).toEqual([
        'https://example.com/windows',
        [12],
        'First paragraph.\n\nSecond one.',
      ]);
      const jsonl = await readArticleFile(
        file(
          'r/windows.jsonl',
          `\uFEFF${JSON.stringify({ url: 'https://example.com/w2', text: 'Body.\r\nMore.' })}\r\n`,
        ),
      );
      expect(jsonl.errors).toEqual([]);
      expect(normalizeArticle(jsonl.articles[0]!.input).body).toBe('Body.\nMore.');
    });

    const good = (n: number) => JSON.stringify({ url: `https://example.com/good-${n}`, text: `Story ${n}.` });
    const mixedJsonLines = () =>
      Buffer.concat([
        Buffer.from(`${good(1)}\n{"url": "https://example.com/cut", "text": "half a rec\n${good(3)}\n`),
        Buffer.from('{"url": "https://example.com/latin1", "text": "caf'),
        Buffer.from([0xe9, 0x22, 0x7d, 0x0a]),
        Buffer.from(`${JSON.stringify({ text: 'no url' })}\n\n${good(7)}`),
      ]);

    it('streams a large JSONL file the same way: a line that is not UTF-8 is one error, the lines after it still count', async () => {
      // Bulk ingestion reads JSON Lines in chunks (readArticleSource), not whole.
      const items = [];
      for await (const item of readArticleSource([file('r/streamed.jsonl', mixedJsonLines())])) items.push(item);
      expect(items.flatMap((item) => (item.kind === 'article' ? [[item.input.url, item.origin.line]] : []))).toEqual([
        ['https://example.com/good-1', 1],
        ['https://example.com/good-3', 3],
        ['https://example.com/good-7', 7],
      ]);
      expect(items.flatMap((item) => (item.kind === 'error' ? [item.error.message] : []))).toEqual([
        expect.stringMatching(/streamed\.jsonl:2: invalid JSON/),
        expect.stringMatching(/streamed\.jsonl:4: not valid UTF-8 text: byte 0xE9 at column 51$/),
        expect.stringMatching(/streamed\.jsonl:5: field "url": is missing$/),
      ]);
    });

    it('reads the good lines of a JSONL file and reports each broken one by its line number', async () => {
      const { articles, errors } = await readArticleFile(file('r/mixed.jsonl', mixedJsonLines()));
      expect(articles.map(({ input, origin }) => [input.url, origin.line])).toEqual([
        ['https://example.com/good-1', 1],
        ['https://example.com/good-3', 3],
        ['https://example.com/good-7', 7],
      ]);
      expect(errors.map((error) => error.message)).toEqual([
        expect.stringMatching(/mixed\.jsonl:2: invalid JSON/),
        expect.stringMatching(/mixed\.jsonl:4: not valid UTF-8 text: byte 0xE9 at column 51$/),
        expect.stringMatching(/mixed\.jsonl:5: field "url": is missing$/),
      ]);
    });
  });

  describe('normalizing an article (every path goes through it)', () => {
    const check = (input: Record<string, unknown>) => () =>
      normalizeArticle({ url: 'https://example.com/a', text: 'Text.', ...input } as never, {
        file: 'feed.jsonl',
        line: 4,
      });

    it('refuses a missing, invalid, non-http or overlong URL, naming the place and the field', () => {
      expect(check({ url: '' })).toThrow(/^feed\.jsonl:4: field "url": the article URL is missing$/);
      expect(check({ url: undefined })).toThrow(/field "url": the article URL is missing/);
      expect(check({ url: 'www.example.com/story' })).toThrow(/field "url": "www\.example\.com\/story" is not a URL/);
      expect(check({ url: 'javascript:alert(1)' })).toThrow(
        /field "url": "javascript:alert\(1\)" is not an http\(s\) URL/,
      );
      expect(check({ url: `https://example.com/${'a'.repeat(3_000)}` })).toThrow(
        /field "url": the URL has 3,020 characters, more than the limit of 2,048/,
      );
    });

    it('refuses a date that cannot be parsed or does not exist, and reads zone-less times as UTC', () => {
      expect(check({ publishedAt: 'last Tuesday' })).toThrow(
        /^feed\.jsonl:4: field "publishedAt": "last Tuesday" is not a date \(expected YYYY-MM-DD or an ISO 8601/,
      );
      expect(check({ publishedAt: '2016-02-30' })).toThrow(/"2016-02-30" is not a date/); // would roll over to March 1
      expect(check({ publishedAt: '11/10/2016' })).toThrow(/"11\/10\/2016" is not a date/);
      expect(check({ publishedAt: '2016-10-11T25:00' })).toThrow(/is not a date/);
      expect(check({ publishedAt: '2016-10-11T14:30' })().publishedAt?.toISOString()).toBe('2016-10-11T14:30:00.000Z');
      expect(check({ publishedAt: '2016-10-11T14:30:00+02:00' })().publishedAt?.toISOString()).toBe(
        '2016-10-11T12:30:00.000Z',
      );
      expect(check({ publishedAt: '2016-02-29' })().publishedAt?.toISOString()).toBe('2016-02-29T00:00:00.000Z');
    });

    it('refuses empty, whitespace-only and binary text, and text with unpaired surrogates', () => {
      expect(check({ text: '' })).toThrow(/field "text": the article text is empty$/);
      expect(check({ text: ' \n\t\u00a0 ' })).toThrow(
        /field "text": the article text is empty: it holds only whitespace$/,
      );
      expect(check({ text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000' })).toThrow(
        /field "text": the article text is binary data, not text \(a NUL character at character 5\)/,
      );
      expect(check({ text: '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010 abc' })).toThrow(
        /binary data, not text \(11 control characters, the first at character 0\)/,
      );
      expect(check({ text: 'Cut inside an emoji \uD83D' })).toThrow(
        /field "text": the article text is not valid Unicode: an unpaired UTF-16 surrogate at character 20/,
      );
    });

    it('turns HTML into paragraphs of text, and leaves text that merely mentions a tag alone', () => {
      const { body } = check({ text: HTML })();
      expect(body).toBe(`Putin calls off visit\n\n${QUOTE}\n\nTalks & visits\nwere cancelled.`);
      expect(check({ text: 'Wrap a paragraph in <p> and </p>, said the tutorial.' })().body).toBe(
        'Wrap a paragraph in <p> and </p>, said the tutorial.',
      );
      expect(check({ text: '<div><br></div><p> </p>' })).toThrow(
        /the article text is empty once its HTML tags are removed/,
      );
    });
  });

  describe('the ingestArticle mutation', () => {
    it('refuses empty, whitespace-only, binary and badly encoded text with a typed error, writing nothing', async () => {
      await refused({ url: 'https://example.com/m-empty', text: '' }, 'body', /^the article text is empty$/);
      await refused({ url: 'https://example.com/m-blank', text: '\r\n  \t' }, 'body', /only whitespace/);
      await refused(
        { url: 'https://example.com/m-binary', text: `GIF89a\u0000\u0001\u0000` },
        'body',
        /^the article text is binary data, not text \(a NUL character at character 6\)$/,
      );
      await refused(
        { url: 'https://example.com/m-surrogate', text: 'Broken \uDC00 text.' },
        'body',
        /not valid Unicode: an unpaired UTF-16 surrogate at character 7/,
      );
    });

    it('refuses a missing or invalid URL and an unparseable date', async () => {
      await refused({ url: '   ', text: 'Text.' }, 'url', /^the article URL is missing$/);
      await refused({ url: 'not a url', text: 'Text.' }, 'url', /^"not a url" is not a URL$/);
      await refused({ url: 'ftp://example.com/x', text: 'Text.' }, 'url', /is not an http\(s\) URL/);
      // publishedAt is a DateTime, as Article.publishedAt: GraphQL refuses anything else before ingestion runs.
      const date = await mutate({ url: 'https://example.com/m-date', text: 'Text.', publishedAt: 'yesterday' });
      expect(date.errors[0].message).toMatch(/publishedAt.*DateTime|DateTime.*yesterday/s);
      const { errors } = await mutate({ text: 'No URL at all.' });
      expect(errors[0].message).toMatch(/Field "url" of required type "String!" was not provided/);
    });

    it('refuses an article over the size limit (2 MB by default, NEWSGRAPH_MAX_ARTICLE_BYTES)', async () => {
      const text = `${'All work and no play. '.repeat(100_000)}`; // 2,200,000 bytes
      await refused(
        { url: 'https://example.com/m-huge', text },
        'body',
        /^the article is 2,200,000 bytes, over the limit of 2,000,000 bytes \(NEWSGRAPH_MAX_ARTICLE_BYTES\)$/,
      );
      process.env.NEWSGRAPH_MAX_ARTICLE_BYTES = '1000';
      try {
        await refused(
          { url: 'https://example.com/m-small', text: 'é'.repeat(600) },
          'body',
          /^the article is 1,200 bytes, over the limit of 1,000 bytes/,
        );
      } finally {
        delete process.env.NEWSGRAPH_MAX_ARTICLE_BYTES;
      }
    });

    it('refuses a request body that is not UTF-8 with 400, saying where', async () => {
      const before = await database.prisma.article.count();
      const json = Buffer.from(
        JSON.stringify({
          query: INGEST,
          variables: { input: { article: { url: 'https://example.com/m-latin1', body: 'Caf_ ferm_.' } } },
        }),
      );
      json[json.indexOf('Caf_') + 3] = 0xe9;
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: json,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].message).toBe(
        `The request body is not valid UTF-8: byte 0xE9 at byte ${json.indexOf(0xe9).toLocaleString('en-US')} starts no UTF-8 character. Send JSON encoded as UTF-8.`,
      );
      expect(await database.prisma.article.count()).toBe(before);
    });

    it('accepts a BOM and CRLF line endings, storing \\n', async () => {
      const article = await accepted({
        url: 'https://example.com/m-crlf',
        text: `\uFEFF${QUOTE}\r\n\r\nSecond paragraph.\r\n`,
      });
      expect(article.body).toBe(`${QUOTE}\n\nSecond paragraph.`);
      expectOffsetsExact(article);
    });

    it('strips HTML to text and extracts from the text', async () => {
      const article = await accepted({ url: 'https://example.com/m-html', text: HTML });
      expect(article.body).toBe(`Putin calls off visit\n\n${QUOTE}\n\nTalks & visits\nwere cancelled.`);
      expect(article.body).not.toMatch(/<|&amp;|not text|Home/);
      const quote = article.statements.edges.find(({ node }: any) =>
        node.text.includes('We will not be intimidated'),
      )?.node;
      expect(quote?.speaker?.name).toBe('Dmitry Peskov');
      expectOffsetsExact(article);
    });

    it('keeps offsets exact in UTF-16 units around emoji and combining characters', async () => {
      const article = await accepted({ url: 'https://example.com/m-unicode', text: UNICODE });
      expect(article.body).toBe(UNICODE);
      const quote = article.statements.edges.find(({ node }: any) => node.text.includes('We will reopen'))?.node;
      expect(quote.speaker.name).toBe('Zoë Martínez');
      expectOffsetsExact(article);
      const names = article.personMentions.edges.map(({ node }: any) => node.text);
      expect(names).toEqual(expect.arrayContaining(['Zoë Martínez', 'Angela Merkel']));
    });

    it('takes a 50 MB body no further than the 10 MB request limit (413), and writes nothing', async () => {
      const before = await database.prisma.article.count();
      const server: RunningServer = await startTestServer({ prisma: database.prisma });
      try {
        const { port } = new URL(server.url);
        const chunk = Buffer.alloc(256 * 1024, 'a');
        let sent = 0;
        const status = await new Promise<number>((resolve, reject) => {
          const upload = httpRequest({
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
          });
          let answered = false;
          upload.on('response', (response) => {
            answered = true;
            response.resume();
            resolve(response.statusCode!);
          });
          upload.on('error', (error) => (answered ? undefined : reject(error)));
          upload.write(
            `{"query":${JSON.stringify(INGEST)},"variables":{"input":{"article":{"url":"https://example.com/m-50mb","body":"`,
          );
          // At most 200 chunks (50 MB); the loop stops as soon as the server has answered.
          const pump = () => {
            while (!answered && sent < FIFTY_MB) {
              sent += chunk.length;
              if (!upload.write(chunk)) return void upload.once('drain', pump);
            }
            if (!answered) upload.end('"}}}}');
          };
          pump();
        });
        expect(status).toBe(413);
        expect(sent).toBeLessThan(FIFTY_MB / 2);
      } finally {
        await server.close();
      }
      expect(await database.prisma.article.count()).toBe(before);
    });

    it('takes the good articles of a batch and reports the bad one by its index', async () => {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({
          query: `mutation ($input: IngestArticlesInput!) { ingestArticles(input: $input) { ... on IngestArticlesPayload { createdCount failedCount results { __typename ... on InvalidArticleError { field reason } } } } }`,
          variables: {
            input: {
              articles: [
                { url: 'https://example.com/b-1', body: 'One.' },
                { url: 'https://example.com/b-2', body: '  ' },
                { url: 'https://example.com/b-3', body: 'Three.' },
              ],
            },
          },
        }),
      });
      const data = ((await response.json()) as any).data.ingestArticles;
      expect(data).toMatchObject({ createdCount: 2, failedCount: 1 });
      expect(data.results.map((item: any) => item.__typename)).toEqual([
        'IngestArticlePayload',
        'InvalidArticleError',
        'IngestArticlePayload',
      ]);
      expect(data.results[1]).toMatchObject({
        field: 'input.articles[1].body',
        reason: 'the article text is empty: it holds only whitespace',
      });
    });
  });

  describe('`newsgraph ingest`', () => {
    it('ingests the good files and lines, and reports every bad one as file:line: reason', async () => {
      await database.prisma.article.deleteMany();
      const cli = path.join(folder, 'cli');
      const good = (n: number, extra: object = {}) =>
        JSON.stringify({ url: `https://example.com/cli-${n}`, text: `${QUOTE} (${n})`, ...extra });
      file('cli/empty.txt', '');
      file('cli/blank.txt', '   \n\n\t');
      sparseFile('cli/huge.txt', FIFTY_MB);
      file('cli/long.txt', `https://example.com/cli-long\n\n${'Long text. '.repeat(600)}`);
      file('cli/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      file(
        'cli/latin1.txt',
        Buffer.concat([Buffer.from('https://example.com/cli-latin1\n\nCaf'), Buffer.from([0xe9])]),
      );
      file('cli/no-url.txt', 'Just a story without its URL.\n');
      file('cli/windows.txt', `\uFEFFhttps://example.com/cli-windows\r\n\r\n${QUOTE}\r\n`);
      file('cli/page.txt', `https://example.com/cli-html\n\n${HTML}`);
      file('cli/date.json', good(9, { publishedAt: '2016-02-30' }));
      file('cli/empty.json', '');
      file(
        'cli/feed.jsonl',
        [
          good(1),
          '{"url": "https://example.com/cli-2", "text": ',
          good(3, { publishedAt: '2016-10-11' }),
          good(4, { url: 'mailto:desk@example.com' }),
          JSON.stringify({ url: 'https://example.com/cli-5', text: UNICODE }),
        ].join('\n'),
      );

      const report = path.join(folder, 'cli-report.json');
      // A small article limit, as an operator would set it: the readers and the ingester both follow it.
      const run = await runNewsgraph(['ingest', cli, '--report', report, '--threads', '1', '--no-progress'], {
        DATABASE_URL: database.url,
        NEWSGRAPH_MAX_ARTICLE_BYTES: '5000',
      });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain('Ingested 5 article(s) (5 new, 0 updated), 0 unchanged, 11 failed.');
      const failures = (
        JSON.parse(readFileSync(report, 'utf8')).failed as { file: string; line?: number; reason: string }[]
      ).map(
        ({ file: name, line, reason }) =>
          `${path.relative(cli, name)}${line ? `:${line}` : ''}: ${reason.replace(/^invalid JSON \(.+\)$/, 'invalid JSON (…)')}`,
      );
      expect(failures.sort()).toEqual(
        [
          'blank.txt:1: the file holds only whitespace; line 1 should hold the article URL',
          'date.json:1: "2016-02-30" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time such as 2016-10-11T14:30:00Z)',
          'empty.json: the file is empty: it holds no records',
          'empty.txt:1: the file is empty; line 1 should hold the article URL',
          'feed.jsonl:2: invalid JSON (…)',
          'feed.jsonl:4: "mailto:desk@example.com" is not an http(s) URL',
          'huge.txt: the file is 52,428,800 bytes, over the limit of 5,000 bytes for one article (NEWSGRAPH_MAX_ARTICLE_BYTES); it was not read',
          'image.txt: the file holds binary data, not text: a NUL byte at byte 8 (line 3)',
          'latin1.txt: the file is not valid UTF-8 text: byte 0xE9 at byte 35 (line 3) starts no UTF-8 character; save it as UTF-8',
          'long.txt: the article is 6,600 bytes, over the limit of 5,000 bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)',
          'no-url.txt:1: line 1 should hold the article URL (http:// or https://), but holds 29 characters that are not one',
        ].sort(),
      );
      expect(run.stderr).toMatch(/feed\.jsonl:4: field "url": "mailto:desk@example\.com" is not an http\(s\) URL/);

      const stored = await database.prisma.article.findMany({
        orderBy: { url: 'asc' },
        select: { url: true, body: true },
      });
      expect(stored.map(({ url }) => url)).toEqual([
        'https://example.com/cli-1',
        'https://example.com/cli-3',
        'https://example.com/cli-5',
        'https://example.com/cli-html',
        'https://example.com/cli-windows',
      ]);
      expect(stored.find(({ url }) => url.endsWith('cli-windows'))!.body).toBe(QUOTE);
      expect(stored.find(({ url }) => url.endsWith('cli-html'))!.body).toBe(
        `Putin calls off visit\n\n${QUOTE}\n\nTalks & visits\nwere cancelled.`,
      );
      expect(stored.find(({ url }) => url.endsWith('cli-5'))!.body).toBe(UNICODE);
      // Offsets stored by the bulk path are UTF-16 too.
      const statements = await database.prisma.statement.findMany({
        select: { start: true, end: true, text: true, article: { select: { body: true } } },
      });
      expect(statements.length).toBeGreaterThan(0);
      for (const { start, end, text, article } of statements) expect(article.body.slice(start, end)).toBe(text);
    }, 120_000);
  });
});
