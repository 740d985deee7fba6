/**
 * The tag set of the sequence model: BILOU over the four CoNLL types (BILOU separates
 * single-word entities and entity ends, which helps a linear model), plus the allowed transitions.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAGS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

export function tagIndex(tag: string): number {
  const i = TAGS.indexOf(tag);
  if (i < 0) throw new Error(`unknown tag ${tag}`);
  return i;
}

function prefixOf(tag: number): string {
  return TAGS[tag][0];
}
function typeOf(tag: number): string {
  return TAGS[tag].slice(2);
}

/** Whether tag `to` may follow tag `from` (`from` = -1 at the sentence start; `to` = -1 at its end). */
export function isAllowedTransition(from: number, to: number): boolean {
  const fromOpen = from >= 0 && (prefixOf(from) === 'B' || prefixOf(from) === 'I');
  const toContinues = to >= 0 && (prefixOf(to) === 'I' || prefixOf(to) === 'L');
  if (fromOpen) return toContinues && typeOf(from) === typeOf(to);
  return !toContinues;
}

export interface TypedRange {
  type: EntityType;
  /** First token, inclusive. */
  start: number;
  /** Last token, exclusive. */
  end: number;
}

/** Entity ranges from the first `length` tags of a BILOU sequence (lenient: a stray I/L opens an entity). */
export function rangesFromTags(tags: ArrayLike<number>, length = tags.length): TypedRange[] {
  const out: TypedRange[] = [];
  let open: TypedRange | undefined;
  for (let i = 0; i < length; i++) {
    const tag = tags[i];
    if (tag === OUTSIDE) {
      open = undefined;
      continue;
    }
    const p = prefixOf(tag);
    const type = typeOf(tag) as EntityType;
    if (p === 'B' || p === 'U' || !open || open.type !== type) {
      open = { type, start: i, end: i + 1 };
      out.push(open);
    } else {
      open.end = i + 1;
    }
    if (p === 'L' || p === 'U') open = undefined;
  }
  return out;
}

/** BILOU tags for the given ranges over `length` tokens. */
export function tagsFromRanges(ranges: TypedRange[], length: number): number[] {
  const tags = new Array<number>(length).fill(OUTSIDE);
  for (const r of ranges) {
    if (r.end - r.start === 1) {
      tags[r.start] = tagIndex(`U-${r.type}`);
      continue;
    }
    tags[r.start] = tagIndex(`B-${r.type}`);
    for (let i = r.start + 1; i < r.end - 1; i++) tags[i] = tagIndex(`I-${r.type}`);
    tags[r.end - 1] = tagIndex(`L-${r.type}`);
  }
  return tags;
}
