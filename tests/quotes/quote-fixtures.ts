import type { ArticleInput } from '../../server/ingest/article-input.js';

// The same Peskov line as three outlets print it: curly quote marks with a trailing comma, straight
// marks with a full stop, and a shortened quote interrupted by “Peskov said”. A fourth article has other words by him.
export const PESKOV_ARTICLES: ArticleInput[] = [
  {
    url: 'https://www.first-outlet.example/2020/03/02/kremlin-visit',
    source: 'First Outlet',
    publishedAt: '2020-03-02T09:00:00Z',
    title: 'Kremlin says visit is off',
    text:
      'Russian President Vladimir Putin will not travel to Paris next week.\n\n' +
      '“We will wait for this convenient time to come,” Kremlin spokesman Dmitry Peskov told reporters on Monday.\n\n' +
      'The visit had been planned for months.',
  },
  {
    url: 'https://www.second-outlet.example/news/putin-paris',
    source: 'Second Outlet',
    publishedAt: '2020-03-03T10:00:00Z',
    title: 'Putin calls off Paris trip',
    text:
      'The Kremlin confirmed on Tuesday that the trip to Paris was cancelled.\n\n' +
      '"We will wait for this convenient time to come." Dmitry Peskov, the Kremlin spokesman, said in a statement.\n\n' +
      'French officials declined to comment.',
  },
  {
    url: 'https://third-outlet.example/world/kremlin-waits',
    source: 'Third Outlet',
    publishedAt: '2020-03-01T18:30:00Z',
    title: 'Kremlin will wait',
    text:
      'Kremlin spokesman Dmitry Peskov spoke to journalists in Moscow.\n\n' +
      '“We will wait,” Peskov said, “for this convenient time.”\n\n' +
      'No new date was given.',
  },
];

export const PESKOV_OTHER_WORDS: ArticleInput = {
  url: 'https://www.fourth-outlet.example/2020/03/05/peskov-sanctions',
  source: 'Fourth Outlet',
  publishedAt: '2020-03-05T08:00:00Z',
  title: 'Kremlin on sanctions',
  text:
    'Kremlin spokesman Dmitry Peskov spoke about the new sanctions on Thursday.\n\n' +
    '“These sanctions will not change our course in any way,” Peskov told reporters.\n\n' +
    'The European Union announced the measures a day earlier.',
};

// The same line by a second person record: "Dmitri" is another name key than "Dmitry", so ingestion
// makes another person until a curator merges the two.
export const DMITRI_PESKOV: ArticleInput = {
  url: 'https://fifth-outlet.example/2020/03/06/kremlin',
  source: 'Fifth Outlet',
  publishedAt: '2020-03-06T12:00:00Z',
  title: 'Kremlin repeats it will wait',
  text:
    'Kremlin aide Dmitri Peskov repeated the line on Friday.\n\n' +
    '“We will wait for this convenient time to come,” Dmitri Peskov said.\n\n' +
    'The statement was his second this week.',
};
