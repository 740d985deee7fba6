import type { Token } from './tokens.js';
import type { Span } from './types.js';
import {
  DETERMINERS,
  NOUN_PHRASE_STOP,
  PREPOSITIONS,
  SENTENCE_CONNECTORS,
  SUBJECT_PRONOUNS,
  TIME_LEADERS,
  TIME_WORDS,
  VERB_MODIFIERS,
} from './word-classes.js';

/** A noun phrase found next to a cue: where it is, its tokens, and an apposition if one was skipped. */
export interface Phrase extends Span {
  first: number;
  last: number;
  /** ", the president’s spokesman," between the name and the verb. */
  apposition?: Span;
}

/** Tells the phrase rules which tokens belong to a recognised name (so "May" in "Theresa May" is a noun). */
export type InMention = (token: Token) => boolean;

function isPossessiveMark(token: Token): boolean {
  return token.lower === '’s' || token.lower === "'s" || token.lower === '’' || token.lower === "'";
}

/** Nouns and adjectives that end in -ly like adverbs do. */
const LY_NOUNS = new Set([
  'family',
  'ally',
  'rally',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'assembly',
  'supply',
  'reply',
  'anomaly',
  'monopoly',
  'bully',
  'belly',
  'only',
  'early',
  'likely',
  'friendly',
  'elderly',
  'lonely',
  'lovely',
  'costly',
  'deadly',
  'holy',
  'ugly',
  'silly',
  'lowly',
  'burly',
  'curly',
  'manly',
  'orderly',
  'unlikely',
  'timely',
  'homily',
  'melancholy',
]);

export function isAdverb(token: Token): boolean {
  return (
    token.isWord &&
    !token.isCapitalized &&
    token.lower.length > 4 &&
    token.lower.endsWith('ly') &&
    !LY_NOUNS.has(token.lower)
  );
}

/** A word that can end or sit inside a subject noun phrase. */
export function isNominal(token: Token, inMention: InMention): boolean {
  if (inMention(token)) return true;
  if (!token.isWord) return false;
  if (NOUN_PHRASE_STOP.has(token.lower) || VERB_MODIFIERS.has(token.lower)) return false;
  if (isAdverb(token)) return false;
  const cue = token.cue;
  if (cue && (cue.form === 'past' || cue.form === 'gerund')) return false;
  return true;
}

/**
 * Skips back over auxiliaries, adverbs and time phrases between a subject and its verb
 * ("Hollande on Sunday questioned", "Putin has repeatedly said"). Returns the index just left of them.
 */
export function skipVerbModifiers(tokens: Token[], from: number, low: number): number {
  let j = from;
  while (j >= low) {
    const token = tokens[j];
    // "Sen. Bernie Sanders (I-Vt.) said": a parenthesis between the name and the verb.
    if (token.lower === ')') {
      let open = j - 1;
      while (open >= low && tokens[open].lower !== '(' && j - open < 8) open--;
      if (open >= low && tokens[open].lower === '(') {
        j = open - 1;
        continue;
      }
    }
    if (VERB_MODIFIERS.has(token.lower) || isAdverb(token)) {
      j--;
      continue;
    }
    if (TIME_WORDS.has(token.lower) || /^\d{4}$/.test(token.lower)) {
      let k = j - 1;
      while (
        k >= low &&
        (TIME_WORDS.has(tokens[k].lower) || TIME_LEADERS.has(tokens[k].lower) || /^\d{1,2}$/.test(tokens[k].lower))
      )
        k--;
      // Only a time phrase if something nominal precedes it: "Putin on Tuesday said".
      if (k >= low && k < j) {
        j = k;
        continue;
      }
      if (k < low) return k;
    }
    break;
  }
  return j;
}

/** The noun phrase ending at token `end` (inclusive), scanning left no further than `low`. */
export function phraseEndingAt(tokens: Token[], end: number, low: number, inMention: InMention): Phrase | undefined {
  if (end < low || end >= tokens.length) return undefined;
  const head = tokens[end];
  if (SUBJECT_PRONOUNS.has(head.lower) && !inMention(head)) return phrase(tokens, end, end);
  if (!isNominal(head, inMention) || DETERMINERS.has(head.lower)) return undefined;
  let first = end;
  while (first - 1 >= low && end - first < 9) {
    const previous = tokens[first - 1];
    if (isPossessiveMark(previous) && first - 2 >= low && isNominal(tokens[first - 2], inMention)) {
      first -= 2;
      continue;
    }
    if (DETERMINERS.has(previous.lower) && !inMention(previous)) {
      first -= 1;
      break;
    }
    if (
      (previous.lower === 'of' || previous.lower === '&') &&
      first - 2 >= low &&
      isNominal(tokens[first - 2], inMention) &&
      !SUBJECT_PRONOUNS.has(tokens[first - 2].lower)
    ) {
      first -= 2;
      continue;
    }
    if (previous.lower === 'and' && first - 2 >= low && inMention(tokens[first - 2]) && inMention(tokens[first])) {
      first -= 2;
      continue;
    }
    if (/^\d[\d,.]*$/.test(previous.lower)) {
      first -= 1;
      break;
    }
    if (!isNominal(previous, inMention) || SUBJECT_PRONOUNS.has(previous.lower)) break;
    // "But" and "Meanwhile" open sentences; they are not part of the name that follows.
    if (previous.isCapitalized && SENTENCE_CONNECTORS.has(previous.lower) && !inMention(previous)) break;
    first -= 1;
  }
  return phrase(tokens, first, end);
}

/**
 * The subject of a verb at token `verb`: skips modifiers, then an apposition set off by commas
 * ("Dmitri Peskov, the president’s spokesman, noted"), then takes the noun phrase.
 */
export function subjectBefore(tokens: Token[], verb: number, low: number, inMention: InMention): Phrase | undefined {
  const end = skipVerbModifiers(tokens, verb - 1, low);
  if (end < low) return undefined;
  if (tokens[end].lower === ',') return appositiveSubject(tokens, end, low, inMention);
  return phraseEndingAt(tokens, end, low, inMention);
}

/** "NAME, APPOSITION, verb": the comma at `comma` closes the apposition. */
function appositiveSubject(tokens: Token[], comma: number, low: number, inMention: InMention): Phrase | undefined {
  for (let open = comma - 2; open >= low && comma - open <= 22; open--) {
    if (tokens[open].lower !== ',') continue;
    const segmentFirst = tokens[open + 1];
    // An apposition describes: it opens with a determiner, "who", a number or a lowercase word, or
    // holds a lowercase word somewhere ("Mrs. Obama's chief of staff").
    let hasLowercase = false;
    for (let k = open + 1; k < comma; k++) if (tokens[k].isWord && !tokens[k].isCapitalized) hasLowercase = true;
    const plausible =
      DETERMINERS.has(segmentFirst.lower) ||
      /^(?:who|which|whose|whom)$/.test(segmentFirst.lower) ||
      /^\d/.test(segmentFirst.lower) ||
      !segmentFirst.isCapitalized ||
      inMention(segmentFirst) ||
      hasLowercase;
    if (!plausible) continue;
    // "Sen. Richard J. Durbin (D-Ill.), noting …, said": step over the parenthesis.
    let nameEnd = open - 1;
    if (tokens[nameEnd]?.lower === ')') {
      let paren = nameEnd - 1;
      while (paren > low && tokens[paren].lower !== '(' && nameEnd - paren < 8) paren--;
      if (tokens[paren]?.lower === '(') nameEnd = paren - 1;
    }
    const name = phraseEndingAt(tokens, nameEnd, low, inMention);
    if (!name) continue;
    // The apposition must not itself hold a finite speech verb ("X, Y said, Z").
    let hasCue = false;
    for (let k = open + 1; k < comma; k++) {
      const cue = tokens[k].cue;
      if (
        cue &&
        cue.verb.tier === 'speech' &&
        (cue.form === 'past' || cue.form === 'third') &&
        !/^(?:who|which)$/.test(segmentFirst.lower)
      )
        hasCue = true;
    }
    if (hasCue) continue;
    return { ...name, apposition: { start: tokens[open + 1].start, end: tokens[comma - 1].end } };
  }
  return undefined;
}

/** "said Jaime Harrison, chair of …": the phrase right after a verb, up to a comma or the end. */
export function phraseStartingAt(
  tokens: Token[],
  start: number,
  high: number,
  inMention: InMention,
): Phrase | undefined {
  if (start > high || start >= tokens.length) return undefined;
  const first = tokens[start];
  if (SUBJECT_PRONOUNS.has(first.lower) && !inMention(first)) return phrase(tokens, start, start);
  let last = start - 1;
  let i = start;
  if (DETERMINERS.has(first.lower) && !inMention(first)) i++;
  for (; i <= high && i - start < 10; i++) {
    const token = tokens[i];
    if (isPossessiveMark(token) && i > start) {
      last = i;
      continue;
    }
    if ((token.lower === 'of' || token.lower === '&') && i + 1 <= high && isNominal(tokens[i + 1], inMention)) continue;
    if (!isNominal(token, inMention) || SUBJECT_PRONOUNS.has(token.lower)) break;
    // A time word or a lowercase "-ed" word after a noun ends the phrase: "The United States last week halted".
    if (
      last >= start &&
      !inMention(token) &&
      (TIME_WORDS.has(token.lower) || TIME_LEADERS.has(token.lower) || /^\p{Ll}+ed$/u.test(token.text))
    )
      break;
    last = i;
  }
  if (last < start || (last === start && DETERMINERS.has(first.lower))) return undefined;
  return phrase(tokens, start, last);
}

function phrase(tokens: Token[], first: number, last: number): Phrase {
  return { first, last, start: tokens[first].start, end: tokens[last].end };
}

/** The first noun phrase of a clause, after an opening connector or an introductory phrase ending in a comma. */
export function mainSubject(tokens: Token[], low: number, high: number, inMention: InMention): Phrase | undefined {
  let start = low;
  const firstComma = tokens.findIndex((token, i) => i >= low && i < high && token.lower === ',');
  const opener = tokens[low];
  if (opener && (PREPOSITIONS.has(opener.lower) || SENTENCE_CONNECTORS.has(opener.lower) || /ly$/.test(opener.lower))) {
    start = firstComma > low && firstComma - low <= 10 ? firstComma + 1 : low + 1;
  }
  const phrase = phraseStartingAt(tokens, start, high - 1, inMention);
  return phrase;
}
