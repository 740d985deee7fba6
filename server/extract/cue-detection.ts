import type { CueMatch } from './cue-verbs.js';
import type { InMention } from './speaker-phrases.js';
import type { Token } from './tokens.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';

const MODALS = new Set([
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
  'do',
  "n't",
  'n’t',
  'not',
  'never',
  'also',
  'often',
  'always',
  'still',
  'now',
  'repeatedly',
]);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'who', 'which', 'that']);
const PASSIVE_OR_ADJECTIVAL = new Set([
  'been',
  'being',
  'be',
  'is',
  'are',
  'was',
  'were',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  '’s',
  "'s",
  'this',
  'these',
  'those',
  'newly',
  'widely',
  'so-called',
  'often',
]);
/** Verbs that take a speech verb as their complement: "went on to say", "declined to say", "continued to argue". */
export const CATENATIVES = new Set([
  'continued',
  'continues',
  'continue',
  'went',
  'goes',
  'began',
  'begins',
  'seemed',
  'seems',
  'appeared',
  'appears',
  'tried',
  'tries',
  'declined',
  'declines',
  'refused',
  'refuses',
  'used',
  'wanted',
  'wants',
  'want',
  'hoped',
  'hopes',
  'planned',
  'plans',
  'promised',
  'vowed',
  'decided',
  'agreed',
  'sought',
  'seeks',
  'needed',
  'needs',
  'going',
  'likely',
  'like',
  'ready',
  'expected',
  'chose',
  'moved',
  'rushed',
  'sought',
  'dared',
  'proceeded',
  'took',
  'stopped',
  'paused',
]);

/** Index of the verb governing a speech verb's "to" ("went on to say" → "went"), or -1. */
export function catenativeBefore(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'to') return -1;
  let k = i - 2;
  if (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'time') k--; // "went on to", "took time to"
  return k >= 0 && CATENATIVES.has(tokens[k].lower) ? k : -1;
}

/** Base forms that are not also common nouns, so a bare "say" after a name is still a verb. */
const ONLY_VERBS = new Set([
  'say',
  'tell',
  'argue',
  'insist',
  'contend',
  'believe',
  'think',
  'warn',
  'agree',
  'acknowledge',
  'admit',
  'predict',
  'suggest',
  'explain',
  'complain',
  'worry',
  'deny',
  'confirm',
  'recall',
  'concede',
  'expect',
  'know',
  'feel',
  'doubt',
  'suspect',
  'want',
  'write',
  'assert',
  'maintain',
  'reckon',
]);

/** Third-person forms that are more often plural nouns. */
const NOUN_LIKE_THIRD = new Set([
  'challenges',
  'states',
  'emails',
  'thanks',
  'remarks',
  'comments',
  'charges',
  'answers',
  'fears',
  'worries',
  'concerns',
  'views',
  'votes',
  'reports',
  'questions',
  'attacks',
]);
/** Of those, the ones that are nearly always nouns unless a name or pronoun comes right before. */
const STRICT_NOUN_LIKE = new Set([
  'challenges',
  'states',
  'emails',
  'thanks',
  'remarks',
  'comments',
  'charges',
  'answers',
  'fears',
  'worries',
  'concerns',
  'views',
  'votes',
]);
const AUXILIARY_AFTER = new Set([
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'do',
  'did',
  'and',
  'or',
  'which',
  'who',
]);

/** Base forms that after a plural noun are usually nouns themselves ("news reports", "campaign finds"). */
const NOUN_LIKE_BASE = new Set([
  'report',
  'find',
  'attack',
  'challenge',
  'note',
  'claim',
  'comment',
  'answer',
  'question',
  'charge',
  'view',
  'state',
  'post',
  'text',
  'quote',
  'address',
  'reference',
  'trust',
  'project',
  'forecast',
  'estimate',
  'sense',
  'wish',
  'aim',
  'love',
  'hate',
  'regard',
  'favor',
  'welcome',
  'thank',
  'insult',
  'compare',
]);

const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", '’s', 'am', "'re", '’re']);

/**
 * Whether the word at `i` is a cue verb used as a verb: "the report said" yes, "the report" no;
 * "officials say" yes, "to say" no; ", saying" yes; "has been reported" no (a passive: no speaker).
 */
export function cueAt(tokens: Token[], i: number, inMention: InMention): CueMatch | undefined {
  const token = tokens[i];
  if (!token.isWord || inMention(token)) return undefined;
  const match = token.cue;
  if (!match) return undefined;
  if (match.verb.particle && tokens[i + 1]?.lower !== match.verb.particle) return undefined;
  // "According" is only a cue with "to"; it is handled on its own.
  const previous = tokens[i - 1];
  const previousLower = previous?.lower ?? '';
  switch (match.form) {
    case 'base':
      if (!previous) return undefined;
      if (MODALS.has(previousLower) || PLURAL_PRONOUNS.has(previousLower) || /n['’]t$/.test(previousLower))
        return match;
      if (catenativeBefore(tokens, i) >= 0) return match;
      // "officials say", "Democrats argue", "polls show": a plural noun right before.
      if (NOUN_LIKE_BASE.has(token.lower)) return undefined;
      if (
        previous.isWord &&
        /[^s]s$/.test(previousLower) &&
        !DETERMINERS.has(previousLower) &&
        !PREPOSITIONS.has(previousLower)
      )
        return match;
      // Verbs that are never nouns: "advisers to Mr. Obama say", "…, say some Democrats".
      if (
        ONLY_VERBS.has(token.lower) &&
        (previousLower === ',' ||
          (previous.isWord && !DETERMINERS.has(previousLower) && !PREPOSITIONS.has(previousLower)))
      )
        return match;
      return undefined;
    case 'third':
      if (!previous || DETERMINERS.has(previousLower) || previousLower === '’s' || previousLower === "'s")
        return undefined;
      // "states", "attacks", "emails" are usually plural nouns: a verb needs a named or pronoun
      // subject right before it and an object or clause right after it.
      if (NOUN_LIKE_THIRD.has(token.lower)) {
        const subjectLike =
          inMention(previous) ||
          /^(?:he|she|it|who|which|that)$/.test(previousLower) ||
          (!STRICT_NOUN_LIKE.has(token.lower) && previous.isWord);
        const next = tokens[i + 1];
        const objectLike =
          !!next &&
          (next.lower === 'to' || !PREPOSITIONS.has(next.lower)) &&
          !AUXILIARY_AFTER.has(next.lower) &&
          next.lower !== ',' &&
          next.lower !== '.';
        if (!subjectLike || !objectLike) return undefined;
      }
      if (/^\d/.test(previousLower) || PREPOSITIONS.has(previousLower)) return undefined;
      if (!previous.isWord && !/^[,”"'’—–]$/.test(previousLower)) return undefined;
      return match;
    case 'past':
    case 'participle':
      if (previous && PASSIVE_OR_ADJECTIVAL.has(previousLower)) return undefined;
      // "reported by CNN", "known as", "called to jury duty": passive or adjectival.
      if (
        /^(?:by|as)$/.test(tokens[i + 1]?.lower ?? '') &&
        match.verb.lemma !== 'say' &&
        !(previous && (inMention(previous) || SUBJECT_PRONOUNS.has(previousLower)))
      )
        return undefined;
      if (tokens[i + 1]?.lower === 'to' && match.verb.frame === 'object') return undefined;
      return match;
    case 'gerund':
      if (!previous) return undefined;
      if (
        previousLower === ',' ||
        previousLower === 'and' ||
        previousLower === '—' ||
        previousLower === '–' ||
        PROGRESSIVE.has(previousLower)
      )
        return match;
      // "voters saying they want …", "30 percent saying that …": a clause must follow.
      if (
        previous.isWord &&
        !DETERMINERS.has(previousLower) &&
        !PREPOSITIONS.has(previousLower) &&
        !SUBJECT_PRONOUNS.has(previousLower)
      ) {
        const next = tokens[i + 1]?.lower ?? '';
        if (next === 'that' || (SUBJECT_PRONOUNS.has(next) && next !== 'it' && next !== 'one')) return match;
      }
      return undefined;
  }
}
