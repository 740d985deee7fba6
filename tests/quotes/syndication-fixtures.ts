import type { ArticleInput } from '../../server/ingest/article-input.js';

// A wire story written for these tests, in the shape agencies file them: a dateline with the credit,
// quotes with speakers, and a credit line at the end.
const AP_STORY = [
  'BRUSSELS (AP) — European Union leaders agreed early Friday on a plan to cut the bloc’s greenhouse gas emissions by more than half by the end of the decade, after all-night talks that nearly collapsed over the cost for coal-dependent members.',
  '“This is a historic moment for Europe and for the planet,” European Council President Charles Michel told reporters after the meeting ended shortly before dawn.',
  'Poland had demanded guarantees that its mines and power plants would receive extra money during the transition, and the final text promises a fund of several billion euros for regions that depend on coal.',
  '“We did not get everything we wanted, but we got enough to protect our workers,” Polish Prime Minister Mateusz Morawiecki said.',
  'Environmental groups said the target was still too weak to meet the goals of the Paris climate agreement, while business associations warned that higher energy prices could push factories out of the bloc.',
  'The plan still needs the approval of the European Parliament, where lawmakers have pressed for an even steeper cut, and negotiations between the institutions are expected to last into next year.',
  'Associated Press writer Raf Casert contributed to this report.',
].join('\n\n');

const EXTRA_PARAGRAPH =
  'Officials said the summit was the longest of the year, and several leaders left without speaking to the press.';

export const AP_COPIES: ArticleInput[] = [
  {
    url: 'https://apnews.example/article/eu-climate-deal-5f1c',
    source: 'AP News',
    publishedAt: '2020-12-11T06:10:00Z',
    title: 'EU leaders agree to deeper emissions cut after all-night talks',
    text: AP_STORY,
  },
  {
    url: 'https://www.city-daily.example/world/2020/12/11/eu-leaders-emissions-deal',
    source: 'City Daily',
    publishedAt: '2020-12-11T08:45:00Z',
    title: 'EU strikes climate deal',
    text: AP_STORY,
  },
  {
    url: 'https://www.valley-news.example/nation-world/eu-climate-summit',
    source: 'Valley News',
    publishedAt: '2020-12-11T11:00:00Z',
    title: 'Europe agrees emissions target after Poland wins coal money',
    text: AP_STORY.replace('\n\nAssociated Press writer', `\n\n${EXTRA_PARAGRAPH}\n\nAssociated Press writer`),
  },
];

// The same event, the same people, written by another newsroom: not a copy.
export const OTHER_STORY: ArticleInput = {
  url: 'https://www.other-paper.example/2020/12/11/europe-climate-target',
  source: 'Other Paper',
  publishedAt: '2020-12-11T09:30:00Z',
  title: 'After a sleepless night, Europe sets a tougher climate goal',
  text: [
    'Leaders of the European Union emerged from a marathon summit on Friday with a tougher climate goal, promising to reduce emissions by at least 55 percent compared with 1990 levels.',
    'Charles Michel, who chairs the summits, called the agreement “a historic moment for Europe and for the planet.”',
    'The breakthrough came only after Mateusz Morawiecki, the Polish prime minister, secured a promise of money for coal regions.',
    '“We did not get everything we wanted, but we got enough to protect our workers,” Morawiecki said.',
    'Critics pointed out that the bloc’s parliament wants a deeper cut and that many details, including how to share the burden between countries, remain open.',
  ].join('\n\n'),
};

/** A copy of the AP story under another URL, for concurrent ingestion. */
export function apCopy(i: number): ArticleInput {
  return {
    url: `https://www.paper-${i}.example/news/eu-climate-deal`,
    source: `Paper ${i}`,
    publishedAt: new Date(Date.UTC(2020, 11, 11, 12, i)).toISOString(),
    title: `EU climate deal (${i})`,
    text: AP_STORY,
  };
}
