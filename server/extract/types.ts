/**
 * The contract of the extractor: plain text in, this structure out.
 * Every offset is a JavaScript (UTF-16) string index into the text given to `extract`,
 * end exclusive, so `text.slice(start, end)` is always the span named.
 */

export type EntityType = 'PERSON' | 'ORGANIZATION';

export type StatementKind = 'DIRECT' | 'INDIRECT' | 'PARTIAL' | 'MIXED';

export interface Span {
  start: number;
  end: number;
}

/** How an entity is referred to at one place in the text. */
export type MentionForm = 'NAME' | 'SHORT_NAME' | 'ACRONYM' | 'PRONOUN' | 'ROLE';

export interface Mention extends Span {
  /** `text.slice(start, end)`. */
  text: string;
  form: MentionForm;
  /** A title or role written next to the name ("Russian President"), when there is one. */
  role?: string;
}

export interface Entity {
  /** Stable within one extraction result; statements point at entities by this key. */
  key: string;
  type: EntityType;
  /** The fullest name the article uses ("Vladimir Putin", "International Criminal Court"). */
  name: string;
  /** Other names the article uses for it ("Putin", "ICC"). */
  aliases: string[];
  mentions: Mention[];
}

export interface StatementSpeaker {
  entityKey: string;
  name: string;
  type: EntityType;
}

export interface Statement extends Span {
  /** `text.slice(start, end)`: the whole stretch, interruptions ("he said") included. */
  text: string;
  kind: StatementKind;
  /** The content pieces: one for most statements, several when an interruption splits a quote. */
  pieces: Span[];
  /** The cue word or phrase as written ("added", "according to"), or null. */
  cue: string | null;
  cueSpan: Span | null;
  speaker: StatementSpeaker | null;
  /** Where the speaker is named or referred to for this statement ("he", "Peskov"). */
  speakerMention: Span | null;
  /** Keys of entities mentioned inside the statement's content. */
  mentionedEntityKeys: string[];
  /** Only the quoted or reported words: the pieces' text joined by a single space (no "he said"). */
  content: string;
  /**
   * How likely the statement is right (its content found in a human annotation under the 30% rule),
   * from 0 to 1: the share right among statements like it on cross-validation folds.
   */
  confidence: number;
}

export interface Extraction {
  entities: Entity[];
  statements: Statement[];
  /** Stretches recognised as boilerplate (photo captions, "Read more:" trailers): no statements come from them. */
  boilerplate: Span[];
}
