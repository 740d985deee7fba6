import { buildArticleView, sentenceAt, type ArticleView } from './article-view.js';
import { buildAttributionInput } from './attribution/article-input.js';
import type { AttributionModel } from './attribution/attribution-model.js';
import { combineDrafts } from './attribution/combine-drafts.js';
import { decodeAttributions } from './attribution/decode-attributions.js';
import { loadAttributionModel } from './attribution/model-loader.js';
import { confidenceOf, marginBucket, type StatementEvidence } from './attribution/calibration.js';
import type { DraftStatement } from './draft-statement.js';
import type { EntityTable } from './entity-table.js';
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
  /**
   * The learned attribution labeller run beside the rules; null for the rules alone.
   * @default the committed model (attribution/data), or null when it is absent
   */
  attribution?: AttributionModel | null;
  /**
   * A learned statement is kept when its confidence (the share of statements like it that were right
   * on held-out data) is at least this; above 1 keeps none. Rule statements are always kept.
   * @default KEEP_LEARNED
   */
  keepLearned?: number;
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

/** What the rules make of an article before speakers are resolved: the labeller reads it too. */
export interface RuleAnalysis {
  view: ArticleView;
  spans: EntitySpan[];
  table: EntityTable;
  drafts: DraftStatement[];
}

/**
 * The whole pipeline for one article. May throw on a bug: `extract` in index.ts guards it.
 * Link cards flattened into the text (see link-cards.ts) are read as blank space, so no name or
 * statement comes out of them and the name before a card meets the verb after it; the offsets and
 * texts returned are those of `text` itself.
 */
export function extractArticle(original: string, options: ExtractOptions = DEFAULT_OPTIONS): Extraction {
  const cards = findLinkCards(original);
  const result = extractWithEvidence(blankSpans(original, cards), options).extraction;
  if (cards.length === 0) return result;
  for (const statement of result.statements) {
    statement.text = original.slice(statement.start, statement.end);
    statement.content = statement.pieces.map((piece) => original.slice(piece.start, piece.end)).join(' ');
  }
  const boilerplate = [...result.boilerplate, ...cards].sort((a, b) => a.start - b.start);
  return { ...result, boilerplate };
}

/** Default of `keepLearned`: the confidence a learned statement needs to be kept (chosen by CV, see README). */
export const KEEP_LEARNED = 0.6;

/** The pipeline, with what each statement's confidence was read from (training calibrates on it). */
export function extractWithEvidence(
  text: string,
  options: ExtractOptions = DEFAULT_OPTIONS,
  keepAllLearned = false,
): { extraction: Extraction; evidence: StatementEvidence[] } {
  const { view, spans, table, drafts: ruleDrafts } = analyzeArticle(text, options);
  const model = options.attribution === undefined ? loadAttributionModel() : options.attribution;
  let drafts = ruleDrafts;
  if (model) {
    const input = buildAttributionInput(text, view.quoted, spans, ruleDrafts);
    const learned = decodeAttributions(input, model.label(input), (offset) => sentenceAt(view, offset)?.index ?? 0);
    drafts = combineDrafts(
      ruleDrafts,
      learned.filter(({ draft }) => draft.kind !== 'DIRECT'), // quotations are the rules' job
    );
  }
  const calibration = model?.calibration ?? null;
  const keepLearned = options.keepLearned ?? KEEP_LEARNED;
  const evidenceOf = (draft: DraftStatement, hasSpeaker: boolean): StatementEvidence =>
    draft.margin !== undefined
      ? { origin: 'model', detail: marginBucket(draft.margin), hasSpeaker }
      : draft.cueTier === 'colon'
        ? { origin: 'colon', detail: 'colon', hasSpeaker }
        : draft.kind === 'DIRECT'
          ? { origin: 'direct', detail: draft.cue ? 'cue' : 'no-cue', hasSpeaker }
          : { origin: 'reported', detail: String(draft.cueTier), hasSpeaker };
  const resolved = resolveSpeakers(view, table, drafts).filter(
    ({ draft, record }) =>
      keepAllLearned ||
      draft.margin === undefined ||
      confidenceOf(calibration, evidenceOf(draft, record !== null)) >= keepLearned,
  );
  addConfidentPronouns(view, table);
  const { entities, keyOf } = table.finalize();
  const evidence = resolved.map(({ draft, record }) => evidenceOf(draft, record !== null));
  const statements = buildStatements(view, table, resolved, keyOf, (i) => confidenceOf(calibration, evidence[i]));
  return { extraction: { entities, statements, boilerplate: view.boilerplate.map((span) => ({ ...span })) }, evidence };
}

/** Entities and the rules' statement drafts of an article. */
export function analyzeArticle(text: string, options: ExtractOptions = DEFAULT_OPTIONS): RuleAnalysis {
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
  return { view, spans, table, drafts };
}
