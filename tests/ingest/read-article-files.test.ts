import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../server/ingest/normalize-article.js';
import { parseTextLayout, readArticleFile } from '../../server/ingest/read-article-files.js';

const SAMPLE = new URL('../fixtures/articles/putin-cancels-paris-visit.txt', import.meta.url).pathname;
const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-read-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
}

describe('the text layout', () => {
  it('reads the sample: URL, integer metadata, body; derives outlet, date and title from the URL', async () => {
    const { articles, errors } = await readArticleFile(SAMPLE);
    expect(errors).toEqual([]);
    const article = normalizeArticle(articles[0]!.input);
    expect(article.metadata).toEqual([166, 16]);
    expect(article.outlet).toBe('The Washington Post');
    expect(article.domain).toBe('washingtonpost.com');
    expect(article.publishedAt?.toISOString()).toBe('2016-10-11T00:00:00.000Z');
    expect(article.title).toBe('Putin calls off visit to france amid western pressure over aleppo attacks');
    expect(article.body.startsWith('Russian President Vladimir Putin, right,')).toBe(true);
    expect(article.body.endsWith('around the world')).toBe(true);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a BOM and CRLF line endings, and stores the body with \\n', () => {
    const input = parseTextLayout('\uFEFFhttps://example.com/a\r\n7\r\nFirst paragraph.\r\n\r\nSecond.\r\n');
    expect(input.metadata).toEqual([7]);
    expect(normalizeArticle(input).body).toBe('First paragraph.\n\nSecond.');
  });

  it('names the file and line when line 1 is not a URL', async () => {
    const { errors } = await readArticleFile(file('no-url.txt', 'Just some text\nMore text'));
    expect(errors[0]!.message).toMatch(
      /no-url\.txt:1: .*line 1 should hold the article URL \(http:\/\/ or https:\/\/\), but holds 14 characters that are not one/,
    );
  });

  it('refuses an empty file and a file without a body', async () => {
    expect((await readArticleFile(file('empty.txt', ''))).errors[0]!.message).toMatch(
      /empty\.txt:1: the file is empty/,
    );
    expect((await readArticleFile(file('no-body.txt', 'https://example.com/x\n12\n\n'))).errors[0]!.message).toMatch(
      /no-body\.txt:\d+: .*no body text/,
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    const { errors } = await readArticleFile(file('latin1.txt', Buffer.from([0x68, 0x74, 0xe9, 0xff, 0xfe])));
    expect(errors[0]!.message).toMatch(/latin1\.txt: the file is not valid UTF-8 text/);
  });
});

describe('JSON and JSONL', () => {
  it('reads JSONL records and reports a broken line by number while keeping the good ones', async () => {
    const content = [
      JSON.stringify({
        url: 'https://example.com/one',
        text: 'One.',
        title: 'One',
        publishedAt: '2020-01-02',
        source: 'Example',
      }),
      '{"url": "https://example.com/two", "text": ',
      JSON.stringify({ url: 'https://example.com/three', text: 'Three.' }),
      JSON.stringify({ text: 'No URL.' }),
    ].join('\n');
    const { articles, errors } = await readArticleFile(file('batch.jsonl', content));
    expect(articles.map((article) => article.input.url)).toEqual([
      'https://example.com/one',
      'https://example.com/three',
    ]);
    expect(articles[1]!.origin).toEqual({ file: expect.stringContaining('batch.jsonl'), line: 3 });
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/batch\.jsonl:2: invalid JSON/),
      expect.stringMatching(/batch\.jsonl:4: field "url": is missing/),
    ]);
    const first = normalizeArticle(articles[0]!.input);
    expect([first.title, first.outlet, first.publishedAt?.toISOString()]).toEqual([
      'One',
      'Example',
      '2020-01-02T00:00:00.000Z',
    ]);
  });

  it('reads a .json array and names the record at fault', async () => {
    const { articles, errors } = await readArticleFile(
      file(
        'array.json',
        JSON.stringify([
          { url: 'https://example.com/a', text: 'A.' },
          { url: 'https://example.com/b', text: 42 },
        ]),
      ),
    );
    expect(articles).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/array\.json record 1: field "text": must be a string/);
  });

  it('refuses a date it cannot parse, naming the field', () => {
    expect(() =>
      normalizeArticle(
        { url: 'https://example.com/a', text: 'A.', publishedAt: 'last Tuesday' },
        { file: 'x.jsonl', line: 9 },
      ),
    ).toThrow(/x\.jsonl:9: field "publishedAt": "last Tuesday" is not a date/);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => normalizeArticle({ url: 'ftp://example.com/a', text: 'A.' })).toThrow(
      /field "url": .* is not an http\(s\) URL/,
    );
    expect(() => normalizeArticle({ url: 'not a url', text: 'A.' })).toThrow(/field "url": "not a url" is not a URL/);
  });
});
