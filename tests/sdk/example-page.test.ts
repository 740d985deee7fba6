import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type StatementSearchHit } from '../../sdk/src/index.js';
import { startExampleDevServer, type ExampleDevServer } from './support/example-dev-server.js';
import { launchHeadlessChromium } from './support/headless-chromium.js';
import { ingestThroughSdk, SEED_ARTICLES, startLiveNewsgraph, type LiveNewsgraph } from './support/live-newsgraph.js';

/** What one result of the page shows. */
interface ShownStatement {
  speaker: string;
  cue: string;
  quote: string;
  marked: string[];
  source: string;
  link: string;
}

function readResults(page: Page): Promise<ShownStatement[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      speaker: item.querySelector('.speaker')?.textContent ?? '',
      cue: item.querySelector('.cue')?.textContent ?? '',
      quote: item.querySelector('.quote')?.textContent ?? '',
      marked: [...item.querySelectorAll('.quote mark')].map((mark) => mark.textContent ?? ''),
      source: item.querySelector('.source')?.textContent ?? '',
      link: item.querySelector<HTMLAnchorElement>('.source a')?.href ?? '',
    })),
  );
}

function expectedFrom(hit: StatementSearchHit): ShownStatement {
  const { node, snippet } = hit;
  return {
    speaker: node.speaker?.name ?? 'Unattributed',
    cue: node.cue ?? '',
    quote: snippet.text,
    marked: snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end)),
    source: `${node.article.title} — ${node.article.outlet}${node.article.publishedAt ? `, ${node.article.publishedAt.slice(0, 10)}` : ''}`,
    link: node.article.url,
  };
}

describe('the example page (sdk/examples/search-statements) in headless Chromium', { timeout: 90_000 }, () => {
  let api: LiveNewsgraph;
  let example: ExampleDevServer;
  let browser: Browser;
  let page: Page;
  const offLoopback: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchHeadlessChromium();
    api = await startLiveNewsgraph();
    await ingestThroughSdk(api, SEED_ARTICLES);
    example = await startExampleDevServer(api.origin);

    const context = await browser.newContext();
    // Only loopback traffic: anything else is refused and remembered.
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      offLoopback.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await example?.close();
    await api?.close();
  });

  it('searches statements and lists who said what, as the API finds them', async () => {
    await page.goto(example.url);
    await page.fill('#search-input', 'wait');
    await page.click('button[type="submit"]');
    await expect
      .poll(() => page.textContent('#search-status'), { timeout: 15_000 })
      .toMatch(/statements? match “wait”/);

    const expected = await createClient({ url: api.url }).searchStatements('wait', { first: 10 });
    const shown = await readResults(page);
    expect(shown).toEqual(expected.edges.map(expectedFrom));
    expect(await page.textContent('#search-status')).toBe(`${expected.totalCount} statements match “wait”.`);

    // The specification sample: Peskov's quote, with the matched word marked.
    const peskov = shown.find((statement) => statement.speaker === 'Dmitri Peskov');
    expect(peskov).toMatchObject({
      cue: 'added',
      quote: 'We will wait for this convenient time to come',
      marked: ['wait'],
    });
    expect(peskov?.source).toMatch(/^Putin .* — The Washington Post, 2016-10-11$/);
    expect(page.url()).toContain('?q=wait');
  });

  it('opens a shared link with its results, and says when nothing matches', async () => {
    await page.goto(new URL('?q=%22war+crime%22', example.url).href);
    await expect.poll(() => page.textContent('#search-status'), { timeout: 15_000 }).toMatch(/match “"war crime"”/);
    const shown = await readResults(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const statement of shown) expect(statement.marked.join(' ').toLowerCase()).toMatch(/war crime/);
    expect(shown.map((statement) => statement.speaker)).toContain('François Hollande');

    await page.fill('#search-input', 'zebras');
    await page.click('button[type="submit"]');
    await expect
      .poll(() => page.textContent('#search-status'), { timeout: 15_000 })
      .toBe('No statement matches “zebras”.');
    expect(await page.$$('#search-results > li')).toHaveLength(0);
  });

  it('pages with "More" through more hits than one page holds', async () => {
    const query =
      'aleppo or putin or wait or park or robots or jobs or observatory or telescope or council or city or union';
    const expected = await createClient({ url: api.url }).searchStatements(query, { first: 100 });
    expect(expected.totalCount, 'the seed articles give more than one page of hits').toBeGreaterThan(10);

    await page.goto(example.url);
    await page.fill('#search-input', query);
    await page.click('button[type="submit"]');
    await expect.poll(() => page.$$eval('#search-results > li', (items) => items.length), { timeout: 15_000 }).toBe(10);
    expect(await page.isVisible('#load-more')).toBe(true);

    await page.click('#load-more');
    await expect
      .poll(() => page.$$eval('#search-results > li', (items) => items.length), { timeout: 15_000 })
      .toBe(Math.min(20, expected.totalCount));
    expect(await readResults(page)).toEqual(expected.edges.slice(0, 20).map(expectedFrom));
    expect(await page.isVisible('#load-more')).toBe(expected.totalCount > 20);
  });

  it('made no request off the loopback interface and threw no error', () => {
    expect(offLoopback).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
