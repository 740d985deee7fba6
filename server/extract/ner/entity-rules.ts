/**
 * Rules applied to the model's entities, where rules know better than CoNLL-trained weights:
 * possessives, a lowercase "the" and stray punctuation are trimmed; one-word names get one type per
 * article; forced institution names become ORGANIZATION; "al-" and "van" name parts are joined;
 * surnames of people named in full, and well-known people, are PERSON; titles are moved out of
 * person names into `role`.
 */
import { FIRST_NAMES, NAME_PARTICLES } from './gazetteers/first-names.js';
import { FORCED_ORGANIZATIONS } from './gazetteers/forced-organizations.js';
import { COMPANY_NAME_ENDINGS, ORGANIZATION_HEADS } from './gazetteers/institutions.js';
import { KNOWN_SURNAMES } from './gazetteers/known-people.js';
import { NOT_NAMES, SENTENCE_OPENERS } from './gazetteers/not-names.js';
import { HONORIFICS } from './gazetteers/titles.js';
import { GazetteerMatcher, matchKey } from './gazetteer-matcher.js';
import { findRoleBefore, findRoleAfter, isTitleHead, normalizeWord } from './roles.js';
import type { EntityType } from './tags.js';
import type { Token } from './types.js';
import { casingClass, hasAsciiLowercase, titleCase } from './word-shape.js';

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
export function applyEntityRules(
  text: string,
  tokens: Token[],
  sentences: Array<[number, number]>,
  entities: TokenEntity[],
): TokenEntity[] {
  let out = entities
    .map(trimEdges(tokens))
    .filter((e): e is TokenEntity => e !== undefined && !isNotAName(tokens, e) && !isHandle(text, tokens, e));
  out = trimSentenceOpeners(tokens, sentences, out);
  out = makeConsistent(tokens, out);
  out = forceOrganizations(tokens, sentences, out);
  out = joinNameParts(text, tokens, out);
  out = propagateSurnames(tokens, out);
  out = markKnownPeople(tokens, out);
  out = shortOrganizationNames(tokens, out);
  out = out.map((e) => companyByNameEnding(tokens, e));
  out = out.map((e) => splitTitledName(tokens, e));
  out = out.map((e) => (e.type === 'PER' ? stripTitles(tokens, e) : e));
  out = removeOverlaps(out);
  attachRoles(text, tokens, out);
  return out;
}

/** "Lighthouse Robotics said ...": a two-word capitalized run the model read as a person, ending like a company. */
function companyByNameEnding(tokens: Token[], e: TokenEntity): TokenEntity {
  if (e.type !== 'PER' || e.end - e.start < 2) return e;
  return COMPANY_NAME_ENDINGS.has(normalizeWord(tokens[e.end - 1].text))
    ? { type: 'ORG', start: e.start, end: e.end }
    : e;
}

/** Possessive endings, punctuation and a lowercase "the" never belong to a name (a closing bracket may: "Zeleznik (B)"). */
function trimEdges(tokens: Token[]) {
  return (e: TokenEntity): TokenEntity | undefined => {
    let { start, end } = e;
    while (end > start && (POSSESSIVES.has(tokens[end - 1].text) || !/[\p{L}\p{N}]/u.test(tokens[end - 1].text))) {
      if (tokens[end - 1].text === ')' && tokens.slice(start, end - 1).some((t) => t.text === '(')) break;
      end--;
    }
    while (start < end && (tokens[start].text === 'the' || !/[\p{L}\p{N}]/u.test(tokens[start].text))) start++;
    return start < end ? { ...e, start, end } : undefined;
  };
}

function isNotAName(tokens: Token[], e: TokenEntity): boolean {
  return e.end - e.start === 1 && NOT_NAMES.has(normalizeWord(tokens[e.start].text));
}

/** "@JoeBiden", "#BlackLivesMatter": a handle or hashtag is an address, not a name as written. */
function isHandle(text: string, tokens: Token[], e: TokenEntity): boolean {
  const before = text.charCodeAt(tokens[e.start].start - 1);
  return before === 64 || before === 35;
}

/**
 * "Like Biden, …", "Meanwhile Trump says …": a sentence's first word, capitalized only because it
 * starts the sentence, is not part of the name that follows it, unless the article also writes the
 * same name with that word where no sentence starts ("… backed by Our Revolution").
 */
function trimSentenceOpeners(
  tokens: Token[],
  sentences: Array<[number, number]>,
  entities: TokenEntity[],
): TokenEntity[] {
  const opensSentence = new Uint8Array(tokens.length);
  for (const [from, to] of sentences) {
    let first = from;
    // Past opening quotes and brackets: '"Like Biden, …' starts a sentence too.
    while (first < to - 1 && !/[\p{L}\p{N}]/u.test(tokens[first].text)) first++;
    opensSentence[first] = 1;
  }
  const words = (e: TokenEntity) =>
    tokens
      .slice(e.start, e.end)
      .map((t) => t.text)
      .join(' ');
  let confirmed: Set<string> | undefined;
  return entities.map((e) => {
    if (e.end - e.start < 2 || !opensSentence[e.start]) return e;
    if (!SENTENCE_OPENERS.has(tokens[e.start].text.toLowerCase())) return e;
    confirmed ??= new Set(entities.filter((other) => !opensSentence[other.start]).map(words));
    return confirmed.has(words(e)) ? e : { ...e, start: e.start + 1 };
  });
}

/**
 * A one-word person's name names a person throughout an article, and a word that is mostly not a person
 * is none anywhere: "McConnell" PER four times and ORG once → PER everywhere. Other types may
 * legitimately differ ("Milan" the city, "Milan" the club), so only PER against the rest is voted on.
 * Ties stay as tagged.
 */
function makeConsistent(tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const e of entities) {
    if (e.end - e.start !== 1) continue;
    const key = tokens[e.start].text;
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    votes.set(key, counts);
  }
  return entities.map((e) => {
    const counts = e.end - e.start === 1 ? votes.get(tokens[e.start].text) : undefined;
    if (!counts || counts.size < 2 || !counts.has('PER')) return e;
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked[0][1] === ranked[1][1]) return e;
    const winner = ranked[0][0];
    if (winner === 'PER' && e.type !== 'PER') return { ...e, type: 'PER' };
    if (winner !== 'PER' && e.type === 'PER') return { ...e, type: winner };
    return e;
  });
}

/**
 * Each forced name found in a sentence becomes an ORGANIZATION; a longer ORGANIZATION the model found
 * around it ("U.N. Security Council" around "Security Council") is kept instead.
 */
function forceOrganizations(
  tokens: Token[],
  sentences: Array<[number, number]>,
  entities: TokenEntity[],
): TokenEntity[] {
  const added: TokenEntity[] = [];
  const keys = tokens.map((t) => matchKey(t.text));
  for (const [from, to] of sentences) {
    // Matches within the sentence, left to right, longest first (GazetteerMatcher.findAll).
    for (let i = from; i < to; i++) {
      const m = forcedOrganizations.longestMatchAt(keys, i, to);
      if (!m) continue;
      i = m.end - 1;
      const { start, end } = m;
      if (
        !capitalizedLike(
          m.entry,
          tokens.slice(start, end).map((t) => t.text),
        )
      )
        continue;
      const covering = entities.find((e) => e.start <= start && e.end >= end && e.type === 'ORG');
      if (covering) continue;
      // A capitalized word glued to the match on either side means a longer name ("Security Council Report").
      const crossing = entities.some(
        (e) =>
          e.start < end && e.end > start && (e.start < start || e.end > end) && e.type !== 'LOC' && e.type !== 'MISC',
      );
      if (crossing) continue;
      added.push({ type: 'ORG', start, end });
    }
  }
  if (added.length === 0) return entities;
  const kept = entities.filter((e) => !added.some((a) => a.start < e.end && a.end > e.start));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** "foreign ministry" is not the "Foreign Ministry": capitalized words of the entry must be capitalized in the text. */
function capitalizedLike(entry: string, words: string[]): boolean {
  return entry.split(' ').every((w, k) => !/^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(words[k]));
}

/** "Bashar" + "al-Assad", "Ludwig" + "van" + "Beethoven": a person's name goes on over these. */
function joinNameParts(text: string, tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const spaced = (from: number, to: number) => to === from + 1 && text.charCodeAt(from) === 32;
  const out: TokenEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = { ...entities[k] };
    if (e.type === 'PER') {
      for (;;) {
        const next = tokens[e.end];
        if (!next || !spaced(tokens[e.end - 1].end, next.start)) break;
        if (/^\p{Ll}{1,3}-\p{Lu}/u.test(next.text)) {
          e.end++;
          continue;
        }
        const after = tokens[e.end + 1];
        if (NAME_PARTICLES.has(next.text) && after && /^\p{Lu}/u.test(after.text) && spaced(next.end, after.start)) {
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

/**
 * Once an article has named "Alexander Lukashenko", a later "Lukashenko" alone is that person too,
 * whether the model left it out or took it for something else.
 */
function propagateSurnames(tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type === 'PER' && e.end - e.start >= 2) surnames.add(tokens[e.end - 1].text);
  }
  if (surnames.size === 0) return entities;
  // "Merkel" as written in the text, or "MERKEL" in a headline.
  const isSurname = (word: string) =>
    (surnames.has(word) && /^\p{Lu}\p{Ll}/u.test(word)) || (writtenInCapitals(word) && surnames.has(titleCase(word)));
  const covered = new Uint8Array(tokens.length);
  for (const e of entities) covered.fill(1, e.start, e.end);
  const out = entities.map((e) =>
    e.type !== 'PER' && e.end - e.start === 1 && isSurname(tokens[e.start].text) ? { ...e, type: 'PER' as const } : e,
  );
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i] && isSurname(tokens[i].text)) out.push({ type: 'PER', start: i, end: i + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** casingClass(word) === 'all-caps', with the usual answer (a lowercase letter: no) found first. */
function writtenInCapitals(word: string): boolean {
  return !hasAsciiLowercase(word) && casingClass(word) === 'all-caps';
}

/** "Trump", "Obama" alone: people the 1996 training text never saw (see gazetteers/known-people.ts). */
function markKnownPeople(tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const isKnown = (word: string) =>
    KNOWN_SURNAMES.has(word) || (writtenInCapitals(word) && KNOWN_SURNAMES.has(titleCase(word)));
  const covered = new Uint8Array(tokens.length);
  for (const e of entities) covered.fill(1, e.start, e.end);
  const out = entities.map((e) =>
    e.type !== 'PER' && e.end - e.start === 1 && isKnown(tokens[e.start].text) ? { ...e, type: 'PER' as const } : e,
  );
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    // Not when a capitalized word follows: "Kennedy Center", "Trump Tower" are other things.
    if (covered[i] || !isKnown(tokens[i].text) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    out.push({ type: 'PER', start: i, end: i + 1 });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Once an article has named "Pirelli SpA", "Ruch Chorzow" or "Boatmen 's Bancshares Inc.", the same
 * name cut short ("Pirelli", "Ruch", "Boatmen 's") is that organization too, where the model took it
 * for a person. Not a name a person in the article ends with, a well-known person's, or a first name
 * ("Trump" of "Trump Organization", "Walt" of "Walt Disney Co").
 */
function shortOrganizationNames(tokens: Token[], entities: TokenEntity[]): TokenEntity[] {
  const words = (start: number, end: number) =>
    tokens
      .slice(start, end)
      .map((t) => t.text)
      .join(' ');
  const surnames = new Set<string>();
  for (const e of entities) if (e.type === 'PER' && e.end - e.start >= 2) surnames.add(tokens[e.end - 1].text);
  const shortNames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'ORG' || e.end - e.start < 2) continue;
    for (let end = e.start + 1; end < e.end; end++) {
      const last = tokens[end - 1].text;
      if (!/^\p{Lu}/u.test(tokens[e.start].text) || !/[\p{L}]/u.test(last)) continue;
      shortNames.add(words(e.start, end));
      // "Boatmen 's Bancshares": the short name keeps its possessive.
      if (POSSESSIVES.has(tokens[end]?.text ?? '')) shortNames.add(words(e.start, end + 1));
    }
  }
  if (shortNames.size === 0) return entities;
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    const first = tokens[e.start].text;
    if (surnames.has(tokens[e.end - 1].text) || KNOWN_SURNAMES.has(first) || FIRST_NAMES.has(first)) return e;
    return shortNames.has(words(e.start, e.end)) ? { ...e, type: 'ORG' as const } : e;
  });
}

/**
 * "Chief of Staff Mick Mulvaney" read as one organization: when an ORG or MISC ends in a title followed
 * by two or more capitalized words that name no organization, those words are a person.
 */
function splitTitledName(tokens: Token[], e: TokenEntity): TokenEntity {
  if (e.type !== 'ORG' && e.type !== 'MISC') return e;
  for (let k = e.start; k < e.end - 2; k++) {
    if (!isTitleHead(tokens[k].text)) continue;
    const rest = tokens.slice(k + 1, e.end);
    if (
      rest.every(
        (t) => /^\p{Lu}/u.test(t.text) && !ORGANIZATION_HEADS.has(normalizeWord(t.text)) && !isTitleHead(t.text),
      )
    ) {
      return { type: 'PER', start: k + 1, end: e.end };
    }
  }
  return e;
}

/** "President Putin" → "Putin": title words at the front of a person's name go (the role keeps them). */
function stripTitles(tokens: Token[], e: TokenEntity): TokenEntity {
  let start = e.start;
  while (start < e.end - 1 && (isTitleHead(tokens[start].text) || HONORIFICS.has(normalizeWord(tokens[start].text))))
    start++;
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
    const role =
      findRoleBefore(text, tokens, e.start, (i) => inPerson[i] === 1) ??
      findRoleAfter(text, tokens, e.end, (i) => inPerson[i] === 1);
    if (role) e.role = role.role;
  }
}
