/**
 * Titles around a person's name: "Russian President Vladimir Putin" → role "Russian President";
 * "Dmitri Peskov, the president’s spokesman," → role "president’s spokesman". The name span never
 * includes the role.
 */
import { HONORIFICS, RULE_ONLY_TITLE_HEADS, TITLE_HEADS, TITLE_WORDS } from './gazetteers/titles.js';
import { NATIONALITIES } from './gazetteers/places.js';
import type { Token } from './types.js';
import { lowerCase } from './word-shape.js';

/** Lowercase, ’ as ', no final dot: how the title and name lists are keyed. */
export function normalizeWord(word: string): string {
  if (!isAscii(word)) return word.replace(/’/g, "'").toLowerCase().replace(/\.$/, '');
  const lower = lowerCase(word); // ASCII: no ’ to replace
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

export function isTitleHead(word: string): boolean {
  const key = normalizeWord(word);
  return TITLE_HEADS.has(key) || RULE_ONLY_TITLE_HEADS.has(key);
}

export interface RoleMatch {
  role: string;
  /** Index of the first token of the role. */
  firstToken: number;
}

/** Tokens inside another person's name may never be part of a role. */
export type BlockedToken = (index: number) => boolean;

const ROLE_CONNECTORS = new Set(['of', 'for', '&', '-']);
const MAX_ROLE_TOKENS = 8;

/** A capitalized word, or a lowercase word that is part of a title ("former", "foreign"). */
function canBeInRole(token: Token): boolean {
  const word = token.text;
  if (TITLE_WORDS.has(normalizeWord(word)) || NATIONALITIES.has(word)) return true;
  return /^\p{Lu}/u.test(word) && /\p{L}/u.test(word);
}

function separatedBySpace(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 1 && !/\n/.test(gap);
}

/**
 * The role written right before token `nameStart`, if the words there contain a title and the word next
 * to the name is a title word ("German Chancellor", "U.S. Secretary of State", "Kremlin spokesman").
 * Honorifics alone ("Mr.") are not a role.
 */
export function findRoleBefore(
  text: string,
  tokens: Token[],
  nameStart: number,
  blocked: BlockedToken = () => false,
): RoleMatch | undefined {
  if (nameStart === 0) return undefined;
  const adjacent = tokens[nameStart - 1];
  if (!TITLE_WORDS.has(normalizeWord(adjacent.text)) || !separatedBySpace(text, adjacent, tokens[nameStart]))
    return undefined;
  let first = nameStart;
  let sawHead = false;
  for (let i = nameStart - 1; i >= 0 && nameStart - i <= MAX_ROLE_TOKENS; i--) {
    const token = tokens[i];
    if (!separatedBySpace(text, token, tokens[i + 1]) || blocked(i)) break;
    const isConnector = ROLE_CONNECTORS.has(token.text.toLowerCase());
    if (isConnector && i > 0 && canBeInRole(tokens[i - 1]) && !blocked(i - 1)) continue;
    if (isConnector || !canBeInRole(token)) break;
    if (isTitleHead(token.text)) sawHead = true;
    first = i;
  }
  while (first < nameStart && ROLE_CONNECTORS.has(tokens[first].text.toLowerCase())) first++;
  if (!sawHead || first >= nameStart) return undefined;
  const roleTokens = tokens.slice(first, nameStart);
  if (roleTokens.every((t) => HONORIFICS.has(normalizeWord(t.text)))) return undefined;
  // Honorifics right before the name ("Russian President Mr. Putin") are dropped from the role.
  let last = roleTokens.length - 1;
  while (last > 0 && HONORIFICS.has(normalizeWord(roleTokens[last].text))) last--;
  return { role: text.slice(roleTokens[0].start, roleTokens[last].end), firstToken: first };
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const APPOSITION_ENDS = new Set([',', '.', ';', ')', '—', '–']);

/** ", the president’s spokesman," right after a name: the words up to the next comma ending in a title. */
export function findRoleAfter(
  text: string,
  tokens: Token[],
  nameEnd: number,
  blocked: BlockedToken = () => false,
): RoleMatch | undefined {
  if (tokens[nameEnd]?.text !== ',') return undefined;
  let first = nameEnd + 1;
  if (first < tokens.length && DETERMINERS.has(tokens[first].text.toLowerCase())) first++;
  let end = first;
  while (end < tokens.length && end - first < MAX_ROLE_TOKENS && !APPOSITION_ENDS.has(tokens[end].text)) {
    if (blocked(end) || /\n/.test(text.slice(tokens[end - 1].end, tokens[end].start))) return undefined;
    end++;
  }
  if (end === first || (end < tokens.length && !APPOSITION_ENDS.has(tokens[end].text))) return undefined;
  const last = tokens[end - 1];
  if (!isTitleHead(last.text) || (/^\p{Lu}/u.test(last.text) === false && !/^\p{Ll}/u.test(last.text)))
    return undefined;
  return { role: text.slice(tokens[first].start, last.end), firstToken: first };
}
