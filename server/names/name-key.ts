/**
 * The key that makes two spellings of a name one entity across articles: accents, case, dots and
 * spacing do not count ("François Hollande" = "Francois  Hollande", "U.N." = "UN").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}
