import type { ArticleView, SentenceView } from './article-view.js';
import { mainSubject, tailIsAdjunct } from './attribute-quotes.js';
import { catenativeBefore, cueAt } from './cue-detection.js';
import type { CueMatch, CueTier } from './cue-verbs.js';
import type { DraftStatement, SpeakerPhrase } from './draft-statement.js';
import {
  phraseEndingAt, phraseStartingAt, skipVerbModifiers, subjectBefore, type InMention, type Phrase,
} from './speaker-phrases.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';
import { AUXILIARIES, OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS, TIME_LEADERS, TIME_WORDS } from './word-classes.js';

export interface ReportedSpeechOptions {
  /** Which cue tiers make statements: speech only, or beliefs and intentions too. */
  tiers: ReadonlySet<CueTier>;
}

const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'during']);
const CLAUSE_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", '’s', 'am']);
const TRAILING_PUNCTUATION = /^[.,;:!?…—–\-]$/;

interface SentenceState {
  drafts: DraftStatement[];
  lastSubject: Phrase | undefined;
}

/**
 * Reported speech: "X said (that) C", "X told reporters C", "C, X said.", "C, said X.",
 * "C, X said, D" (two pieces), "according to X, C", "C, according to X", ", saying C" and
 * "and added C" (sharing the subject of the clause before). The content is the reported clause,
 * without the complementizer "that" and without the final full stop. A clause holding quoted
 * words is MIXED; otherwise INDIRECT. Quotations already attributed as direct speech are skipped.
 */
export function findReportedSpeech(
  view: ArticleView,
  inMention: InMention,
  usedCues: Set<number>,
  options: ReportedSpeechOptions,
): DraftStatement[] {
  const drafts: DraftStatement[] = [];
  for (const sentence of view.sentences) {
    if (sentence.boilerplate || sentence.tokens.length < 3) continue;
    const state: SentenceState = { drafts: [], lastSubject: undefined };
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (sentence.quoteOf[i] >= 0) continue;
      if (tokens[i].lower === 'according' && tokens[i + 1]?.lower === 'to') {
        const draft = accordingTo(sentence, i, inMention);
        if (draft) state.drafts.push(draft);
        continue;
      }
      if (usedCues.has(tokens[i].start)) {
        state.lastSubject = subjectBefore(tokens, i, 0, inMention) ?? state.lastSubject;
        continue;
      }
      const match = cueAt(tokens, i, inMention);
      if (!match || !options.tiers.has(match.verb.tier)) continue;
      const draft = reportedClause(sentence, i, match, state, inMention);
      if (draft) state.drafts.push(draft);
    }
    drafts.push(...state.drafts);
  }
  return drafts;
}

function tokenSpan(tokens: Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last].end };
}

function speakerPhrase(sentence: SentenceView, phrase: Phrase, inMention: InMention): SpeakerPhrase {
  const speaker: SpeakerPhrase = { start: phrase.start, end: phrase.end, sentence: sentence.index };
  if (phrase.apposition) speaker.apposition = phrase.apposition;
  const tokens = sentence.tokens;
  // "Paradis, who has been active …, says": "who" stands for the name before the comma.
  if (phrase.first === phrase.last && /^(?:who|which)$/.test(tokens[phrase.first].lower) && tokens[phrase.first - 1]?.lower === ',') {
    const antecedent = phraseEndingAt(tokens, phrase.first - 2, 0, inMention);
    if (antecedent) speaker.antecedent = { start: antecedent.start, end: antecedent.end };
  }
  return speaker;
}

/**
 * Whether a stretch reads as a clause rather than an introductory phrase ("In the final Mass of his
 * trip, Francis told …"): it quotes someone, or has an auxiliary, a pronoun or a past-tense verb.
 */
function looksLikeClause(sentence: SentenceView, first: number, last: number): boolean {
  const tokens = sentence.tokens;
  for (let k = first; k <= last; k++) {
    const token = tokens[k];
    if (sentence.quoteOf[k] >= 0) return true;
    if (AUXILIARIES.has(token.lower) || (SUBJECT_PRONOUNS.has(token.lower) && k > first) || token.lower === 'there') return true;
    if (!token.isCapitalized && /^\p{Ll}{3,}(?:ed|es)$/u.test(token.text) && !PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return !PREPOSITIONS.has(tokens[first].lower) && !SUBORDINATORS.has(tokens[first].lower);
}

/** A comma, or a closing quotation mark right after one ("…,” said Smith"): the edge of a clause. */
function commaBoundaryBefore(tokens: Token[], k: number): number | undefined {
  if (tokens[k]?.lower === ',') return k;
  let m = k;
  while (m >= 0 && /^[”"'’]$/.test(tokens[m].lower)) m--;
  return m < k && tokens[m]?.lower === ',' ? m : undefined;
}

/** Trims punctuation at the edges of a token range; keeps a closing mark whose quotation opened inside. */
function trimmedRange(sentence: SentenceView, first: number, last: number): [number, number] | undefined {
  const { tokens, quoteOf } = sentence;
  while (first <= last && TRAILING_PUNCTUATION.test(tokens[first].lower)) first++;
  while (last >= first) {
    const token = tokens[last];
    const closesInside = quoteOf[last] >= 0 && /^[”"']$/.test(token.lower) && quoteOf[last] === quoteOf[first];
    if (closesInside) break;
    if (TRAILING_PUNCTUATION.test(token.lower) || (quoteOf[last] >= 0 && quoteOf[last] !== quoteOf[first] && /^[”"']$/.test(token.lower) && !openedWithin(sentence, first, last))) {
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

function wordTokens(tokens: Token[], first: number, last: number): number {
  let count = 0;
  for (let i = first; i <= last; i++) if (tokens[i].isWord) count++;
  return count;
}

function makeDraft(
  sentence: SentenceView,
  ranges: Array<[number, number]>,
  cue: Span,
  tier: DraftStatement['cueTier'],
  speaker: SpeakerPhrase | null,
): DraftStatement | undefined {
  const pieces: Span[] = [];
  let quoted = false;
  let words = 0;
  for (const [from, to] of ranges) {
    const trimmed = trimmedRange(sentence, from, to);
    if (!trimmed) continue;
    pieces.push(tokenSpan(sentence.tokens, trimmed[0], trimmed[1]));
    words += wordTokens(sentence.tokens, trimmed[0], trimmed[1]);
    for (let i = trimmed[0]; i <= trimmed[1]; i++) if (sentence.quoteOf[i] >= 0) quoted = true;
  }
  if (pieces.length === 0 || words === 0) return undefined;
  return { kind: quoted ? 'MIXED' : 'INDIRECT', pieces, cue, cueTier: tier, speaker, sentence: sentence.index };
}

/** "according to X, C" / "C, according to X" / "C, according to X, D". */
function accordingTo(sentence: SentenceView, a: number, inMention: InMention): DraftStatement | undefined {
  const tokens = sentence.tokens;
  const phrase = phraseStartingAt(tokens, a + 2, tokens.length - 1, inMention);
  if (!phrase) return undefined;
  let sourceEnd = phrase.last;
  // The source runs to the next comma or the end: "a report by the Kremlin's press office".
  while (sourceEnd + 1 < tokens.length && tokens[sourceEnd + 1].lower !== ',' && !TRAILING_PUNCTUATION.test(tokens[sourceEnd + 1].lower)) sourceEnd++;
  const cue = tokenSpan(tokens, a, a + 1);
  const speaker = speakerPhrase(sentence, phrase, inMention);
  const ranges: Array<[number, number]> = [];
  const opensSentence = a === 0 || (a === 1 && !tokens[0].isWord) || (a === 1 && /^(?:but|and|yet|so)$/.test(tokens[0].lower));
  if (opensSentence) {
    if (tokens[sourceEnd + 1]?.lower !== ',') return undefined;
    ranges.push([sourceEnd + 2, tokens.length - 1]);
  } else {
    const before = tokens[a - 1]?.lower === ',' ? a - 2 : a - 1;
    ranges.push([0, before]);
    if (tokens[sourceEnd + 1]?.lower === ',' && sourceEnd + 2 < tokens.length - 1) ranges.push([sourceEnd + 2, tokens.length - 1]);
  }
  return makeDraft(sentence, ranges, cue, 'according', speaker);
}

/**
 * "said in a statement on Tuesday that", "told reporters that", "warned Russia last week that":
 * the words between a verb and its "that" are a prepositional phrase, a time, or an addressee.
 */
function adjunctBetween(tokens: Token[], from: number, to: number, frame: CueMatch['verb']['frame'], inMention: InMention): boolean {
  if (to - from > 9) return false;
  const first = tokens[from];
  const opensAdjunct =
    PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || TIME_LEADERS.has(first.lower) ||
    (/ly$/.test(first.lower) && !first.isCapitalized) || first.lower === ',' ||
    (frame === 'object-clause' && (OBJECT_PRONOUNS.has(first.lower) || first.isCapitalized || inMention(first) ||
      /^(?:reporters|journalists|the|a|an|his|her|their|lawmakers|supporters|members|voters|congress)$/.test(first.lower)));
  if (!opensAdjunct) return false;
  for (let k = from; k < to; k++) if (!tokens[k].isWord && !/^[,’'‘]$|^’s$/.test(tokens[k].lower)) return false;
  return true;
}

/** Where the reported clause after the cue starts: after "that", a colon, or an addressee. */
function contentStart(tokens: Token[], i: number, match: CueMatch, sentence: SentenceView, inMention: InMention): number | undefined {
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
  if (tokens[start]?.lower === ':' || tokens[start]?.lower === ',') return start + 1;
  if (frame === 'object-clause') {
    // "told reporters …", "warned Russia …", "asked him whether …", "urged Congress to …".
    const object = tokens[start];
    if (object && (OBJECT_PRONOUNS.has(object.lower) || object.lower === 'reporters' || object.lower === 'journalists')) start++;
    else if (object && (object.isCapitalized || inMention(object) || /^(?:the|a|an|his|her|their)$/.test(object.lower))) {
      const phrase = phraseStartingAt(tokens, start, Math.min(tokens.length - 1, start + 6), inMention);
      const after = phrase ? tokens[phrase.last + 1] : undefined;
      // Skip the addressee only when a clause clearly follows it.
      if (phrase && after && (CLAUSE_OPENERS.has(after.lower) || after.lower === 'to' || SUBJECT_PRONOUNS.has(after.lower) || after.lower === ',')) {
        start = phrase.last + 1;
        if (tokens[start]?.lower === ',') start++;
      }
    }
  }
  if (frame === 'infinitive' && tokens[start]?.lower !== 'to') return undefined;
  return start < tokens.length ? start : undefined;
}

/** The last token of a reported clause starting at `start`: the sentence end, or an earlier boundary. */
function contentEnd(sentence: SentenceView, start: number, inMention: InMention): number {
  const tokens = sentence.tokens;
  for (let k = start; k < tokens.length; k++) {
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
        if (verb && (verb.form === 'past' || verb.form === 'participle' || verb.form === 'third') && verb.verb.tier === 'speech') return k - 1;
      }
    }
    if ((lower === 'and' || lower === 'but') && k > start) {
      const verbAt = skipForward(tokens, k + 1);
      const verb = cueAt(tokens, verbAt, inMention);
      if (verb && verb.form !== 'gerund' && verb.form !== 'base' && sentence.quoteOf[verbAt] < 0) return k - 1;
    }
  }
  return tokens.length - 1;
}

function skipForward(tokens: Token[], k: number): number {
  while (k < tokens.length && (/ly$/.test(tokens[k].lower) || /^(?:also|then|later|has|had|have|again|repeatedly)$/.test(tokens[k].lower))) k++;
  return k;
}

function reportedClause(
  sentence: SentenceView,
  i: number,
  match: CueMatch,
  state: SentenceState,
  inMention: InMention,
): DraftStatement | undefined {
  const tokens = sentence.tokens;
  const cue = tokenSpan(tokens, i, match.verb.particle ? i + 1 : i);
  // "went on to say": the subject is the one of the governing verb.
  const catenative = match.form === 'base' ? catenativeBefore(tokens, i) : -1;
  const verbAt = catenative >= 0 ? catenative : i;
  const left = skipVerbModifiers(tokens, verbAt - 1, 0);
  const previous = tokens[left];
  let subject: Phrase | undefined;
  let shares: DraftStatement | undefined;
  if ((match.form === 'gerund' && previous && /^[,—–]$/.test(previous.lower)) || (previous && /^(?:and|but|or)$/.test(previous.lower))) {
    // ", saying …" / "and called …": the subject of the clause before.
    shares = outermostDraft(state.drafts);
    subject = shares ? undefined : state.lastSubject ?? mainSubject(tokens, 0, i, inMention);
    if (!shares && !subject) return undefined;
  } else if (match.form === 'gerund') {
    if (!previous || !PROGRESSIVE.has(previous.lower)) return undefined;
    subject = subjectBefore(tokens, left, 0, inMention);
  } else {
    subject = subjectBefore(tokens, verbAt, 0, inMention);
  }

  // "…, said Smith." / "…, said the spokesman, adding …": the speaker follows the verb.
  let inverted: Phrase | undefined;
  if (!subject && !shares && match.verb.canFollowContent && commaBoundaryBefore(tokens, i - 1) !== undefined) {
    inverted = phraseStartingAt(tokens, i + 1, tokens.length - 1, inMention);
    if (!inverted) return undefined;
  }
  if (!subject && !shares && !inverted) return undefined;
  if (subject) state.lastSubject = subject;
  const speakerAt = subject ?? inverted;
  const speaker = speakerAt ? speakerPhrase(sentence, speakerAt, inMention) : null;

  // "C, X said." and "C, X said, D": the content comes before the attribution.
  const attributionFirst = subject ? subject.first : i;
  const attributionLast = inverted ? inverted.last : i;
  const comma = commaBoundaryBefore(tokens, attributionFirst - 1);
  if (match.verb.canFollowContent && comma !== undefined && comma >= 1 && !shares) {
    const tailEnd = adjunctTailEnd(sentence, attributionLast + 1, match, inMention);
    const before: [number, number] = [0, attributionFirst - 2];
    if (tailEnd !== undefined && wordTokens(tokens, before[0], before[1]) >= 3 && looksLikeClause(sentence, before[0], before[1])) {
      const ranges: Array<[number, number]> = [before];
      const rest = tokens[tailEnd + 1];
      if (rest && rest.lower === ',' && tailEnd + 2 < tokens.length - 1) ranges.push([tailEnd + 2, tokens.length - 1]);
      const draft = makeDraft(sentence, ranges, cue, match.verb.tier, speaker);
      if (draft && !wholeQuotation(sentence, draft)) return draft;
      return undefined;
    }
  }
  if (inverted) return undefined;

  const start = contentStart(tokens, match.verb.particle ? i + 1 : i, match, sentence, inMention);
  if (start === undefined) return undefined;
  const end = contentEnd(sentence, start, inMention);
  if (end < start) return undefined;
  const draft = makeDraft(sentence, [[start, end]], cue, match.verb.tier, speaker);
  if (!draft) return undefined;
  if (shares) {
    draft.sharesSubjectWith = shares;
    draft.speaker = shares.speaker;
  }
  // A reported clause that is exactly one quotation is direct speech ("He said “…”").
  if (wholeQuotation(sentence, draft)) draft.kind = 'DIRECT';
  return draft;
}

/**
 * After "C, X said": only adjuncts may follow ("in a statement", "on Tuesday", "told reporters")
 * up to a comma or the end. Returns the last adjunct token, or undefined when a clause follows
 * ("Still, Devine said on Tuesday that …" reports forward, not backward).
 */
function adjunctTailEnd(sentence: SentenceView, from: number, match: CueMatch, inMention: InMention): number | undefined {
  const tokens = sentence.tokens;
  if (from < tokens.length && !TRAILING_PUNCTUATION.test(tokens[from].lower) && !tailIsAdjunct(tokens, from, match)) return undefined;
  let k = from;
  for (; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.lower === ',' || sentence.quoteOf[k] >= 0 || TRAILING_PUNCTUATION.test(token.lower)) break;
    if (SUBORDINATORS.has(token.lower) && k > from) break; // "…, Obama told his advisers as he labored over …"
    if (token.lower === 'when' && k > from) break;
    if (token.lower === 'that' || CLAUSE_OPENERS.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower) && !inMention(token)) return undefined;
    if (cueAt(tokens, k, inMention)) return undefined;
  }
  return k - 1;
}

/** The latest statement of the sentence that is not nested inside another one's content. */
function outermostDraft(drafts: DraftStatement[]): DraftStatement | undefined {
  for (let d = drafts.length - 1; d >= 0; d--) {
    const cue = drafts[d].cue;
    const nested = cue && drafts.some((other) => other !== drafts[d] && other.pieces.some((piece) => cue.start >= piece.start && cue.end <= piece.end));
    if (!nested) return drafts[d];
  }
  return undefined;
}

/** The content is a single quotation and nothing else. */
function wholeQuotation(sentence: SentenceView, draft: DraftStatement): boolean {
  if (draft.pieces.length !== 1) return false;
  const piece = draft.pieces[0];
  let q = -2;
  for (let t = 0; t < sentence.tokens.length; t++) {
    const token = sentence.tokens[t];
    if (token.start < piece.start || token.end > piece.end) continue;
    if (sentence.quoteOf[t] < 0) return false;
    if (q === -2) q = sentence.quoteOf[t];
    else if (q !== sentence.quoteOf[t]) return false;
  }
  return q >= 0;
}

