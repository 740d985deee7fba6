/** What a news URL says about its article: outlet, date and a title from the slug. */

// Outlets whose names are not guessable from the domain. Anything else is named by its domain.
const OUTLET_NAMES: Record<string, string> = {
  'washingtonpost.com': 'The Washington Post',
  'nytimes.com': 'The New York Times',
  'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'bloomberg.com': 'Bloomberg',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'aljazeera.com': 'Al Jazeera',
  'theatlantic.com': 'The Atlantic',
  'thehill.com': 'The Hill',
  'breitbart.com': 'Breitbart',
  'vox.com': 'Vox',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'newsmax.com': 'Newsmax',
  'time.com': 'Time',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'gutenberg.org': 'Project Gutenberg',
};

// Query parameters that only track where a reader came from.
const TRACKING_PARAMETER = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ocid$|cmpid$|smid$|ref$)/i;

/** The host without "www.", lower-cased. */
export function domainOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

export function outletFor(domain: string): string {
  const parts = domain.split('.');
  // Match subdomains too: "edition.cnn.com" → cnn.com.
  for (let i = 0; i < parts.length - 1; i++) {
    const name = OUTLET_NAMES[parts.slice(i).join('.')];
    if (name) return name;
  }
  return domain;
}

/** Same article, same key: https, no "www.", no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: URL): string {
  const canonical = new URL(url.href);
  canonical.protocol = 'https:';
  canonical.hostname = domainOf(url);
  canonical.hash = '';
  for (const key of [...canonical.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(key)) canonical.searchParams.delete(key);
  }
  canonical.searchParams.sort();
  if (canonical.pathname.length > 1) canonical.pathname = canonical.pathname.replace(/\/+$/, '');
  return canonical.href;
}

/** A date written in the path, as news sites do: /2016/10/11/ or /2016-10-11/ or /20161011/. */
export function dateFromPath(url: URL): Date | undefined {
  const match = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|$|[-_])/.exec(url.pathname);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "putin-calls-off-visit-to-france" → "Putin calls off visit to france": the longest wordy path segment. */
export function titleFromSlug(url: URL): string | undefined {
  const segments = url.pathname
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/\.(html?|php|aspx?)$/i, ''))
    .filter((segment) => /[a-z]{2,}[-_][a-z]{2,}/i.test(segment));
  const slug = segments.sort((a, b) => wordCount(b) - wordCount(a))[0];
  if (!slug) return undefined;
  const words = slug.split(/[-_]+/).filter((word) => word && !/^[0-9a-f]{6,}$/i.test(word) && word !== 'story');
  if (words.length === 0) return undefined;
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function wordCount(segment: string): number {
  return segment.split(/[-_]+/).filter((word) => /^[a-z]+$/i.test(word)).length;
}
