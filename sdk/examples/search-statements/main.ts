import { createClient, NewsgraphRequestError } from '@newsgraph/sdk';
import { renderStatement } from './render-statement.js';

const PAGE_SIZE = 10;

// The dev server proxies /graphql to the API (see vite.config.ts), so the page and the API share an origin.
const client = createClient({ url: new URL('/graphql', location.href).href });

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLParagraphElement>('#search-status')!;
const results = document.querySelector<HTMLOListElement>('#search-results')!;
const loadMore = document.querySelector<HTMLButtonElement>('#load-more')!;

let query = '';
let nextCursor: string | null = null;
let inFlight: AbortController | undefined;

async function showPage(after: string | null): Promise<void> {
  inFlight?.abort();
  const controller = (inFlight = new AbortController());
  status.textContent = 'Searching…';
  loadMore.hidden = true;
  try {
    const page = await client.searchStatements(query, { first: PAGE_SIZE, after }, { signal: controller.signal });
    if (after === null) results.replaceChildren();
    results.append(...page.edges.map(renderStatement));
    status.textContent =
      page.totalCount === 0
        ? `No statement matches “${query}”.`
        : `${page.totalCount} statement${page.totalCount === 1 ? '' : 's'} match “${query}”.`;
    nextCursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    loadMore.hidden = nextCursor === null;
  } catch (error) {
    if (controller.signal.aborted) return;
    status.textContent =
      error instanceof NewsgraphRequestError
        ? `The search failed: ${error.message}`
        : `The search failed: ${String(error)}`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  query = input.value.trim();
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  history.replaceState(null, '', url);
  void showPage(null);
});
loadMore.addEventListener('click', () => void showPage(nextCursor));

// A link such as ?q=aleppo opens with its results.
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  form.requestSubmit();
}
