import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { PrismaClient } from './db/prisma-client.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  prisma: PrismaClient;
  /** Serve GraphiQL on GET /graphql from a browser. @default true */
  graphiql?: boolean;
}

/** The HTTP application: GraphQL at /graphql, liveness at /health, readiness (database reachable) at /ready. */
export function createApp({ prisma, graphiql = true }: AppOptions) {
  return createYoga({
    schema,
    context: () => ({ prisma }),
    // The page bundles its own assets: it works offline and behind intranets that block CDNs.
    renderGraphiQL,
    graphiql: graphiql && {
      title: 'Newsgraph',
      defaultQuery: PLAYGROUND_EXAMPLES[0]!.query,
      defaultTabs: PLAYGROUND_EXAMPLES.map(({ query }) => ({ query })),
    },
    landingPage: false,
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await prisma.$queryRaw`SELECT 1`;
        },
      }),
    ],
  });
}
