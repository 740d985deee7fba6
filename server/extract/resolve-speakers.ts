import type { ArticleView, SentenceView } from './article-view.js';
import type { DraftStatement, SpeakerPhrase } from './draft-statement.js';
import { EntityTable, type EntityRecord } from './entity-table.js';
import { pronounGender } from './person-gender.js';
import { resolveDescription } from './role-nouns.js';
import type { Mention, Span } from './types.js';
import { countWords } from './word-count.js';

/** A statement with its speaker resolved: the entity (if any) and where it is referred to. */
export interface ResolvedDraft {
  draft: DraftStatement;
  record: EntityRecord | null;
  mention: Span | null;
}

interface SpeakerEvent {
  record: EntityRecord;
  sentence: number;
}

const POSSESSIVE_AFTER = /^\s*(?:’s|'s|’|')/;

/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_WINDOW = 5;

/**
 * Resolves each statement's speaker phrase to an entity, in text order. Names resolve through the
 * recognizer's mentions (the head name, not a possessor: "Bennett’s sister" is not Bennett).
 * "he"/"she" resolve to the speaker of a recent statement, else to the person in subject position
 * of a recent sentence, else to the latest person named, skipping names inside quotations and
 * people of the other gender. "who" resolves through the name before it; "the French leader"
 * through role-nouns. A country or city that speaks becomes an organization speaker (see placeSpeaks).
 */
export function resolveSpeakers(view: ArticleView, table: EntityTable, drafts: DraftStatement[]): ResolvedDraft[] {
  const resolved: ResolvedDraft[] = [];
  const byDraft = new Map<DraftStatement, ResolvedDraft>();
  const events: SpeakerEvent[] = [];
  for (const draft of drafts) {
    let record: EntityRecord | null = null;
    let mention: Span | null = null;
    if (draft.continues && byDraft.has(draft.continues)) {
      const earlier = byDraft.get(draft.continues)!;
      record = earlier.record;
      mention = earlier.mention;
    } else if (draft.sharesSubjectWith && byDraft.has(draft.sharesSubjectWith)) {
      const earlier = byDraft.get(draft.sharesSubjectWith)!;
      record = earlier.record;
      mention = earlier.mention;
    } else if (draft.speaker) {
      mention = { start: draft.speaker.start, end: draft.speaker.end };
      record = resolvePhrase(view, table, draft.speaker, events, draft.cueTier !== 'colon');
    }
    const result = { draft, record, mention };
    resolved.push(result);
    byDraft.set(draft, result);
    if (record) events.push({ record, sentence: draft.speaker?.sentence ?? draft.sentence });
  }
  return resolved;
}

function resolvePhrase(
  view: ArticleView,
  table: EntityTable,
  phrase: SpeakerPhrase,
  events: SpeakerEvent[],
  placesMaySpeak = true,
): EntityRecord | null {
  const { text } = view;
  const words = text.slice(phrase.start, phrase.end);
  const lower = words.toLowerCase();
  if (phrase.antecedent) {
    return resolvePhrase(view, table, { ...phrase.antecedent, sentence: phrase.sentence }, events, placesMaySpeak);
  }
  const head = headMention(table, text, phrase);
  if (head && (head.record.type !== 'LOCATION' || placeSpeaks(text, phrase, head.mention, placesMaySpeak))) {
    EntityTable.speaksAt(head.record, head.mention);
    return head.record;
  }
  const gender = pronounGender(lower);
  if (gender === 'male' || gender === 'female') {
    const record = resolvePersonPronoun(view, table, phrase, gender, events);
    if (record) addReference(table, record, text, phrase, 'PRONOUN');
    return record ?? null;
  }
  if (/^(?:the|The)\s/.test(words)) {
    const record = resolveDescription(table, text, phrase);
    if (record) {
      addReference(table, record, text, phrase, 'ROLE');
      return record;
    }
  }
  return null;
}

/**
 * A country or city speaks for its government only as the whole speaker phrase ("Israel says …",
 * "The United States halted talks, saying …"). A place inside a longer phrase is not the speaker
 * ("U.S. officials said", "Police in the town of Uyo said"), nor is a place before a colon: that is a
 * dateline or a heading ("LEICESTER: …", "England: Mike Atherton, …").
 */
function placeSpeaks(text: string, phrase: Span, mention: Span, placesMaySpeak: boolean): boolean {
  if (!placesMaySpeak) return false;
  return (
    /^\s*(?:the\s+)?$/iu.test(text.slice(phrase.start, mention.start)) &&
    /^\s*$/u.test(text.slice(mention.end, phrase.end))
  );
}

function addReference(table: EntityTable, record: EntityRecord, text: string, span: Span, form: Mention['form']): void {
  if (table.hasMentionAt(span.start, span.end)) return;
  table.addMention(record, { start: span.start, end: span.end, text: text.slice(span.start, span.end), form });
}

/** The name that heads a phrase: not a possessor ("Bennett’s"), the first one before "of". */
function headMention(table: EntityTable, text: string, phrase: Span) {
  const inside = table
    .mentionsIn(phrase.start, phrase.end)
    .filter((ref) => ref.mention.start >= phrase.start && ref.mention.end <= phrase.end)
    .filter((ref) => ref.mention.form !== 'PRONOUN' && ref.mention.form !== 'ROLE');
  const heads = inside.filter((ref) => !POSSESSIVE_AFTER.test(text.slice(ref.mention.end, ref.mention.end + 3)));
  if (heads.length === 0) return undefined;
  const first = heads[0];
  // "Joel Pollak of Breitbart California": the name before "of" is the speaker.
  if (/^\s+(?:of|from|at|for)\s/.test(text.slice(first.mention.end, first.mention.end + 7))) return first;
  return heads[heads.length - 1];
}

function compatible(record: EntityRecord, gender: 'male' | 'female'): boolean {
  return record.type === 'PERSON' && (!record.gender || record.gender === gender);
}

function resolvePersonPronoun(
  view: ArticleView,
  table: EntityTable,
  phrase: SpeakerPhrase,
  gender: 'male' | 'female',
  events: SpeakerEvent[],
): EntityRecord | undefined {
  const here = view.sentences[phrase.sentence];
  if (!here) return undefined;
  // In the same sentence, a person named before the pronoun outside quotations ("After Smith left, he said").
  const sameSentence = peopleIn(view, table, here, phrase.start).filter((ref) => compatible(ref.record, gender));
  if (sameSentence.length > 0)
    return (sameSentence.find((ref) => ref.subject) ?? sameSentence[sameSentence.length - 1]).record;
  const paragraphFloor = here.paragraph - 2;
  for (let s = here.index - 1; s >= 0 && here.index - s <= PRONOUN_WINDOW; s--) {
    const sentence = view.sentences[s];
    if (sentence.paragraph < paragraphFloor) break;
    const speakers = events.filter((event) => event.sentence === s && compatible(event.record, gender));
    if (speakers.length > 0) return speakers[speakers.length - 1].record;
    const people = peopleIn(view, table, sentence, sentence.end).filter((ref) => compatible(ref.record, gender));
    const subject = people.find((ref) => ref.subject);
    if (subject) return subject.record;
    if (people.length > 0) return people[people.length - 1].record;
  }
  return undefined;
}

/** People named in a sentence before `limit`, outside quotations, with a flag for subject position. */
function peopleIn(view: ArticleView, table: EntityTable, sentence: SentenceView, limit: number) {
  const refs = table.mentionsIn(sentence.start, Math.min(limit, sentence.end));
  const out: Array<{ record: EntityRecord; subject: boolean }> = [];
  for (const ref of refs) {
    if (ref.record.type !== 'PERSON' || ref.mention.form === 'PRONOUN') continue;
    if (view.quoted[ref.mention.start] === 1) continue;
    // Subject position: near the start of the sentence, or right after an opening phrase and comma.
    const wordsBefore = countWords(view.text, sentence.start, ref.mention.start);
    const subject =
      wordsBefore <= 3 || (wordsBefore <= 8 && /,\s*$/.test(view.text.slice(sentence.start, ref.mention.start)));
    out.push({ record: ref.record, subject });
  }
  return out;
}

const PERSONAL_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/**
 * PRONOUN mentions beyond speakers, only where the text leaves no doubt: "he/his/her…" outside
 * quotations, when exactly one person of a fitting gender is named (outside quotations) earlier in
 * the same sentence or in the sentence before.
 */
export function addConfidentPronouns(view: ArticleView, table: EntityTable): void {
  for (const sentence of view.sentences) {
    if (sentence.boilerplate) continue;
    const previous = view.sentences[sentence.index - 1];
    const tokens = sentence.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (!PERSONAL_PRONOUNS.has(token.lower) || sentence.quoteOf[t] >= 0) continue;
      if (table.hasMentionAt(token.start, token.end)) continue;
      const gender = pronounGender(token.lower) as 'male' | 'female';
      const candidates = new Set<EntityRecord>();
      for (const ref of peopleIn(view, table, sentence, token.start))
        if (compatible(ref.record, gender)) candidates.add(ref.record);
      if (previous && previous.paragraph >= sentence.paragraph - 1) {
        for (const ref of peopleIn(view, table, previous, previous.end))
          if (compatible(ref.record, gender)) candidates.add(ref.record);
      }
      if (candidates.size !== 1) continue;
      const [record] = candidates;
      table.addMention(record, { start: token.start, end: token.end, text: token.text, form: 'PRONOUN' });
    }
  }
}
