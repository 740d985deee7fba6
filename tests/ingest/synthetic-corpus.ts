import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A small made-up corpus for ingestion tests: names recur across articles, so entity rows are shared. */
const PEOPLE = [
  ['Angela Merkel', 'the German chancellor'],
  ['Emmanuel Macron', 'the French president'],
  ['Justin Trudeau', 'the Canadian prime minister'],
  ['Jacinda Ardern', 'New Zealand’s prime minister'],
  ['Pedro Sánchez', 'the Spanish prime minister'],
  ['Mark Rutte', 'the Dutch prime minister'],
  ['Ursula von der Leyen', 'the commission president'],
  ['Antonio Guterres', 'the UN secretary general'],
  ['Boris Johnson', 'the British prime minister'],
  ['Scott Morrison', 'the Australian prime minister'],
] as const;
const ORGANIZATIONS = [
  'European Commission',
  'World Health Organization',
  'International Monetary Fund',
  'United Nations',
];
const TOPICS = [
  'the trade agreement',
  'the climate plan',
  'the budget',
  'the vaccine rollout',
  'the border talks',
  'the energy package',
];

export interface SyntheticArticle {
  url: string;
  title: string;
  publishedAt: string;
  source: string;
  text: string;
}

/** Article `i`: three people and one organization picked by `i`, five statements. `variant` changes the text. */
export function syntheticArticle(i: number, variant = 0): SyntheticArticle {
  const [a, b, c] = [
    PEOPLE[i % PEOPLE.length]!,
    PEOPLE[(i * 3 + 1) % PEOPLE.length]!,
    PEOPLE[(i * 7 + 2) % PEOPLE.length]!,
  ];
  const organization = ORGANIZATIONS[i % ORGANIZATIONS.length]!;
  const topic = TOPICS[(i + variant) % TOPICS.length]!;
  const day = String((i % 28) + 1).padStart(2, '0');
  const text = [
    `BRUSSELS — Leaders met on Tuesday to discuss ${topic}, story number ${i}.`,
    `“We will not wait any longer,” said ${a[0]}, ${a[1]}.`,
    `${b[0]} said that the government would support ${topic}. “This is a good day for all of us,” ${b[0].split(' ').at(-1)} added.`,
    `A spokesman for the ${organization} said the talks would continue next week.`,
    `${c[0]} told reporters that no decision had been taken on ${topic}${variant ? ` (version ${variant})` : ''}.`,
  ].join('\n\n');
  return {
    url: `https://news.example.org/2020/03/${day}/story-${i}`,
    title: `Story ${i}`,
    publishedAt: `2020-03-${day}`,
    source: 'Example News',
    text,
  };
}

export function syntheticArticles(from: number, to: number, variant = 0): SyntheticArticle[] {
  return Array.from({ length: to - from }, (_, k) => syntheticArticle(from + k, variant));
}

export const toJsonLines = (articles: SyntheticArticle[]) =>
  articles.map((article) => JSON.stringify(article)).join('\n') + '\n';

/** The text layout of the product's sample: URL, integer lines, body. */
export const toTextLayout = (article: SyntheticArticle) => `${article.url}\n12\n3\n\n${article.text}\n`;

/** A fresh temporary folder, optionally with files in it. */
export function tempFolder(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return folder;
}
