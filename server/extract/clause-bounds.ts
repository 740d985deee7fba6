import type { SentenceView } from './article-view.js';
import { cueAt } from './cue-detection.js';
import type { CueMatch } from './cue-verbs.js';
import { phraseStartingAt, type InMention } from './speaker-phrases.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';
import {
  AUXILIARIES,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TIME_LEADERS,
  TIME_WORDS,
} from './word-classes.js';

/** Where reported content begins and ends around a cue verb: token-level rules shared by the finders. */

export const SUBORDINATORS = new Set([
  'as',
  'while',
  'after',
  'before',
  'because',
  'although',
  'though',
  'since',
  'until',
  'during',
]);
export const CLAUSE_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
export const TRAILING_PUNCTUATION = /^[.,;:!?…—–\-]$/;

export function tokenSpan(tokens: Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last].end };
}

/** Counts word tokens in [first, last], stopping once `enough` are found. */
export function wordTokens(tokens: Token[], first: number, last: number, enough = Infinity): number {
  let count = 0;
  for (let i = first; i <= last && count < enough; i++) if (tokens[i].isWord) count++;
  return count;
}

/** Reported clauses longer than this are cut: it bounds the work on run-on text with no punctuation. */
export const MAX_CLAUSE_TOKENS = 200;

/**
 * After an attribution's cue (and subject), only adjuncts may follow up to the end of the clause:
 * "said pleasantly into the phone", "told reporters", "said in an interview". A following
 * noun phrase means the verb reports something else ("Smith said the plan is dead").
 */
export function tailIsAdjunct(tokens: Token[], after: number, match: CueMatch): boolean {
  const next = tokens[after];
  if (!next) return true;
  if (!next.isWord) return true;
  if (PREPOSITIONS.has(next.lower) || /ly$/.test(next.lower) || next.lower === 'then' || next.lower === 'and')
    return next.lower !== 'that';
  if (match.verb.frame === 'object-clause') {
    // "told reporters", "told the AP", "asked him", "told Reuters."
    if (
      OBJECT_PRONOUNS.has(next.lower) ||
      next.isCapitalized ||
      /^(?:reporters|journalists|the|a|an|his|her|their|supporters|listeners|viewers|voters|members)$/.test(next.lower)
    )
      return true;
  }
  if (TIME_WORDS.has(next.lower)) return true;
  if (
    next.lower === 'back' ||
    next.lower === 'later' ||
    next.lower === 'afterward' ||
    next.lower === 'again' ||
    next.lower === 'recently'
  )
    return true;
  return false;
}

/**
 * Whether a stretch reads as a clause rather than an introductory phrase ("In the final Mass of his
 * trip, Francis told …"): it quotes someone, or has an auxiliary, a pronoun or a past-tense verb.
 */
export function looksLikeClause(sentence: SentenceView, first: number, last: number): boolean {
  const tokens = sentence.tokens;
  for (let k = Math.max(first, last - MAX_CLAUSE_TOKENS); k <= last; k++) {
    const token = tokens[k];
    if (sentence.quoteOf[k] >= 0) return true;
    if (AUXILIARIES.has(token.lower) || (SUBJECT_PRONOUNS.has(token.lower) && k > first) || token.lower === 'there')
      return true;
    if (
      !token.isCapitalized &&
      /^\p{Ll}{3,}(?:ed|es)$/u.test(token.text) &&
      !PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')
    )
      return true;
  }
  return !PREPOSITIONS.has(tokens[first].lower) && !SUBORDINATORS.has(tokens[first].lower);
}

/** A comma, or a closing quotation mark right after one ("…,” said Smith"): the edge of a clause. */
export function commaBoundaryBefore(tokens: Token[], k: number): number | undefined {
  if (tokens[k]?.lower === ',') return k;
  let m = k;
  while (m >= 0 && /^[”"'’]$/.test(tokens[m].lower)) m--;
  return m < k && tokens[m]?.lower === ',' ? m : undefined;
}

/** Trims punctuation at the edges of a token range; keeps a closing mark whose quotation opened inside. */
export function trimmedRange(sentence: SentenceView, first: number, last: number): [number, number] | undefined {
  const { tokens, quoteOf } = sentence;
  while (first <= last && TRAILING_PUNCTUATION.test(tokens[first].lower)) first++;
  while (last >= first) {
    const token = tokens[last];
    const closesInside = quoteOf[last] >= 0 && /^[”"']$/.test(token.lower) && quoteOf[last] === quoteOf[first];
    if (closesInside) break;
    if (
      TRAILING_PUNCTUATION.test(token.lower) ||
      (quoteOf[last] >= 0 &&
        quoteOf[last] !== quoteOf[first] &&
        /^[”"']$/.test(token.lower) &&
        !openedWithin(sentence, first, last))
    ) {
      last--;
      continue;
    }
    break;
  }
  return last >= first ? [first, last] : undefined;
}

function openedWithin(sentence: SentenceView, first: number, last: number): boolean {
  const q = sentence.quoteOf[last];
  for (let i = first; i < last; i++) if (sentence.quoteOf[i] === q) return true;
  return false;
}

/** Who one tells or warns, written without a determiner: "told employees that …". */
const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([
  'reporters',
  'journalists',
  'lawmakers',
  'supporters',
  'members',
  'voters',
  'congress',
  'employees',
  'staff',
  'workers',
  'investors',
  'analysts',
  'shareholders',
  'colleagues',
  'officials',
  'students',
  'residents',
  'senators',
  'delegates',
  'donors',
  'parents',
  'viewers',
  'listeners',
  'readers',
  'customers',
  'parliament',
]);

/**
 * "said in a statement on Tuesday that", "told reporters that", "warned Russia last week that":
 * the words between a verb and its "that" are a prepositional phrase, a time, or an addressee.
 */
function adjunctBetween(
  tokens: Token[],
  from: number,
  to: number,
  frame: CueMatch['verb']['frame'],
  inMention: InMention,
): boolean {
  if (to - from > 9) return false;
  const first = tokens[from];
  const opensAdjunct =
    PREPOSITIONS.has(first.lower) ||
    TIME_WORDS.has(first.lower) ||
    TIME_LEADERS.has(first.lower) ||
    (/ly$/.test(first.lower) && !first.isCapitalized) ||
    first.lower === ',' ||
    (frame === 'object-clause' &&
      (OBJECT_PRONOUNS.has(first.lower) ||
        first.isCapitalized ||
        inMention(first) ||
        ADDRESSEE_NOUNS.has(first.lower) ||
        /^(?:the|a|an|his|her|their|its|our)$/.test(first.lower)));
  if (!opensAdjunct) return false;
  for (let k = from; k < to; k++) if (!tokens[k].isWord && !/^[,’'‘]$|^’s$/.test(tokens[k].lower)) return false;
  return true;
}

/** Where the reported clause after the cue starts: after "that", a colon, or an addressee. */
export function contentStart(
  tokens: Token[],
  i: number,
  match: CueMatch,
  sentence: SentenceView,
  inMention: InMention,
): number | undefined {
  const frame = match.verb.frame;
  // "said in a statement on Tuesday that …": a "that" soon after the verb opens the clause.
  for (let k = i + 1; k < tokens.length && k - i <= 12; k++) {
    const token = tokens[k];
    if (sentence.quoteOf[k] >= 0 || token.lower === '.' || token.lower === ';') break;
    if (token.lower === 'that' && sentence.quoteOf[k] < 0) {
      if (k === i + 1 || adjunctBetween(tokens, i + 1, k, frame, inMention)) return k + 1;
      break;
    }
    if (cueAt(tokens, k, inMention)) break;
  }
  let start = i + 1;
  // "questioned publicly whether …": an adverb right after the verb is not content.
  while (
    start < tokens.length &&
    !tokens[start].isCapitalized &&
    /^\p{Ll}{3,}ly$/u.test(tokens[start].text) &&
    tokens[start].lower !== 'only'
  )
    start++;
  if (tokens[start]?.lower === ':' || tokens[start]?.lower === ',') return start + 1;
  if (frame === 'object-clause') {
    // "told reporters …", "warned Russia …", "asked him whether …", "urged Congress to …".
    const object = tokens[start];
    if (object && (OBJECT_PRONOUNS.has(object.lower) || ADDRESSEE_NOUNS.has(object.lower))) start++;
    else if (
      object &&
      (object.isCapitalized || inMention(object) || /^(?:the|a|an|his|her|their)$/.test(object.lower))
    ) {
      const phrase = phraseStartingAt(tokens, start, Math.min(tokens.length - 1, start + 6), inMention);
      const after = phrase ? tokens[phrase.last + 1] : undefined;
      // Skip the addressee only when a clause clearly follows it.
      if (
        phrase &&
        after &&
        (CLAUSE_OPENERS.has(after.lower) ||
          after.lower === 'to' ||
          SUBJECT_PRONOUNS.has(after.lower) ||
          after.lower === ',')
      ) {
        start = phrase.last + 1;
        if (tokens[start]?.lower === ',') start++;
      }
    }
  }
  if (frame === 'infinitive' && tokens[start]?.lower !== 'to') return undefined;
  return start < tokens.length ? start : undefined;
}

/** The last token of a reported clause starting at `start`: the sentence end, or an earlier boundary. */
export function contentEnd(sentence: SentenceView, start: number, inMention: InMention): number {
  const tokens = sentence.tokens;
  const limit = Math.min(tokens.length, start + MAX_CLAUSE_TOKENS);
  for (let k = start; k < limit; k++) {
    if (sentence.quoteOf[k] >= 0) continue;
    const lower = tokens[k].lower;
    if (lower === ';') return k - 1;
    if (lower === ',') {
      const next = tokens[k + 1];
      if (!next) return k - 1;
      if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return k - 1;
      const participle = cueAt(tokens, k + 1, inMention);
      if (participle && participle.form === 'gerund' && participle.verb.tier === 'speech') return k - 1;
      // ", and added …" / ", but warned …": a second speech verb sharing the subject.
      if ((next.lower === 'and' || next.lower === 'but') && k + 2 < tokens.length) {
        const verbAt = skipForward(tokens, k + 2);
        const verb = cueAt(tokens, verbAt, inMention);
        if (
          verb &&
          (verb.form === 'past' || verb.form === 'participle' || verb.form === 'third') &&
          verb.verb.tier === 'speech'
        )
          return k - 1;
      }
    }
    if ((lower === 'and' || lower === 'but') && k > start) {
      const verbAt = skipForward(tokens, k + 1);
      const verb = cueAt(tokens, verbAt, inMention);
      if (verb && verb.form !== 'gerund' && verb.form !== 'base' && sentence.quoteOf[verbAt] < 0) return k - 1;
    }
  }
  return limit - 1;
}

function skipForward(tokens: Token[], k: number): number {
  while (
    k < tokens.length &&
    (/ly$/.test(tokens[k].lower) || /^(?:also|then|later|has|had|have|again|repeatedly)$/.test(tokens[k].lower))
  )
    k++;
  return k;
}

/**
 * After "C, X said": only adjuncts may follow ("in a statement", "on Tuesday", "told reporters")
 * up to a comma or the end. Returns the last adjunct token, or undefined when a clause follows
 * ("Still, Devine said on Tuesday that …" reports forward, not backward).
 */
export function adjunctTailEnd(
  sentence: SentenceView,
  from: number,
  match: CueMatch,
  inMention: InMention,
): number | undefined {
  const tokens = sentence.tokens;
  if (from < tokens.length && !TRAILING_PUNCTUATION.test(tokens[from].lower) && !tailIsAdjunct(tokens, from, match))
    return undefined;
  let k = from;
  for (; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.lower === ',' || sentence.quoteOf[k] >= 0 || TRAILING_PUNCTUATION.test(token.lower)) break;
    if (SUBORDINATORS.has(token.lower) && k > from) break; // "…, Obama told his advisers as he labored over …"
    if (token.lower === 'when' && k > from) break;
    if (
      token.lower === 'that' ||
      CLAUSE_OPENERS.has(token.lower) ||
      (SUBJECT_PRONOUNS.has(token.lower) && !inMention(token))
    )
      return undefined;
    if (cueAt(tokens, k, inMention)) return undefined;
  }
  return k - 1;
}
