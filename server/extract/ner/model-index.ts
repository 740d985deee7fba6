/**
 * Feature name → id for a loaded model. Composite features ("b-=the court") are keyed by numbers made
 * from their parts' ids, so tagging never builds those strings, and a part no feature uses (-1) ends
 * the lookup at once.
 */
import { COMPOSITE_TEMPLATES, type CompositeTemplate, type FeatureIndex } from './features.js';

export class ModelFeatureIndex implements FeatureIndex {
  private readonly plain = new Map<string, number>();
  private readonly partIds = new Map<string, number>();
  private readonly composites = Object.fromEntries(COMPOSITE_TEMPLATES.map((t) => [t, new Map<number, number>()])) as Record<CompositeTemplate, Map<number, number>>;
  private readonly partCount: number;

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
    this.partCount = Math.max(1, this.partIds.size);
    for (const [template, parts, id] of pending) {
      const [a, b, c] = parts.map((p) => this.partIds.get(p)!);
      this.composites[template].set(this.key(a, b, c), id);
    }
  }

  id(feature: string): number {
    return this.plain.get(feature) ?? -1;
  }

  partId(part: string): number {
    return this.partIds.get(part) ?? -1;
  }

  composite(template: CompositeTemplate, a: number, b: number, c?: number): number {
    if (a < 0 || b < 0 || c === -1) return -1;
    return this.composites[template].get(this.key(a, b, c)) ?? -1;
  }

  private key(a: number, b: number, c: number | undefined): number {
    const ab = a * this.partCount + b;
    return c === undefined ? ab : ab * this.partCount + c;
  }
}
