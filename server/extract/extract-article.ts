import { buildArticleView } from './article-view.js';
import { buildStatements, selectDrafts } from './assemble-statements.js';
import { findDirectQuotes } from './attribute-quotes.js';
import type { CueTier } from './cue-verbs.js';
import { findColonStatements } from './find-colon-statements.js';
import { findReportedSpeech } from './find-reported-speech.js';
import { blankSpans, findLinkCards } from './link-cards.js';
import { linkEntities } from './link-entities.js';
import { recognizeEntities, type EntitySpan } from './ner/index.js';
import { addConfidentPronouns, resolveSpeakers } from './resolve-speakers.js';
import { findRoleReferences } from './role-nouns.js';
import type { InMention } from './speaker-phrases.js';
import type { Token } from './tokens.js';
import type { Extraction, Span } from './types.js';
import { countTitleWords } from './word-count.js';

export interface ExtractOptions {
  /**
   * Cue tiers that make reported-speech statements. "speech" is saying and writing; "stance" adds
   * beliefs, intentions and judgements ("thinks", "wants", "supports"), which PolNeAR counts as
   * attributions. Quotations are attributed with speech verbs whatever this says.
   */
  reportedTiers: ReadonlySet<CueTier>;
}

export const DEFAULT_OPTIONS: ExtractOptions = {
  reportedTiers: new Set<CueTier>(['speech', 'stance']),
};

function recognize(text: string): EntitySpan[] {
  try {
    const spans = recognizeEntities(text);
    return Array.isArray(spans) ? spans : [];
  } catch {
    return [];
  }
}

function isVerbForm(token: Token): boolean {
  return !!token.cue && token.cue.form !== 'base';
}

/** Marks the paragraphs written in Title Case (headlines): most of their words are capitalized. */
function titleCaseMask(text: string, paragraphs: Span[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const paragraph of paragraphs) {
    if (paragraph.end - paragraph.start > 300) continue;
    const { words, capitalized } = countTitleWords(text, paragraph.start, paragraph.end);
    if (words < 4) continue;
    if (capitalized / words >= 0.7) mask.fill(1, paragraph.start, paragraph.end);
  }
  return mask;
}

/**
 * The whole pipeline for one article. May throw on a bug: `extract` in index.ts guards it.
 * Link cards flattened into the text (see link-cards.ts) are read as blank space, so no name or
 * statement comes out of them and the name before a card meets the verb after it; the offsets and
 * texts returned are those of `text` itself.
 */
export function extractArticle(original: string, options: ExtractOptions = DEFAULT_OPTIONS): Extraction {
  const cards = findLinkCards(original);
  const result = extractFromText(blankSpans(original, cards), options);
  if (cards.length === 0) return result;
  for (const statement of result.statements) statement.text = original.slice(statement.start, statement.end);
  const boilerplate = [...result.boilerplate, ...cards].sort((a, b) => a.start - b.start);
  return { ...result, boilerplate };
}

function extractFromText(text: string, options: ExtractOptions): Extraction {
  const view = buildArticleView(text);
  const spans = recognize(text);
  const table = linkEntities(text, spans);

  // A token is part of a name when any recognised span covers its first character.
  const inName = new Uint8Array(text.length);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= text.length && span.end > span.start) inName.fill(1, span.start, span.end);
  }
  // In a Title Case line ("Trump Says He Never Pledged …") the recognizer may swallow the verb into
  // a name; a capitalized speech verb there is read as a verb, not as part of the name.
  const titleCase = titleCaseMask(text, view.paragraphs);
  const inMention: InMention = (token) =>
    inName[token.start] === 1 && !(titleCase[token.start] === 1 && isVerbForm(token));

  for (const { span, record } of findRoleReferences(view, table)) {
    if (!table.hasMentionAt(span.start, span.end)) {
      table.addMention(record, { ...span, text: text.slice(span.start, span.end), form: 'ROLE' });
    }
  }

  const direct = findDirectQuotes(view, inMention);
  const reported = findReportedSpeech(view, inMention, direct.usedCues, { tiers: options.reportedTiers });
  const labelled = findColonStatements(view, inMention);
  const drafts = selectDrafts(direct.statements, [...reported, ...labelled]);
  const resolved = resolveSpeakers(view, table, drafts);
  addConfidentPronouns(view, table);
  const { entities, keyOf } = table.finalize();
  const statements = buildStatements(view, table, resolved, keyOf);
  return { entities, statements, boilerplate: view.boilerplate.map((span) => ({ ...span })) };
}
