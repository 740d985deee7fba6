import { sentenceAt, tokenIndexAt, type ArticleView, type SentenceView } from './article-view.js';
import { insideAny } from './boilerplate.js';
import { cueAt } from './cue-detection.js';
import type { CueMatch } from './cue-verbs.js';
import type { DraftStatement, SpeakerPhrase } from './draft-statement.js';
import type { Quotation } from './quote-marks.js';
import { tailIsAdjunct } from './clause-bounds.js';
import {
  mainSubject,
  phraseEndingAt,
  phraseStartingAt,
  subjectBefore,
  type InMention,
  type Phrase,
} from './speaker-phrases.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';
import { countWords } from './word-count.js';
import { SENTENCE_CONNECTORS } from './word-classes.js';

/** An attribution clause found next to a quotation: "he said", "said Smith", "Smith told reporters:". */
interface Attribution {
  sentence: SentenceView;
  cue: Span | null;
  match: CueMatch | null;
  phrase: Phrase;
  /** Index of the last token that belongs to the attribution clause. */
  lastToken: number;
}

function wordCount(text: string, pieces: Span[]): number {
  let count = 0;
  for (const piece of pieces) count += countWords(text, piece.start, piece.end);
  return count;
}

/** The content of a quotation without the comma that belongs to the sentence around it. */
function contentPieces(text: string, quote: Quotation): Span[] {
  const pieces: Span[] = [];
  for (const piece of quote.pieces) {
    let start = piece.start;
    let end = piece.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    if (end > start) pieces.push({ start, end });
  }
  return pieces;
}

/** Short Title Case text without a sentence inside: the name of a show, a book, a slogan. */
function looksLikeTitle(text: string, pieces: Span[]): boolean {
  const content = pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ');
  const words = content.match(/[\p{L}][\p{L}'’\-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]\s*$/.test(content.trim()) && words.length > 3) return false;
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalized / words.length >= 0.6;
}

function isSpeechTier(match: CueMatch | undefined | null): boolean {
  return !!match && (match.verb.tier === 'speech' || match.verb.tier === 'quote-only');
}

/** Index of the last token of the clause that starts at `from` (up to a comma, a quote or the end). */
function clauseEnd(sentence: SentenceView, from: number): number {
  let i = from;
  while (i + 1 < sentence.tokens.length) {
    const next = sentence.tokens[i + 1];
    if (sentence.quoteOf[i + 1] >= 0 || next.lower === '.' || next.lower === ';' || next.lower === ':') break;
    i++;
  }
  return i;
}

/**
 * "he said", "Smith, a spokesman, said", "said Smith": an attribution clause starting at token `start`.
 * With `wholeClause`, the attribution must fill its sentence up to adjuncts (a sentence of its own
 * after a quote ending in "?" or "!").
 */
function attributionStartingAt(
  sentence: SentenceView,
  start: number,
  inMention: InMention,
  strictTail: boolean,
): Attribution | undefined {
  const tokens = sentence.tokens;
  if (start >= tokens.length || sentence.quoteOf[start] >= 0) return undefined;
  // "said Smith", "added the spokesman", "says Jones, a pollster".
  const leading = cueAt(tokens, start, inMention);
  if (leading && isSpeechTier(leading) && leading.form !== 'gerund') {
    const phrase = phraseStartingAt(tokens, start + 1, tokens.length - 1, inMention);
    if (phrase && sentence.quoteOf[phrase.last] < 0) {
      return {
        sentence,
        cue: span(tokens[start]),
        match: leading,
        phrase,
        lastToken: clauseEnd(sentence, phrase.last),
      };
    }
  }
  for (let c = start + 1; c < tokens.length && c - start <= 30; c++) {
    if (sentence.quoteOf[c] >= 0 || tokens[c].lower === '.' || tokens[c].lower === ';') break;
    const match = cueAt(tokens, c, inMention);
    if (!match || !isSpeechTier(match)) continue;
    // The subject must start the clause: "he said", "Smith, a spokesman, said" (a verb inside the
    // apposition, "Warren, who has not endorsed anyone, told", is passed over).
    const phrase = subjectBefore(tokens, c, start, inMention);
    const connectorSkipped = phrase && phrase.first === start + 1 && SENTENCE_CONNECTORS.has(tokens[start].lower);
    if (!phrase || (phrase.first !== start && !connectorSkipped)) continue;
    if (strictTail && !tailIsAdjunct(tokens, c + 1, match)) return undefined;
    return { sentence, cue: span(tokens[c]), match, phrase, lastToken: clauseEnd(sentence, c) };
  }
  return undefined;
}

function span(token: Token): Span {
  return { start: token.start, end: token.end };
}

/** "Smith said:", "Smith told reporters on Tuesday,", "Cruz continued:" right before the quotation. */
function attributionBefore(
  view: ArticleView,
  sentence: SentenceView,
  openIndex: number,
  inMention: InMention,
): Attribution | undefined {
  let tokens = sentence.tokens;
  let target = sentence;
  let last = openIndex - 1;
  if (openIndex === 0) {
    // A paragraph that is only a quote, after a paragraph ending with a colon ("Cruz continued:").
    const previous = view.sentences[sentence.index - 1];
    const firstOfParagraph = !previous || previous.paragraph !== sentence.paragraph;
    if (!previous || !firstOfParagraph || previous.paragraph !== sentence.paragraph - 1) return undefined;
    const lastToken = previous.tokens[previous.tokens.length - 1];
    if (!lastToken || lastToken.lower !== ':' || previous.boilerplate) return undefined;
    target = previous;
    tokens = previous.tokens;
    last = tokens.length - 1;
  }
  const punctuation = tokens[last]?.lower;
  const colon = punctuation === ':';
  if (colon || punctuation === ',' || punctuation === '—' || punctuation === '–') last--;
  // The attribution may not reach back past another quotation in the same sentence.
  let low = 0;
  for (let i = last; i >= 0; i--) {
    if (target.quoteOf[i] >= 0) {
      low = i + 1;
      break;
    }
  }
  for (let c = last; c >= low && last - c <= 9; c--) {
    const token = tokens[c];
    if (token.lower === 'that' || (token.lower === ',' && c !== last)) break;
    const match = cueAt(tokens, c, inMention);
    if (!match) continue;
    if (!isSpeechTier(match) && !colon) break;
    let phrase = subjectBefore(tokens, c, low, inMention);
    if (!phrase && match.form === 'gerund')
      phrase = mainSubject(tokens, low, c, inMention) ?? (low > 0 ? mainSubject(tokens, 0, c, inMention) : undefined);
    if (!phrase) return undefined;
    return { sentence: target, cue: span(token), match, phrase, lastToken: last };
  }
  if (colon && last >= low) {
    // "She then addressed the supporters again: “…”": the subject of a clause that ends in a colon.
    const subject = mainSubject(tokens, low, last, inMention);
    if (
      subject &&
      subject.last < last &&
      ((subject.first === subject.last && /^(?:he|she|they|we|i)$/.test(tokens[subject.first].lower)) ||
        inMention(tokens[subject.last]))
    ) {
      return { sentence: target, cue: span(tokens[last + 1]), match: null, phrase: subject, lastToken: last + 1 };
    }
    // "Her answer:" / "Peskov:": a noun phrase that fills the text before the colon.
    const phrase = phraseEndingAt(tokens, last, low, inMention);
    if (phrase && (phrase.first === low || (phrase.first === low + 1 && SENTENCE_CONNECTORS.has(tokens[low].lower)))) {
      return { sentence: target, cue: span(tokens[last + 1]), match: null, phrase, lastToken: last + 1 };
    }
  }
  return undefined;
}

export interface DirectQuoteResult {
  statements: DraftStatement[];
  /** Offsets of cue words already used by a quotation's attribution. */
  usedCues: Set<number>;
  /** Quotations that became (part of) a direct statement. */
  usedQuotations: Set<number>;
}

function speakerOf(attribution: Attribution): SpeakerPhrase {
  const { phrase, sentence } = attribution;
  const speaker: SpeakerPhrase = { start: phrase.start, end: phrase.end, sentence: sentence.index };
  if (phrase.apposition) speaker.apposition = phrase.apposition;
  return speaker;
}

/**
 * Direct quotations and their speakers. A quotation is a statement when it stands as an utterance
 * (it opens a sentence, or follows a colon, a comma or a speech verb) and an attribution sits right
 * after it ("…,” he said.) or right before it (Smith said: “…”). "“A,” he said. “B.”" is one statement
 * with two pieces. A paragraph that is only a quotation, with no attribution, continues the quote
 * of the paragraph before it when there is one; otherwise it is left out as unattributable.
 */
export function findDirectQuotes(view: ArticleView, inMention: InMention): DirectQuoteResult {
  const { text, quotations } = view;
  const statements: DraftStatement[] = [];
  const usedCues = new Set<number>();
  const usedQuotations = new Set<number>();
  const attributionAfterCache = new Map<number, Attribution | null>();

  const attributionAfter = (q: number): Attribution | undefined => {
    const cached = attributionAfterCache.get(q);
    if (cached !== undefined) return cached ?? undefined;
    const quote = quotations[q];
    let found: Attribution | undefined;
    const closing = sentenceAt(view, quote.end - 1);
    if (closing && !closing.boilerplate) {
      let start = tokenIndexAt(closing, quote.end);
      while (start < closing.tokens.length && /^[,—–\-]$/.test(closing.tokens[start].lower)) start++;
      if (start < closing.tokens.length) {
        found = attributionStartingAt(closing, start, inMention, false);
      } else {
        // "“How are you?” Miller said." was split after the question mark: look at the next sentence.
        const next = view.sentences[closing.index + 1];
        const content = text.slice(quote.open, quote.end);
        if (
          next &&
          next.paragraph === closing.paragraph &&
          /[?!.…—-]\s*(?:[”"]|'')$/.test(content) &&
          next.tokens.length > 0 &&
          next.quoteOf[0] < 0
        ) {
          const candidate = attributionStartingAt(next, 0, inMention, true);
          // The attribution must be the whole sentence ("Miller, a retired worker, said pleasantly into the phone.").
          if (
            candidate &&
            (candidate.lastToken >= next.tokens.length - 2 || next.quoteOf[candidate.lastToken + 1] >= 0)
          )
            found = candidate;
        }
      }
    }
    attributionAfterCache.set(q, found ?? null);
    return found;
  };

  for (let q = 0; q < quotations.length; q++) {
    if (usedQuotations.has(q)) continue;
    const quote = quotations[q];
    if (insideAny(view.boilerplate, quote.open, quote.end)) continue;
    const sentence = sentenceAt(view, quote.open);
    if (!sentence) continue;
    const openIndex = tokenIndexAt(sentence, quote.open);
    const before = sentence.tokens[openIndex - 1];
    const pieces = contentPieces(text, quote);
    if (pieces.length === 0) continue;
    const words = wordCount(text, pieces);
    const standsAlone =
      openIndex === 0 ||
      (before !== undefined &&
        (before.lower === ':' ||
          before.lower === '.' ||
          before.lower === '?' ||
          before.lower === '!' ||
          before.lower === '—' ||
          before.lower === '–' ||
          before.lower === '(' ||
          (before.lower === ',' && words >= 3) ||
          (!!cueAt(sentence.tokens, openIndex - 1, inMention) && words >= 2)));
    if (!standsAlone) continue; // a fragment: reported speech or a scare quote, handled elsewhere

    const lastContent = text.slice(pieces[pieces.length - 1].start, quote.end);
    const endsWithComma = /,\s*(?:[”"]|'')?$/.test(lastContent.trim());
    const afterToken = (() => {
      const closing = sentenceAt(view, quote.end - 1);
      return closing?.tokens[tokenIndexAt(closing, quote.end)];
    })();
    const lowercaseAfter = !!afterToken && afterToken.isWord && !afterToken.isCapitalized;
    let attribution: Attribution | undefined;
    let attributedAfter = false;
    if (endsWithComma || lowercaseAfter) {
      attribution = attributionAfter(q);
      attributedAfter = !!attribution;
      if (!attribution) attribution = attributionBefore(view, sentence, openIndex, inMention);
    } else {
      attribution = attributionBefore(view, sentence, openIndex, inMention);
      if (!attribution) {
        attribution = attributionAfter(q);
        attributedAfter = !!attribution;
      }
    }

    // "Trump said “very soon”": a lowercase fragment right after the verb is a partial quotation.
    const fragment = !!before && before.isWord && /^\p{Ll}/u.test(text.slice(pieces[0].start, pieces[0].start + 1));
    const draft: DraftStatement = {
      kind: fragment ? 'PARTIAL' : 'DIRECT',
      pieces,
      cue: attribution?.cue ?? null,
      cueTier: attribution ? (attribution.match ? attribution.match.verb.tier : 'colon') : null,
      speaker: attribution ? speakerOf(attribution) : null,
      sentence: sentence.index,
    };

    if (!attribution) {
      // A quotation paragraph with no attribution continues the previous speaker's quote.
      const previous = statements[statements.length - 1];
      const paragraphStart =
        openIndex === 0 && (view.sentences[sentence.index - 1]?.paragraph ?? -1) !== sentence.paragraph;
      const previousParagraph = previous ? (view.sentences[previous.sentence]?.paragraph ?? -99) : -99;
      const near = previous && sentence.paragraph - previousParagraph <= 1 && previous.speaker;
      if (!near || (!paragraphStart && previousParagraph !== sentence.paragraph)) continue;
      if (looksLikeTitle(text, pieces)) continue;
      draft.continues = previous;
    } else if (attribution.cue) {
      usedCues.add(attribution.cue.start);
    }
    usedQuotations.add(q);

    // "“A,” he said. “B.”": following quotations with no attribution of their own join this one.
    if (attributedAfter && attribution) {
      let lastEnd = attribution.sentence.tokens[attribution.lastToken].end;
      for (let next = q + 1; next < quotations.length; next++) {
        const following = quotations[next];
        const gap = text.slice(lastEnd, following.open);
        if (!/^[\s.,;:—–\-]*$/.test(gap) || /\n/.test(gap)) break;
        if (attributionAfter(next)) break;
        const followingPieces = contentPieces(text, following);
        if (followingPieces.length === 0) break;
        draft.pieces.push(...followingPieces);
        usedQuotations.add(next);
        lastEnd = following.end;
      }
    }
    statements.push(draft);
  }
  return { statements, usedCues, usedQuotations };
}
