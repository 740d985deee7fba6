import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type CORSOptions } from 'graphql-yoga';
import type { PrismaClient } from './db/prisma-client.js';
import { useApiKeyAuth, type ReadAccess } from './plugins/api-key-auth.js';
import { armorPlugins, QUERY_LIMITS } from './plugins/armor.js';
import { maskErrorWithTimeouts } from './plugins/mask-error.js';
import { usePageSizeLimit } from './plugins/page-size-limit.js';
import { MAX_REQUEST_BYTES, useRequestSizeLimit } from './plugins/request-size-limit.js';
import { useTokenLimit } from './plugins/token-limit.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';
import type { Context } from './schema/context.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  prisma: PrismaClient;
  /** Serve GraphiQL on GET /graphql from a browser. @default true */
  graphiql?: boolean;
  /** Whether reads need an API key. @default process.env.NEWSGRAPH_READ_ACCESS ?? 'open' */
  readAccess?: ReadAccess;
  /** Browser origins allowed to call the API, or false for none. @default NEWSGRAPH_CORS_ORIGINS (comma-separated), else any origin */
  cors?: CORSOptions | false;
  /** Largest request body accepted, in bytes. @default 10 000 000 */
  maxRequestBytes?: number;
  /** The statement timeout the Prisma client was created with, for the message of a timed-out query. @default 15000 */
  statementTimeoutMs?: number;
}

/** CORS from the environment: a comma-separated list of origins, or yoga's default (any origin; keys are headers, not cookies). */
function corsFromEnvironment(): CORSOptions | undefined {
  const origins = process.env.NEWSGRAPH_CORS_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return origins?.length ? { origin: origins, credentials: false } : undefined;
}

/** The HTTP application: GraphQL at /graphql, liveness at /health, readiness (database reachable) at /ready. */
export function createApp({
  prisma,
  graphiql = true,
  readAccess = process.env.NEWSGRAPH_READ_ACCESS === 'key' ? 'key' : 'open',
  cors = corsFromEnvironment(),
  maxRequestBytes = MAX_REQUEST_BYTES,
  statementTimeoutMs = 15_000,
}: AppOptions) {
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => ({ prisma, role: null }),
    cors: cors === false ? false : cors,
    // Unexpected errors are masked ("Unexpected error."), expected ones are typed results in the schema.
    maskedErrors: { maskError: maskErrorWithTimeouts(statementTimeoutMs) },
    // The page bundles its own assets: it works offline and behind intranets that block CDNs.
    renderGraphiQL,
    graphiql: graphiql && {
      title: 'Newsgraph',
      defaultQuery: PLAYGROUND_EXAMPLES[0]!.query,
      defaultTabs: PLAYGROUND_EXAMPLES.map(({ query, variables }) => ({ query, variables: variables && JSON.stringify(variables, null, 2) })),
      // GraphiQL sends the CSRF header itself; a key typed into its headers pane is sent too.
      headers: JSON.stringify({ 'x-graphql-yoga-csrf': '1' }),
    },
    landingPage: false,
    plugins: [
      useRequestSizeLimit(maxRequestBytes),
      // A browser may only send us a request it had to preflight (JSON) or one with this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useTokenLimit(QUERY_LIMITS.tokens),
      ...armorPlugins(),
      usePageSizeLimit(),
      useApiKeyAuth({ prisma, readAccess }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await prisma.$queryRaw`SELECT 1`;
        },
      }),
    ],
  });
}
