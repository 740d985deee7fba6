/**
 * Feature name → id for a loaded model. Composite features ("b-=the court") are found by their parts'
 * small integer ids, so tagging never builds those strings. Each template numbers the parts it uses
 * at each position on its own, so a feature's whole key (a * n1 + b) * n2 + c is a small integer
 * (integer keys hash at no cost), and a part no feature of the template uses there (-1) ends the
 * lookup at once.
 */
import { COMPOSITE_TEMPLATES, type CompositeTemplate, type FeatureIndex } from './features.js';

/** How many parts `visit` passes for each template. */
const ARITY: Record<CompositeTemplate, 2 | 3> = { 'b-': 2, 'b+': 2, s3: 3, d: 3 };

type Nested = Map<number, Nested | number>;

/** One template's features: per position, global part id → local number (-1: unused there). */
interface TemplateTable {
  positions: Int32Array[];
  /** Local numbers per position: the radix of the key. */
  sizes: number[];
  ids: IntTable;
}

/**
 * Non-negative integer keys → feature ids, by open addressing in two typed arrays: a lookup reads one
 * or two neighbouring slots, where a Map walks its buckets and entries.
 */
class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: ReadonlyArray<readonly [number, number]>) {
    const bits = Math.max(4, Math.ceil(Math.log2(entries.length * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    for (const [key, value] of entries) {
      let slot = this.slotOf(key);
      while (this.keys[slot] >= 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    const keys = this.keys;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found < 0) return -1;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift; // Fibonacci hashing
  }
}

export class ModelFeatureIndex implements FeatureIndex {
  /**
   * Plain features "template=value" by value, then template (names with no "=" under template ""):
   * a new word looks its lowercase form up under seven templates, and finds them all in one place.
   */
  private readonly plain = new Map<string, Map<string, number>>();
  private readonly partIds = new Map<string, number>();
  private readonly tables: Record<CompositeTemplate, TemplateTable>;

  constructor(names: readonly string[]) {
    const nested = this.readNames(names);
    this.tables = Object.fromEntries(
      COMPOSITE_TEMPLATES.map((t) => [t, flatten(nested[t], ARITY[t], this.partIds.size)]),
    ) as Record<CompositeTemplate, TemplateTable>;
  }

  id(feature: string): number {
    const eq = feature.indexOf('=');
    return eq > 0 ? this.featureId(feature.slice(0, eq), feature.slice(eq + 1)) : this.featureId('', feature);
  }

  featureId(template: string, value: string): number {
    return this.plain.get(value)?.get(template) ?? -1;
  }

  partId(part: string): number {
    return this.partIds.get(part) ?? -1;
  }

  composite(template: CompositeTemplate, a: number, b: number, c?: number): number {
    const table = this.tables[template];
    if ((c === undefined ? 2 : 3) !== table.positions.length) return -1;
    const key = keyOf(table, a, b, c ?? 0);
    return key < 0 ? -1 : table.ids.get(key);
  }

  /**
   * Plain names into `plain`, split at their first "="; names of a composite template into nested maps keyed by part ids, in
   * name order. A template name whose part count does not fit ("s3=ing", the 3-letter suffix,
   * shares the prefix of the shape trigram) lands in those maps too and may hide or be hidden by
   * a composite feature: the nested maps decide what is reachable, exactly as lookups always did.
   */
  private readNames(names: readonly string[]): Record<CompositeTemplate, Nested> {
    const templates = new Set<string>(COMPOSITE_TEMPLATES);
    const nested = Object.fromEntries(COMPOSITE_TEMPLATES.map((t) => [t, new Map()])) as Record<
      CompositeTemplate,
      Nested
    >;
    const pending: Array<[CompositeTemplate, string[], number]> = [];
    names.forEach((name, id) => {
      const eq = name.indexOf('=');
      const template = eq > 0 ? name.slice(0, eq) : '';
      if (!templates.has(template)) {
        const [key, value] = eq > 0 ? [template, name.slice(eq + 1)] : ['', name];
        let ids = this.plain.get(value);
        if (!ids) this.plain.set(value, (ids = new Map()));
        ids.set(key, id);
        return;
      }
      const parts = name.slice(eq + 1).split(' ');
      for (const p of parts) if (!this.partIds.has(p)) this.partIds.set(p, this.partIds.size);
      pending.push([template as CompositeTemplate, parts, id]);
    });
    for (const [template, parts, id] of pending) {
      let level = nested[template];
      const ids = parts.map((p) => this.partIds.get(p)!);
      for (let k = 0; k < ids.length - 1; k++) {
        let next = level.get(ids[k]);
        if (!(next instanceof Map)) level.set(ids[k], (next = new Map()));
        level = next;
      }
      level.set(ids[ids.length - 1], id);
    }
    return nested;
  }
}

/** The features a lookup with `arity` parts reaches in the nested maps, keyed by small integers. */
function flatten(root: Nested, arity: 2 | 3, partCount: number): TemplateTable {
  const reachable: Array<[number[], number]> = [];
  const walk = (level: Nested, parts: number[]) => {
    for (const [part, next] of level) {
      const path = [...parts, part];
      if (path.length === arity) {
        if (typeof next === 'number') reachable.push([path, next]);
      } else if (next instanceof Map) walk(next, path);
    }
  };
  walk(root, []);
  const positions = Array.from({ length: arity }, () => new Int32Array(partCount).fill(-1));
  const sizes = new Array<number>(arity).fill(0);
  for (const [parts] of reachable)
    parts.forEach((part, k) => {
      if (positions[k][part] < 0) positions[k][part] = sizes[k]++;
    });
  if (sizes.reduce((product, size) => product * Math.max(1, size), 1) >= 2 ** 30)
    throw new Error('NER model: composite keys too large');
  const keyed = { positions, sizes };
  return {
    positions,
    sizes,
    ids: new IntTable(reachable.map(([parts, id]) => [keyOf(keyed, parts[0], parts[1], parts[2] ?? 0), id] as const)),
  };
}

/** The template's integer key for these parts, or -1 when one of them never takes its position. */
function keyOf(table: Pick<TemplateTable, 'positions' | 'sizes'>, a: number, b: number, c: number): number {
  if (a < 0 || b < 0 || c < 0) return -1;
  const la = table.positions[0][a];
  const lb = table.positions[1][b];
  if (la < 0 || lb < 0) return -1;
  const pair = la * table.sizes[1] + lb;
  if (table.positions.length === 2) return pair;
  const lc = table.positions[2][c];
  return lc < 0 ? -1 : pair * table.sizes[2] + lc;
}
