import type { SourceItem } from '../../server/ingest/read-article-source.js';

/** The first `limit` records of a source (all of them when the limit is Infinity): the benches' `--base`/`--limit`. */
export async function* firstRecords(source: AsyncIterable<SourceItem>, limit: number): AsyncIterable<SourceItem> {
  let n = 0;
  for await (const item of source) {
    if (n++ >= limit) return;
    yield item;
  }
}
