/**
 * A rule-only recognizer: capitalized runs classified by gazetteers. It is what answers when the
 * statistical model cannot be loaded, so extraction never stops for a missing weights file.
 */
import { FIRST_NAMES, NAME_PARTICLES } from './gazetteers/first-names.js';
import { INSTITUTION_KEYS, ORGANIZATION_HEADS } from './gazetteers/institutions.js';
import { NATIONALITIES, PLACES } from './gazetteers/places.js';
import { findRoleBefore, isTitleHead, normalizeWord } from './roles.js';
import { tokenize } from './tokenize.js';
import type { EntityLabel, EntitySpan, Token } from './types.js';
import { hasLineBreak } from './sentence-splitter.js';

// Capitalized only because they open a sentence or a quote.
const FUNCTION_WORDS = new Set(
  `the a an in on at of for to from by with and but or if as when while after before this that these those
  it its he she they we i you his her their our my your there here what who why how where which some many
  most more no not all each every one two three yesterday today tomorrow monday tuesday wednesday thursday
  friday saturday sunday january february march april may june july august september october november december
  read said says also however meanwhile still yet so then now just according earlier later last next`.split(/\s+/),
);

function isCapitalized(token: Token): boolean {
  // "al-Assad", "bin-Salman": a lowercase particle glued to a capitalized name.
  return /^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text);
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  return /^[.!?:;"“”‘'(\[—–-]$/.test(tokens[i - 1].text) || tokens[i - 1].text === '...';
}

export function recognizeHeuristically(text: string): EntitySpan[] {
  const tokens = tokenize(text);
  const spans: EntitySpan[] = [];
  const knownPeople = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && !hasLineBreak(text, tokens[end - 1].end, tokens[end].start)) {
      if (isCapitalized(tokens[end]) && !/^['’]/.test(tokens[end].text)) {
        end++;
        continue;
      }
      const joiner = tokens[end].text.toLowerCase();
      if (
        (NAME_PARTICLES.has(joiner) || joiner === 'of') &&
        end + 1 < tokens.length &&
        isCapitalized(tokens[end + 1]) &&
        !hasLineBreak(text, tokens[end].end, tokens[end + 1].start)
      ) {
        end += 2;
        continue;
      }
      break;
    }
    let start = i;
    while (
      start < end &&
      isSentenceStart(tokens, i) &&
      start === i &&
      FUNCTION_WORDS.has(tokens[start].text.toLowerCase())
    )
      start++;
    // Titles and nationality words before a person are a role, not part of the name.
    while (
      start < end - 1 &&
      (isTitleHead(tokens[start].text) ||
        NATIONALITIES.has(tokens[start].text) ||
        FUNCTION_WORDS.has(tokens[start].text.toLowerCase()))
    )
      start++;
    if (start < end) classifyRun(text, tokens, start, end, spans, knownPeople);
    i = end;
  }
  return spans;
}

function classifyRun(
  text: string,
  tokens: Token[],
  start: number,
  end: number,
  out: EntitySpan[],
  knownPeople: Set<string>,
): void {
  const words = tokens.slice(start, end).map((t) => t.text);
  const phrase = words.join(' ');
  const key = phrase.toLowerCase();
  const last = normalizeWord(words[words.length - 1]);
  let label: EntityLabel | undefined;
  if (INSTITUTION_KEYS.has(key)) label = 'ORGANIZATION';
  else if (PLACES.has(phrase)) label = 'LOCATION';
  else if (words.length === 1 && NATIONALITIES.has(phrase)) label = 'MISC';
  else if (ORGANIZATION_HEADS.has(last) && words.length > 1) label = 'ORGANIZATION';
  else if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(phrase)) label = 'ORGANIZATION';
  else if (FIRST_NAMES.has(words[0]) || findRoleBefore(text, tokens, start) || knownPeople.has(phrase))
    label = 'PERSON';
  else if (words.length >= 2 && words.length <= 3) label = 'PERSON';
  if (!label) return;
  const span: EntitySpan = { label, start: tokens[start].start, end: tokens[end - 1].end, text: '' };
  span.text = text.slice(span.start, span.end);
  if (label === 'PERSON') {
    for (const w of words) knownPeople.add(w);
    const role = findRoleBefore(text, tokens, start);
    if (role) span.role = role.role;
  }
  out.push(span);
}
