import type { ArticleView, SentenceView } from './article-view.js';
import {
  adjunctTailEnd,
  commaBoundaryBefore,
  contentEnd,
  contentStart,
  looksLikeClause,
  MAX_CLAUSE_TOKENS,
  tokenSpan,
  TRAILING_PUNCTUATION,
  trimmedRange,
  wordTokens,
} from './clause-bounds.js';
import { catenativeBefore, cueAt } from './cue-detection.js';
import type { CueMatch, CueTier } from './cue-verbs.js';
import type { DraftStatement, SpeakerPhrase } from './draft-statement.js';
import {
  mainSubject,
  phraseEndingAt,
  phraseStartingAt,
  skipVerbModifiers,
  subjectBefore,
  type InMention,
  type Phrase,
} from './speaker-phrases.js';
import type { Span } from './types.js';
import { SUBJECT_PRONOUNS } from './word-classes.js';

export interface ReportedSpeechOptions {
  /** Which cue tiers make statements: speech only, or beliefs and intentions too. */
  tiers: ReadonlySet<CueTier>;
}

/** Verbs that report only with a clause when a person is their subject ("Trump showed flashes of compassion" does not). */
const EVIDENCE_VERBS = new Set(['show', 'find']);
/** Speech verbs whose "to" introduces an addressee or a target, not reported content. */
const NO_INFINITIVE = new Set([
  'respond',
  'reply',
  'answer',
  'comment',
  'write',
  'tweet',
  'post',
  'report',
  'explain',
  'state',
  'speak',
  'mention',
  'note',
  'add',
  'admit',
  'confirm',
  'deny',
  'reveal',
  'disclose',
]);
/** A statement that "says" something speaks for whoever issued it. */
const DOCUMENT_NOUNS = new Set([
  'statement',
  'letter',
  'email',
  'memo',
  'tweet',
  'post',
  'release',
  'report',
  'ad',
  'advertisement',
  'video',
  'message',
  'note',
  'filing',
  'petition',
  'op-ed',
  'column',
  'editorial',
  'speech',
  'interview',
  'announcement',
  'resolution',
  'notice',
]);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", '’s', 'am']);

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
  const quoteEnds = Int32Array.from(view.quotations, (quote) => quote.end);
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
      if (
        tokens[i].lower === 'asked' &&
        /^(?:whether|if|about|why|how|what|which|who|whom|when|where)$/.test(tokens[i + 1]?.lower ?? '')
      ) {
        const draft = askedQuestion(sentence, i);
        if (draft) {
          state.drafts.push(draft);
          continue;
        }
      }
      if (usedCues.has(tokens[i].start)) {
        state.lastSubject = subjectBefore(tokens, i, 0, inMention) ?? state.lastSubject;
        continue;
      }
      const match = cueAt(tokens, i, inMention);
      if (!match || !options.tiers.has(match.verb.tier)) continue;
      const draft = reportedClause(sentence, i, match, state, inMention, quoteEnds);
      if (draft) state.drafts.push(draft);
    }
    drafts.push(...state.drafts);
  }
  return drafts;
}

function speakerPhrase(sentence: SentenceView, phrase: Phrase, inMention: InMention): SpeakerPhrase {
  const speaker: SpeakerPhrase = { start: phrase.start, end: phrase.end, sentence: sentence.index };
  if (phrase.apposition) speaker.apposition = phrase.apposition;
  const tokens = sentence.tokens;
  // "Paradis, who has been active …, says": "who" stands for the name before the comma.
  if (
    phrase.first === phrase.last &&
    /^(?:who|which)$/.test(tokens[phrase.first].lower) &&
    tokens[phrase.first - 1]?.lower === ','
  ) {
    const antecedent = phraseEndingAt(tokens, phrase.first - 2, 0, inMention);
    if (antecedent) speaker.antecedent = { start: antecedent.start, end: antecedent.end };
  }
  return speaker;
}

function makeDraft(
  sentence: SentenceView,
  ranges: Array<[number, number]>,
  cue: Span,
  tier: DraftStatement['cueTier'],
  speaker: SpeakerPhrase | null,
  quoteEnds?: Int32Array,
): DraftStatement | undefined {
  const pieces: Span[] = [];
  let quoted = false;
  let words = 0;
  for (const [from, to] of ranges) {
    const trimmed = trimmedRange(sentence, from, to);
    if (!trimmed) continue;
    const piece = tokenSpan(sentence.tokens, trimmed[0], trimmed[1]);
    // A quotation opened in the clause and running on past the sentence: the content runs with it.
    const openQuote = sentence.quoteOf[trimmed[1]];
    if (openQuote >= 0 && quoteEnds && quoteEnds[openQuote] > sentence.end) piece.end = quoteEnds[openQuote];
    pieces.push(piece);
    words += wordTokens(sentence.tokens, trimmed[0], trimmed[1]);
    for (let i = trimmed[0]; i <= trimmed[1]; i++) if (sentence.quoteOf[i] >= 0) quoted = true;
  }
  if (pieces.length === 0 || words === 0) return undefined;
  return { kind: quoted ? 'MIXED' : 'INDIRECT', pieces, cue, cueTier: tier, speaker, sentence: sentence.index };
}

/**
 * "When asked whether he would run, Smith said …": the question put to someone, with no named
 * asker (the speaker stays empty). Only the passive opening of a sentence or clause counts.
 */
function askedQuestion(sentence: SentenceView, i: number): DraftStatement | undefined {
  const tokens = sentence.tokens;
  const before = tokens[i - 1]?.lower;
  if (
    i > 0 &&
    before !== 'when' &&
    before !== 'after' &&
    before !== ',' &&
    before !== 'if' &&
    before !== 'was' &&
    before !== 'were'
  )
    return undefined;
  let end = i + 1;
  while (end + 1 < tokens.length && tokens[end + 1].lower !== ',' && !TRAILING_PUNCTUATION.test(tokens[end + 1].lower))
    end++;
  const cue = tokenSpan(tokens, i, i);
  return makeDraft(sentence, [[i + 1, end]], cue, 'speech', null);
}

/** "according to X, C" / "C, according to X" / "C, according to X, D". */
function accordingTo(sentence: SentenceView, a: number, inMention: InMention): DraftStatement | undefined {
  const tokens = sentence.tokens;
  const phrase = phraseStartingAt(tokens, a + 2, tokens.length - 1, inMention);
  if (!phrase) return undefined;
  let sourceEnd = phrase.last;
  // The source runs to the next comma or the end: "a report by the Kremlin's press office".
  while (
    sourceEnd + 1 < tokens.length &&
    tokens[sourceEnd + 1].lower !== ',' &&
    !TRAILING_PUNCTUATION.test(tokens[sourceEnd + 1].lower)
  )
    sourceEnd++;
  const cue = tokenSpan(tokens, a, a + 1);
  const speaker = speakerPhrase(sentence, phrase, inMention);
  const ranges: Array<[number, number]> = [];
  const opensSentence =
    a === 0 || (a === 1 && !tokens[0].isWord) || (a === 1 && /^(?:but|and|yet|so)$/.test(tokens[0].lower));
  if (opensSentence) {
    if (tokens[sourceEnd + 1]?.lower !== ',') return undefined;
    ranges.push([sourceEnd + 2, Math.min(tokens.length - 1, sourceEnd + 1 + MAX_CLAUSE_TOKENS)]);
  } else {
    const before = tokens[a - 1]?.lower === ',' ? a - 2 : a - 1;
    ranges.push([Math.max(0, before - MAX_CLAUSE_TOKENS), before]);
    if (tokens[sourceEnd + 1]?.lower === ',' && sourceEnd + 2 < tokens.length - 1)
      ranges.push([sourceEnd + 2, Math.min(tokens.length - 1, sourceEnd + 1 + MAX_CLAUSE_TOKENS)]);
  }
  return makeDraft(sentence, ranges, cue, 'according', speaker);
}

function reportedClause(
  sentence: SentenceView,
  i: number,
  match: CueMatch,
  state: SentenceState,
  inMention: InMention,
  quoteEnds: Int32Array,
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
  if (
    (match.form === 'gerund' && previous && /^[,—–]$/.test(previous.lower)) ||
    (previous && /^(?:and|but|or)$/.test(previous.lower))
  ) {
    // ", saying …" / "and called …": the subject of the clause before.
    shares = outermostDraft(state.drafts);
    subject = shares ? undefined : (state.lastSubject ?? mainSubject(tokens, 0, i, inMention));
    if (!shares && !subject) return undefined;
  } else if (match.form === 'gerund') {
    if (!previous) return undefined;
    if (PROGRESSIVE.has(previous.lower)) {
      subject = subjectBefore(tokens, left, 0, inMention);
    } else {
      // "voters saying they want …"; "issued a statement saying that …" speaks for the clause's subject.
      subject = phraseEndingAt(tokens, left, 0, inMention);
      if (subject && DOCUMENT_NOUNS.has(tokens[subject.last].lower))
        subject = mainSubject(tokens, 0, subject.first, inMention) ?? subject;
    }
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

  // "As Earnest explained, three taxes were postponed": the content follows the "as" clause.
  if (subject && tokens[attributionFirst - 1]?.lower === 'as' && match.verb.tier !== 'stance') {
    const tailEnd = adjunctTailEnd(sentence, attributionLast + 1, match, inMention);
    if (tailEnd !== undefined && tokens[tailEnd + 1]?.lower === ',') {
      const ranges: Array<[number, number]> = [];
      const asAt = attributionFirst - 1;
      if (asAt >= 2 && tokens[asAt - 1].lower === ',')
        ranges.push([Math.max(0, asAt - 1 - MAX_CLAUSE_TOKENS), asAt - 2]);
      ranges.push([tailEnd + 2, Math.min(tokens.length - 1, tailEnd + 1 + MAX_CLAUSE_TOKENS)]);
      return makeDraft(sentence, ranges, cue, match.verb.tier, speaker);
    }
  }
  const comma = commaBoundaryBefore(tokens, attributionFirst - 1);
  if (match.verb.canFollowContent && comma !== undefined && comma >= 1 && !shares) {
    const tailEnd = adjunctTailEnd(sentence, attributionLast + 1, match, inMention);
    const before: [number, number] = [Math.max(0, attributionFirst - 1 - MAX_CLAUSE_TOKENS), attributionFirst - 2];
    const rest = tailEnd === undefined ? undefined : tokens[tailEnd + 1];
    const interrupted = !!rest && rest.lower === ',' && tailEnd! + 2 < tokens.length - 1;
    // "The economy, Berg said, is recovering": a short first piece is fine when the clause goes on.
    const beforeWords = wordTokens(tokens, before[0], before[1], 3);
    const enough = interrupted
      ? beforeWords >= 1 && beforeWords + wordTokens(tokens, tailEnd! + 2, tokens.length - 1, 3) >= 3
      : beforeWords >= 3;
    if (tailEnd !== undefined && enough && (interrupted || looksLikeClause(sentence, before[0], before[1]))) {
      const ranges: Array<[number, number]> = [before];
      if (interrupted) ranges.push([tailEnd + 2, Math.min(tokens.length - 1, tailEnd + 1 + MAX_CLAUSE_TOKENS)]);
      const draft = makeDraft(sentence, ranges, cue, match.verb.tier, speaker);
      if (draft && !wholeQuotation(sentence, draft)) return draft;
      return undefined;
    }
  }
  if (inverted) return undefined;

  const start = contentStart(tokens, match.verb.particle ? i + 1 : i, match, sentence, inMention);
  if (start === undefined) return undefined;
  // "showed flashes of compassion" is not an attribution; "the poll shows (that) …" is.
  if (
    EVIDENCE_VERBS.has(match.verb.lemma) &&
    tokens[start - 1]?.lower !== 'that' &&
    subject &&
    inMention(tokens[subject.last])
  ) {
    if (!SUBJECT_PRONOUNS.has(tokens[start]?.lower ?? '')) return undefined;
  }
  // "responded to questions", "replied by email": no reported content.
  if (tokens[start]?.lower === 'to' && NO_INFINITIVE.has(match.verb.lemma)) return undefined;
  const end = contentEnd(sentence, start, inMention);
  if (end < start) return undefined;
  const draft = makeDraft(sentence, [[start, end]], cue, match.verb.tier, speaker, quoteEnds);
  if (!draft) return undefined;
  if (shares) {
    draft.sharesSubjectWith = shares;
    draft.speaker = shares.speaker;
  }
  // A reported clause that is exactly one quotation is direct speech ("He said “…”").
  // A reported clause that is exactly one quotation: direct speech, or a partial quotation when the
  // quoted words are a fragment ("warned that “the talks could collapse”" vs "said: “We are done.”").
  if (wholeQuotation(sentence, draft)) {
    let firstWord = start;
    while (firstWord < tokens.length && !tokens[firstWord].isWord) firstWord++;
    const lowercase =
      firstWord < tokens.length && !tokens[firstWord].isCapitalized && /^\p{Ll}/u.test(tokens[firstWord].text);
    draft.kind = lowercase ? 'PARTIAL' : 'DIRECT';
  }
  return draft;
}

/** The latest statement of the sentence that is not nested inside another one's content. */
function outermostDraft(drafts: DraftStatement[]): DraftStatement | undefined {
  for (let d = drafts.length - 1; d >= 0; d--) {
    const cue = drafts[d].cue;
    const nested =
      cue &&
      drafts.some(
        (other) =>
          other !== drafts[d] && other.pieces.some((piece) => cue.start >= piece.start && cue.end <= piece.end),
      );
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
