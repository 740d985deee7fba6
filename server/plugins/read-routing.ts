import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ReadReplicas } from '../db/read-replicas.js';
import type { PrismaClient } from '../db/prisma-client.js';

/** A request with `x-newsgraph-consistency: primary` reads from the primary, whatever else holds. */
export const CONSISTENCY_HEADER = 'x-newsgraph-consistency';

/** What this plugin reads and sets in the request's context. */
interface RoutedContext {
  prisma: PrismaClient;
  keyHash: string | null;
  request: Request;
}

export interface ReadRoutingOptions {
  replicas: ReadReplicas;
  /** After a key writes, its reads go to the primary for this long, in milliseconds. @default 10000 */
  readYourWritesMs?: number;
}

/**
 * Sends a request's reads to a read replica when that cannot hide a write from its writer. The context
 * starts on the primary; a query operation moves to a replica unless its request asks for the primary
 * (CONSISTENCY_HEADER) or its API key wrote within `readYourWritesMs` (replication lag is well under a
 * second on a healthy replica). A mutation, and everything it reads, stays on the primary.
 */
export function useReadRouting({ replicas, readYourWritesMs = 10_000 }: ReadRoutingOptions): Plugin {
  /** API key hash -> until when its reads go to the primary. */
  const primaryUntil = new Map<string, number>();
  const wrote = (keyHash: string) => {
    const now = Date.now();
    if (primaryUntil.size > 10_000) for (const [key, until] of primaryUntil) if (until <= now) primaryUntil.delete(key);
    primaryUntil.set(keyHash, now + readYourWritesMs);
  };
  return {
    onExecute({ args }) {
      const context = args.contextValue as unknown as RoutedContext;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation === 'mutation') {
        // The window starts again once the writes are committed, so it covers the replication after them.
        const { keyHash } = context;
        if (!keyHash) return;
        wrote(keyHash);
        return { onExecuteDone: () => wrote(keyHash) };
      }
      const consistency = context.request.headers.get(CONSISTENCY_HEADER)?.trim().toLowerCase();
      if (consistency === 'primary') return;
      if (consistency && consistency !== 'any')
        throw new GraphQLError(
          `The ${CONSISTENCY_HEADER} header must be "primary" or "any", not ${JSON.stringify(consistency.slice(0, 40))}.`,
          {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          },
        );
      if (context.keyHash && (primaryUntil.get(context.keyHash) ?? 0) > Date.now()) return;
      context.prisma = replicas.forReads();
    },
  };
}
