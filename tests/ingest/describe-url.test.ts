import { describe, expect, it } from 'vitest';
import { canonicalUrl, dateFromPath, outletFor, titleFromSlug } from '../../server/ingest/describe-url.js';

describe('what a URL says', () => {
  it('names known outlets, subdomains included, and falls back to the domain', () => {
    expect(outletFor('washingtonpost.com')).toBe('The Washington Post');
    expect(outletFor('edition.cnn.com')).toBe('CNN');
    expect(outletFor('harbor-gazette.example.com')).toBe('harbor-gazette.example.com');
  });

  it('reads dates written in the path in the usual ways', () => {
    expect(dateFromPath(new URL('https://x.com/world/2016/10/11/story'))?.toISOString().slice(0, 10)).toBe(
      '2016-10-11',
    );
    expect(dateFromPath(new URL('https://x.com/news/2024-06-02/story'))?.toISOString().slice(0, 10)).toBe('2024-06-02');
    expect(dateFromPath(new URL('https://x.com/news/story-2024'))).toBeUndefined();
  });

  it('makes a title from the slug, without ids and "story"', () => {
    expect(titleFromSlug(new URL('https://x.com/a/mountain-observatory-wins-funding/'))).toBe(
      'Mountain observatory wins funding',
    );
    expect(titleFromSlug(new URL('https://x.com/2016/10/11/130a8d1a-8fa5_story.html'))).toBeUndefined();
  });

  it('gives one canonical URL for the same article', () => {
    const expected = 'https://example.com/news/a?page=2';
    expect(canonicalUrl(new URL('http://www.example.com/news/a/?utm_source=x&page=2#comments'))).toBe(expected);
    expect(canonicalUrl(new URL('https://EXAMPLE.com/news/a?page=2&fbclid=1'))).toBe(expected);
  });
});
