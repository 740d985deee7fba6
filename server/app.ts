import { availableParallelism } from 'node:os';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createLogger, createYoga, type CORSOptions, type YogaLogger } from 'graphql-yoga';
import { isDatabaseUnavailable, lastErrorLine } from './db/database-unavailable.js';
import type { PrismaClient } from './db/prisma-client.js';
import { ExtractionPool } from './ingest/extraction-pool.js';
import { readUrlsFromEnvironment, type ReadReplicas } from './db/read-replicas.js';
import { DEFAULT_MAX_ARTICLE_BYTES, maxArticleBytes } from './ingest/normalize-article.js';
import { useApiKeyAuth, type ReadAccess } from './plugins/api-key-auth.js';
import { armorPlugins, QUERY_LIMITS } from './plugins/armor.js';
import { useInputLimits } from './plugins/input-limits.js';
import { useInputCostLimit } from './plugins/input-cost-limit.js';
import { useIntrospectionControl } from './plugins/introspection.js';
import { maskErrorWithTimeouts } from './plugins/mask-error.js';
import { useMetrics } from './plugins/metrics.js';
import { usePageSizeLimit } from './plugins/page-size-limit.js';
import { useRateLimit } from './plugins/rate-limit.js';
import { createRateLimiters, type RateLimitSettings } from './plugins/rate-limiters.js';
import { useReadiness } from './plugins/readiness.js';
import { useReadRouting } from './plugins/read-routing.js';
import { MAX_REQUEST_BYTES, useRequestSizeLimit } from './plugins/request-size-limit.js';
import { useTokenLimit } from './plugins/token-limit.js';
import { useTrustedDocuments, type TrustedDocuments } from './plugins/trusted-documents.js';
import { useWellFormedStrings } from './plugins/well-formed-strings.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './schema/connection/page-size.js';
import type { Context } from './schema/context.js';
import { schema } from './schema/index.js';

/** The server's settings, from the environment (README, "Operations"). */
export interface Settings {
  /** NEWSGRAPH_READ_ACCESS: `open` (default) or `key` (reads need a key too). */
  readAccess: ReadAccess;
  /** NEWSGRAPH_CORS_ORIGINS: comma-separated browser origins; undefined for any origin. */
  corsOrigins: string[] | undefined;
  /** NEWSGRAPH_MAX_REQUEST_BYTES: the largest request body. @default 10 000 000, or 2 × the article limit + 1 MB when that is more */
  maxRequestBytes: number;
  /** NEWSGRAPH_MAX_ARTICLE_BYTES: the largest article (API, CLI and readers). @default 2 000 000 */
  maxArticleBytes: number;
  /** NEWSGRAPH_STATEMENT_TIMEOUT_MS: cancel any SQL statement running longer. @default 15 000 */
  statementTimeoutMs: number;
  /** NEWSGRAPH_INTROSPECTION: `on` or `off`; off by default when NODE_ENV=production. GraphiQL follows it. */
  introspection: boolean;
  /** NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: how long a stop waits for in-flight requests. @default 30 000 */
  shutdownTimeoutMs: number;
  /** NEWSGRAPH_WORKERS: server processes sharing the port (node:cluster), or `auto` for one per core. @default 1 */
  workers: number;
  /** NEWSGRAPH_EXTRACTION_THREADS: threads that convert and extract articles sent to the API. @default one per core */
  extractionThreads: number;
  /** NEWSGRAPH_EXTRACTION_BUDGET_MS: longest one article may take to convert or extract; it is refused past it. @default 20 000 */
  extractionBudgetMs: number;
  /** DATABASE_READ_URLS: read replicas (comma-separated PostgreSQL URLs); none by default. */
  readUrls: string[];
  /** NEWSGRAPH_READ_YOUR_WRITES_MS: after a key writes, its reads go to the primary this long. @default 10 000 */
  readYourWritesMs: number;
  /**
   * NEWSGRAPH_RATE_LIMIT_REQUESTS and NEWSGRAPH_RATE_LIMIT_COST: each caller's budgets per minute (`off`
   * or a number); REDIS_URL: where servers share them. @default both off
   */
  rateLimits: RateLimitSettings;
  /** NEWSGRAPH_TRUSTED_DOCUMENTS: `off`, or `only` (the SDK's operations, sent by hash, and nothing else). @default off */
  trustedDocuments: TrustedDocuments;
}

/** Reads and checks the settings; a value that makes no sense stops the server with a message, never a silent default. */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Settings {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = env[name]?.trim().toLowerCase();
    if (!value) return fallback;
    if (!(allowed as readonly string[]).includes(value))
      throw new Error(`${name} must be ${allowed.map((option) => `"${option}"`).join(' or ')}, not "${env[name]}".`);
    return value as T;
  };
  const count = (name: string, fallback: number, min = 1): number => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const parsed = Number(value.replace(/_/g, ''));
    if (!Number.isSafeInteger(parsed) || parsed < min)
      throw new Error(`${name} must be a whole number of at least ${min}, not "${value}".`);
    return parsed;
  };
  const budget = (name: string, min: number): number | null =>
    env[name]?.trim().toLowerCase() === 'off' ? null : env[name]?.trim() ? count(name, 0, min) : null;
  const origins = env.NEWSGRAPH_CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const introspection = choice('NEWSGRAPH_INTROSPECTION', ['on', 'off'], env.NODE_ENV === 'production' ? 'off' : 'on');
  const articleBytes = env.NEWSGRAPH_MAX_ARTICLE_BYTES ? maxArticleBytes(env) : DEFAULT_MAX_ARTICLE_BYTES;
  return {
    readAccess: choice('NEWSGRAPH_READ_ACCESS', ['open', 'key'], 'open'),
    corsOrigins: origins?.length ? origins : undefined,
    // By default a request always has room for the largest article, JSON-escaped (each character at most doubled).
    maxRequestBytes: count(
      'NEWSGRAPH_MAX_REQUEST_BYTES',
      Math.max(MAX_REQUEST_BYTES, 2 * articleBytes + 1_000_000),
      1_024,
    ),
    maxArticleBytes: articleBytes,
    statementTimeoutMs: count('NEWSGRAPH_STATEMENT_TIMEOUT_MS', 15_000, 100),
    introspection: introspection === 'on',
    shutdownTimeoutMs: count('NEWSGRAPH_SHUTDOWN_TIMEOUT_MS', 30_000, 0),
    workers: workerCount(env.NEWSGRAPH_WORKERS),
    extractionThreads: count('NEWSGRAPH_EXTRACTION_THREADS', availableParallelism()),
    extractionBudgetMs: count('NEWSGRAPH_EXTRACTION_BUDGET_MS', 20_000, 10),
    readUrls: readUrlsFromEnvironment(env.DATABASE_READ_URLS),
    readYourWritesMs: count('NEWSGRAPH_READ_YOUR_WRITES_MS', 10_000, 0),
    rateLimits: {
      requestsPerMinute: budget('NEWSGRAPH_RATE_LIMIT_REQUESTS', 1),
      // The costliest query the node limit lets through costs 100: a smaller budget would refuse it for ever.
      costPerMinute: budget('NEWSGRAPH_RATE_LIMIT_COST', 100),
      redisUrl: redisUrl(env.REDIS_URL),
    },
    trustedDocuments: choice('NEWSGRAPH_TRUSTED_DOCUMENTS', ['off', 'only'], 'off'),
  };
}

function redisUrl(value: string | undefined): string | undefined {
  const setting = value?.trim();
  if (!setting) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(setting).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, not "${value}".`);
  return setting;
}

function workerCount(value: string | undefined): number {
  const setting = value?.trim().toLowerCase();
  if (!setting) return 1;
  if (setting === 'auto') return availableParallelism();
  const parsed = Number(setting);
  if (!Number.isSafeInteger(parsed) || parsed < 1)
    throw new Error(`NEWSGRAPH_WORKERS must be "auto" or a whole number of at least 1, not "${value}".`);
  return parsed;
}

export interface AppOptions {
  /** The primary database: writes, and reads when there are no replicas. */
  prisma: PrismaClient;
  /** Read replicas for read-only operations (see useReadRouting). @default none */
  replicas?: ReadReplicas;
  /** After a key writes, its reads go to the primary this long. @default settings.readYourWritesMs */
  readYourWritesMs?: number;
  /** The settings the server parsed at start; the options below override single ones. @default settingsFromEnvironment() */
  settings?: Settings;
  /** Serve GraphiQL on GET /graphql from a browser (only where introspection is on). @default true */
  graphiql?: boolean;
  /** Whether reads need an API key. @default settings.readAccess */
  readAccess?: ReadAccess;
  /** Browser origins allowed to call the API, or false for none. @default settings.corsOrigins, else any origin */
  cors?: CORSOptions | false;
  /** Largest request body accepted, in bytes. @default settings.maxRequestBytes */
  maxRequestBytes?: number;
  /** The statement timeout the Prisma client was created with, for the message of a timed-out query. @default settings.statementTimeoutMs */
  statementTimeoutMs?: number;
  /** Answer `__schema` / `__type` queries. @default settings.introspection */
  introspection?: boolean;
  /** Threads for the articles sent to the API. @default one pool per process, started on first use, from the settings */
  extractionPool?: ExtractionPool;
  /** True once the server is stopping: /ready then answers 503. */
  isShuttingDown?: () => boolean;
  /** Each caller's budgets per minute, or false for none. @default settings.rateLimits */
  rateLimits?: RateLimitSettings | false;
  /** Run only the SDK's operations, sent by hash. @default settings.trustedDocuments */
  trustedDocuments?: TrustedDocuments;
}

/**
 * Yoga's logger, except that an error of a database that cannot be reached is one line, not a stack per
 * failed request: during an outage the log says what is wrong, once per request, and stays readable.
 */
function serverLogger(): YogaLogger {
  const logger = createLogger(process.env.DEBUG === '1' ? 'debug' : 'info');
  return {
    ...logger,
    error: (...args: unknown[]) => {
      const unavailable = args.find((arg) => isDatabaseUnavailable(arg));
      if (!unavailable) return logger.error(...args);
      logger.error(`The database is unavailable: ${lastErrorLine(unavailable)}`);
    },
  };
}

let processPool: ExtractionPool | undefined;

/** The process's pool for API ingestion: its threads do not keep a stopping process alive. */
function sharedExtractionPool(settings: Settings): ExtractionPool {
  processPool ??= new ExtractionPool({
    threads: settings.extractionThreads,
    budgetMs: settings.extractionBudgetMs,
    unref: true,
  });
  return processPool;
}

/** The HTTP application: GraphQL at /graphql, liveness at /health, readiness (database reachable) at /ready. */
export function createApp(options: AppOptions) {
  const settings = options.settings ?? settingsFromEnvironment();
  const {
    prisma,
    graphiql = true,
    readAccess = settings.readAccess,
    cors = settings.corsOrigins ? { origin: settings.corsOrigins, credentials: false } : undefined,
    maxRequestBytes = settings.maxRequestBytes,
    statementTimeoutMs = settings.statementTimeoutMs,
    introspection = settings.introspection,
    isShuttingDown,
    replicas,
    readYourWritesMs = settings.readYourWritesMs,
    rateLimits = settings.rateLimits,
    trustedDocuments = settings.trustedDocuments,
  } = options;
  const pageSizes = { maxPageSize: MAX_PAGE_SIZE, defaultPageSize: DEFAULT_PAGE_SIZE };
  const limited = rateLimits && (rateLimits.requestsPerMinute !== null || rateLimits.costPerMinute !== null);
  const extractionPool = options.extractionPool ? () => options.extractionPool! : () => sharedExtractionPool(settings);
  return createYoga<Record<string, never>, Context>({
    schema,
    logging: serverLogger(),
    context: () => ({ prisma, role: null, keyHash: null, extractionPool }),
    cors: cors === false ? false : cors,
    // Unexpected errors are masked ("Unexpected error."), expected ones are typed results in the schema.
    maskedErrors: { maskError: maskErrorWithTimeouts(statementTimeoutMs) },
    // The page bundles its own assets: it works offline and behind intranets that block CDNs.
    renderGraphiQL,
    // GraphiQL needs introspection: without it, there is no playground either.
    graphiql: graphiql &&
      introspection && {
        title: 'Newsgraph',
        defaultQuery: PLAYGROUND_EXAMPLES[0]!.query,
        defaultTabs: PLAYGROUND_EXAMPLES.map(({ query, variables }) => ({
          query,
          variables: variables && JSON.stringify(variables, null, 2),
        })),
        // GraphiQL sends the CSRF header itself; a key typed into its headers pane is sent too.
        headers: JSON.stringify({ 'x-graphql-yoga-csrf': '1' }),
      },
    landingPage: false,
    // useRequestSizeLimit below does this job (with the limit in its message); yoga's own check pipes
    // every body through a stream transform, which costs more than the rest of a small query's parsing.
    maxRequestBodySize: false,
    plugins: [
      // First, so that it times whole requests and sees every result, refusals included.
      useMetrics({ prisma, replicas }),
      useRequestSizeLimit(maxRequestBytes),
      // A browser may only send us a request it had to preflight (JSON) or one with this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      // Before the trusted documents: a request for an unknown hash counts against the budget too.
      ...(limited ? [useRateLimit(createRateLimiters(rateLimits), pageSizes)] : []),
      ...(trustedDocuments === 'only' ? [useTrustedDocuments()] : []),
      useInputLimits(),
      useTokenLimit(QUERY_LIMITS.tokens),
      ...armorPlugins(undefined, { suggestions: introspection }),
      useIntrospectionControl(introspection),
      usePageSizeLimit(pageSizes),
      useApiKeyAuth({ prisma, readAccess }),
      useInputCostLimit(),
      useWellFormedStrings(),
      ...(replicas?.size ? [useReadRouting({ replicas, readYourWritesMs })] : []),
      useReadiness({ prisma, replicas, isShuttingDown }),
    ],
  });
}
