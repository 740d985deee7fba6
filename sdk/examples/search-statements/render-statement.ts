import type { StatementSearchHit } from '@newsgraph/sdk';

/** One search hit as a list item: who, the cue, the matched words highlighted, and where it was said. */
export function renderStatement(hit: StatementSearchHit): HTMLLIElement {
  const { node: statement, snippet } = hit;
  const item = element('li', 'statement');
  item.dataset.statementId = statement.id;

  const who = element('p', 'who');
  who.append(element('span', 'speaker', statement.speaker?.name ?? 'Unattributed'));
  if (statement.cue) who.append(' ', element('span', 'cue', statement.cue));
  item.append(who);

  // The snippet's highlights are offsets into its text: build the marks as nodes, never as HTML.
  const quote = element('blockquote', 'quote');
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    quote.append(snippet.text.slice(at, start), element('mark', undefined, snippet.text.slice(start, end)));
    at = end;
  }
  quote.append(snippet.text.slice(at));
  item.append(quote);

  const source = element('p', 'source');
  const link = element('a', undefined, statement.article.title);
  link.href = statement.article.url;
  const date = statement.article.publishedAt ? `, ${statement.article.publishedAt.slice(0, 10)}` : '';
  source.append(link, ` — ${statement.article.outlet}${date}`);
  item.append(source);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
