import { Counter, Histogram, Registry } from 'prom-client';

/** This process's ingestion figures; the API's /metrics includes them. */
export const ingestRegistry = new Registry();

/** Articles ingested by this process, by outcome (CREATED, UPDATED, UNCHANGED, FAILED). */
export const articlesIngested = new Counter({
  name: 'newsgraph_articles_ingested_total',
  help: 'Articles ingested by this process (API mutations and seeding), by outcome.',
  labelNames: ['status'] as const,
  registers: [ingestRegistry],
});

/** Seconds one article takes from reading it back to its commit, extraction included. */
export const articleIngestSeconds = new Histogram({
  name: 'newsgraph_article_ingest_seconds',
  help: 'Time to ingest one article (extraction and write), in seconds.',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [ingestRegistry],
});
