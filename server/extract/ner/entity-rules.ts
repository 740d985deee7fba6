/**
 * Rules applied to the model's entities, where rules know better than CoNLL-trained weights:
 * titles are moved out of person names into `role`; possessives, articles and stray punctuation are
 * trimmed; forced institution names become ORGANIZATION; "al-" and "van" name parts are joined.
 */
import { NAME_PARTICLES } from './gazetteers/first-names.js';
import { FORCED_ORGANIZATIONS } from './gazetteers/forced-organizations.js';
import { HONORIFICS } from './gazetteers/titles.js';
import { GazetteerMatcher } from './gazetteer-matcher.js';
import { findRoleBefore, findRoleAfter, isTitleHead, normalizeWord } from './roles.js';
import type { EntityType } from './tags.js';
import type { Token } from './types.js';

/** An entity over document tokens [start, end). */
export interface TokenEntity {
  type: EntityType;
  start: number;
  end: number;
  role?: string;
}

const forcedOrganizations = new GazetteerMatcher(FORCED_ORGANIZATIONS);
const POSSESSIVES = new Set(["'s", '’s', "'S", '’S', "'", '’']);

/** `sentences`: token ranges from the sentence splitter; `entities`: the model's, sorted by start. */
export function applyEntityRules(text: string, tokens: Token[], sentences: Array<[number, number]>, entities: TokenEntity[]): TokenEntity[] {
  let out = entities.map(trimEdges(tokens)).filter((e): e is TokenEntity => e !== undefined);
  out = forceOrganizations(tokens, sentences, out);
  out = joinNameParts(tokens, out);
  out = out.map((e) => (e.type === 'PER' ? stripTitles(tokens, e) : e)).filter((e): e is TokenEntity => e !== undefined);
  out = removeOverlaps(out);
  attachRoles(text, tokens, out);
  return out;
}

/** Possessive endings, punctuation and a lowercase "the" never belong to a name. */
function trimEdges(tokens: Token[]) {
  return (e: TokenEntity): TokenEntity | undefined => {
    let { start, end } = e;
    while (end > start && (POSSESSIVES.has(tokens[end - 1].text) || !/[\p{L}\p{N}]/u.test(tokens[end - 1].text))) end--;
    while (start < end && (tokens[start].text === 'the' || !/[\p{L}\p{N}]/u.test(tokens[start].text))) start++;
    return start < end ? { ...e, start, end } : undefined;
  };
}

/**
 * Each forced name found in a sentence becomes an ORGANIZATION; a longer ORGANIZATION the model found
 * around it ("U.N. Security Council" around "Security Council") is kept instead.
 */
function forceOrganizations(tokens: Token[], sentences: Array<[number, number]>, entities: TokenEntity[]): TokenEntity[] {
  const added: TokenEntity[] = [];
  for (const [from, to] of sentences) {
    const words = tokens.slice(from, to).map((t) => t.text);
    for (const m of forcedOrganizations.findAll(words)) {
      const start = from + m.start;
      const end = from + m.end;
      const covering = entities.find((e) => e.start <= start && e.end >= end && e.type === 'ORG');
      if (covering) continue;
      // A capitalized word glued to the match on either side means a longer name ("Security Council Report").
      const crossing = entities.some((e) => e.start < end && e.end > start && (e.start < start || e.end > end) && e.type !== 'LOC' && e.type !== 'MISC');
      if (crossing) continue;
      added.push({ type: 'ORG', start, end });
    }
  }
  if (added.length === 0) return entities;
  const kept = entities.filter((e) => !added.some((a) => a.start < e.end && a.end > e.start));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** "Bashar" + "al-Assad", "Ludwig" + "van" + "Beethoven": a person's name goes on over these. */
function joinNameParts(tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const out: TokenEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = { ...entities[k] };
    if (e.type === 'PER') {
      for (;;) {
        const next = tokens[e.end];
        if (!next || next.start !== tokens[e.end - 1].end + 1) break;
        if (/^\p{Ll}{1,3}-\p{Lu}/u.test(next.text)) { e.end++; continue; }
        const after = tokens[e.end + 1];
        if (NAME_PARTICLES.has(next.text) && after && /^\p{Lu}/u.test(after.text) && after.start === next.end + 1) {
          e.end += 2;
          continue;
        }
        break;
      }
      // Swallow a following entity the join now overlaps ("Beethoven" tagged separately).
      while (k + 1 < entities.length && entities[k + 1].start < e.end) {
        e.end = Math.max(e.end, entities[k + 1].end);
        k++;
      }
    }
    out.push(e);
  }
  return out;
}

/** "President Putin" → "Putin": title words at the front of a person's name go (the role keeps them). */
function stripTitles(tokens: Token[], e: TokenEntity): TokenEntity | undefined {
  let start = e.start;
  while (start < e.end - 1 && (isTitleHead(tokens[start].text) || HONORIFICS.has(normalizeWord(tokens[start].text)))) start++;
  return { ...e, start };
}

function removeOverlaps(entities: TokenEntity[]): TokenEntity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TokenEntity[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

/** Roles before the name ("German Chancellor"), else in an apposition after it (", the president's spokesman,"). */
function attachRoles(text: string, tokens: Token[], entities: TokenEntity[]): void {
  const inPerson = new Uint8Array(tokens.length);
  for (const e of entities) if (e.type === 'PER') inPerson.fill(1, e.start, e.end);
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const role = findRoleBefore(text, tokens, e.start, (i) => inPerson[i] === 1) ?? findRoleAfter(text, tokens, e.end, (i) => inPerson[i] === 1);
    if (role) e.role = role.role;
  }
}
