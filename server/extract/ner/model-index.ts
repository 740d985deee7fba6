/**
 * Feature name → id for a loaded model. Composite features ("b-=the court") sit in nested maps keyed by
 * their parts' small integer ids, so tagging never builds those strings (integer keys hash at no cost),
 * and a part no feature uses (-1) ends the lookup at once.
 */
import { COMPOSITE_TEMPLATES, type CompositeTemplate, type FeatureIndex } from './features.js';

type Nested = Map<number, Nested | number>;

export class ModelFeatureIndex implements FeatureIndex {
  private readonly plain = new Map<string, number>();
  private readonly partIds = new Map<string, number>();
  private readonly composites = Object.fromEntries(COMPOSITE_TEMPLATES.map((t) => [t, new Map()])) as Record<CompositeTemplate, Nested>;

  constructor(names: readonly string[]) {
    const templates = new Set<string>(COMPOSITE_TEMPLATES);
    const pending: Array<[CompositeTemplate, string[], number]> = [];
    names.forEach((name, id) => {
      const eq = name.indexOf('=');
      const template = eq > 0 ? name.slice(0, eq) : '';
      if (!templates.has(template)) { this.plain.set(name, id); return; }
      const parts = name.slice(eq + 1).split(' ');
      for (const p of parts) if (!this.partIds.has(p)) this.partIds.set(p, this.partIds.size);
      pending.push([template as CompositeTemplate, parts, id]);
    });
    for (const [template, parts, id] of pending) {
      let level = this.composites[template];
      const ids = parts.map((p) => this.partIds.get(p)!);
      for (let k = 0; k < ids.length - 1; k++) {
        let next = level.get(ids[k]);
        if (!(next instanceof Map)) level.set(ids[k], (next = new Map()));
        level = next;
      }
      level.set(ids[ids.length - 1], id);
    }
  }

  id(feature: string): number {
    return this.plain.get(feature) ?? -1;
  }

  partId(part: string): number {
    return this.partIds.get(part) ?? -1;
  }

  composite(template: CompositeTemplate, a: number, b: number, c?: number): number {
    const first = this.composites[template].get(a);
    if (!(first instanceof Map)) return -1;
    const second = first.get(b);
    if (c === undefined) return typeof second === 'number' ? second : -1;
    if (!(second instanceof Map)) return -1;
    const third = second.get(c);
    return typeof third === 'number' ? third : -1;
  }
}
