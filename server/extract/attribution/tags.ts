/**
 * BIO tags of the attribution labeller: the cue ("said", "according to"), the source ("the
 * minister") and the content (what was said or thought) of an attribution.
 */
export const ATTRIBUTION_TAGS = ['O', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;
export const TAG_COUNT = ATTRIBUTION_TAGS.length;
export const OUTSIDE = 0;

export type SpanRole = 'CUE' | 'SRC' | 'CON';
export const ROLES: readonly SpanRole[] = ['CUE', 'SRC', 'CON'];

/** The B- tag of a role; its I- tag is one more. */
export function beginTag(role: SpanRole): number {
  return 1 + 2 * ROLES.indexOf(role);
}

export function roleOf(tag: number): SpanRole | null {
  return tag === OUTSIDE ? null : ROLES[(tag - 1) >> 1];
}

export function isInside(tag: number): boolean {
  return tag !== OUTSIDE && (tag - 1) % 2 === 1;
}

/** I-x only continues B-x or I-x (from -1: the sentence start). */
export function isAllowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from >= 0 && roleOf(from) === roleOf(to);
}
