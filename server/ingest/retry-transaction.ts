// SQLSTATEs after which the same transaction may simply be run again: a deadlock victim, a serialization
// failure, or a unique key that a concurrent ingester committed first.
const RETRYABLE = new Set(['40P01', '40001', '23505']);

/**
 * The SQLSTATE of a `pg` error, or of the driver error inside a Prisma error. The driver's code comes first:
 * a Prisma error's own `code` ("P2010") has the shape of a SQLSTATE but is not one.
 */
export function sqlState(error: unknown): string | undefined {
  const candidate = error as {
    code?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
    cause?: unknown;
  };
  const isPrismaError =
    typeof candidate?.code === 'string' && /^P\d{4}$/.test(candidate.code) && candidate.meta !== undefined;
  const codes = [
    candidate?.meta?.driverAdapterError?.cause?.originalCode,
    candidate?.meta?.code,
    isPrismaError ? undefined : candidate?.code,
  ];
  for (const code of codes) {
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return candidate?.cause ? sqlState(candidate.cause) : undefined;
}

export function isRetryable(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && RETRYABLE.has(state);
}

/**
 * Runs `attempt` (one whole transaction) again when it failed for a reason a second try resolves.
 * @param tries How many times in all. @default 5
 */
export async function retryTransaction<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (round >= tries || !isRetryable(error)) throw error;
      // A little jitter so that two deadlocked ingesters do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * round));
    }
  }
}
