import { createApp } from '../../server/app.js';
import type { PrismaClient } from '../../server/db/prisma-client.js';

/** Runs GraphQL through the real HTTP application in-process (no socket) and returns the parsed body. */
export function graphqlCaller(prisma: PrismaClient) {
  const app = createApp({ prisma });
  return async function graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as { data?: T; errors?: { message: string }[] }) };
  };
}
