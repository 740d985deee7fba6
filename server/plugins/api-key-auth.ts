import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hashKey, roleForKey } from '../auth/api-keys.js';
import { presentedKey } from '../auth/presented-key.js';
import type { PrismaClient } from '../db/prisma-client.js';
import type { Role } from '../auth/role.js';

/** Who may read: anyone (the default), or only holders of a key. */
export type ReadAccess = 'open' | 'key';

function refusal(message: string, status: 401 | 403): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      http: { status, headers: status === 401 ? { 'WWW-Authenticate': 'Bearer realm="newsgraph"' } : {} },
    },
  });
}

/**
 * Puts the request's role in the context, and refuses before anything runs: a key that is unknown or
 * revoked (401), a mutation without a key (401) or with a READER key (403), and a read without a key
 * when reads need one. The key itself is never logged or echoed.
 */
export function useApiKeyAuth({
  prisma,
  readAccess,
}: {
  prisma: PrismaClient;
  readAccess: ReadAccess;
}): Plugin<{ role: Role | null; keyHash: string | null }> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const key = presentedKey((context as unknown as { request: Request }).request);
      if (key === undefined) return extendContext({ role: null, keyHash: null });
      if (key === null)
        throw refusal('The Authorization header must be "Bearer <key>" (or send the key as "X-Api-Key: <key>").', 401);
      const role = await roleForKey(prisma, key);
      if (!role) throw refusal('The API key is not valid: it is unknown or was revoked.', 401);
      extendContext({ role, keyHash: hashKey(key) });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const role = (args.contextValue as { role?: Role | null }).role ?? null;
      if (operation === 'mutation' && role !== 'EDITOR') {
        setResultAndStopExecution({
          errors: [
            role === null
              ? refusal('Writing needs an API key with the EDITOR role: send it as "Authorization: Bearer <key>".', 401)
              : refusal('This API key has the READER role; writing needs one with the EDITOR role.', 403),
          ],
        });
      } else if (readAccess === 'key' && role === null) {
        setResultAndStopExecution({
          errors: [refusal('Reading needs an API key on this server: send it as "Authorization: Bearer <key>".', 401)],
        });
      }
    },
  };
}
