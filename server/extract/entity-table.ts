import type { Entity, EntityType, Mention, MentionForm } from './types.js';
import type { Gender } from './person-gender.js';

/** The recognizer's labels we keep: LOCATION only becomes an entity when it speaks (a country, a city hall). */
export type RecordType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

/** An entity while the article is being read; keys are given once, at the end. */
export interface EntityRecord {
  id: number;
  type: RecordType;
  mentions: Mention[];
  gender?: Gender;
  /** Roles written next to its names or in appositions ("Russian President", "the president’s spokesman"). */
  roles: string[];
  /** A LOCATION that is the subject of a speech verb: reported as an ORGANIZATION speaker. */
  speaks: boolean;
  /** A LOCATION's mentions where it speaks: the only ones reported (elsewhere it is a place). */
  speakingMentions: Set<Mention>;
  /** Bumped when a name-like mention is added, so the cached fullest name stays right. */
  nameVersion: number;
  nameCache?: { version: number; name: string };
}

export interface MentionRef {
  record: EntityRecord;
  mention: Mention;
}

/** All entities of one article and the mentions that point at them, in text order. */
export class EntityTable {
  readonly records: EntityRecord[] = [];
  private sorted: MentionRef[] | null = null;

  create(type: RecordType): EntityRecord {
    const record: EntityRecord = {
      id: this.records.length,
      type,
      mentions: [],
      roles: [],
      speaks: false,
      speakingMentions: new Set(),
      nameVersion: 0,
    };
    this.records.push(record);
    return record;
  }

  addMention(record: EntityRecord, mention: Mention): void {
    record.mentions.push(mention);
    if (isNameForm(mention.form)) record.nameVersion++;
    // Keep the sorted index up to date when there is one (resolution adds mentions one by one).
    if (this.sorted) {
      const ref = { record, mention };
      let low = 0;
      let high = this.sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (compareRefs(this.sorted[mid], ref) <= 0) low = mid + 1;
        else high = mid;
      }
      this.sorted.splice(low, 0, ref);
    }
  }

  /** Moves every mention of `from` to `to` (an acronym or short name found to be the same entity). */
  moveMentions(from: EntityRecord, to: EntityRecord, form: MentionForm): void {
    for (const mention of from.mentions) to.mentions.push({ ...mention, form });
    from.mentions = [];
    from.nameVersion++;
    to.nameVersion++;
    this.sorted = null;
  }

  /** Every mention, ordered by start offset. */
  allMentions(): MentionRef[] {
    if (!this.sorted) {
      this.sorted = this.records
        .flatMap((record) => record.mentions.map((mention) => ({ record, mention })))
        .sort(compareRefs);
    }
    return this.sorted;
  }

  /** Mentions that overlap [start, end), in text order (binary search, then a short scan). */
  mentionsIn(start: number, end: number): MentionRef[] {
    const all = this.allMentions();
    let low = 0;
    let high = all.length;
    // First mention whose start is >= start - 200: mentions are short, so nothing earlier can overlap.
    const from = start - 200;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (all[mid].mention.start < from) low = mid + 1;
      else high = mid;
    }
    const found: MentionRef[] = [];
    for (let i = low; i < all.length && all[i].mention.start < end; i++) {
      if (all[i].mention.end > start) found.push(all[i]);
    }
    return found;
  }

  hasMentionAt(start: number, end: number): boolean {
    return this.mentionsIn(start, end).some((ref) => ref.mention.start === start && ref.mention.end === end);
  }

  /**
   * A country or city that is the subject of a speech verb ("China said …") speaks for its
   * government: reported as an ORGANIZATION, with the mentions where it speaks and no others.
   */
  static speaksAt(record: EntityRecord, mention: Mention): void {
    if (record.type !== 'LOCATION') return;
    record.speaks = true;
    record.speakingMentions.add(mention);
  }

  /** Whether this record is reported in the result (people, organizations, and locations that speak). */
  static isReported(record: EntityRecord): boolean {
    return record.mentions.length > 0 && (record.type !== 'LOCATION' || record.speaks);
  }

  static reportedType(record: EntityRecord): EntityType {
    return record.type === 'PERSON' ? 'PERSON' : 'ORGANIZATION';
  }

  /** The fullest name: the longest NAME-like mention (most words, then most characters). */
  static nameOf(record: EntityRecord): string {
    if (record.nameCache && record.nameCache.version === record.nameVersion) return record.nameCache.name;
    const name = EntityTable.computeName(record);
    record.nameCache = { version: record.nameVersion, name };
    return name;
  }

  private static computeName(record: EntityRecord): string {
    let best = '';
    let bestWords = 0;
    for (const mention of record.mentions) {
      if (!isNameForm(mention.form)) continue;
      const words = mention.text.split(/\s+/).length;
      if (words > bestWords || (words === bestWords && mention.text.length > best.length)) {
        best = mention.text;
        bestWords = words;
      }
    }
    return spacedWords(best || record.mentions[0]?.text || '');
  }

  /** Final entities with stable keys ("p1", "o1") in order of first mention. */
  finalize(): { entities: Entity[]; keyOf: Map<EntityRecord, string> } {
    const reported = this.records
      .filter((record) => EntityTable.isReported(record))
      .map((record) => {
        const mentions = reportedMentions(record).sort((a, b) => a.start - b.start);
        return { record, mentions, first: mentions[0]?.start ?? 0 };
      })
      .filter(({ mentions }) => mentions.length > 0)
      .sort((a, b) => a.first - b.first);
    const keyOf = new Map<EntityRecord, string>();
    const entities: Entity[] = [];
    let people = 0;
    let organizations = 0;
    for (const { record, mentions } of reported) {
      const type = EntityTable.reportedType(record);
      const key = type === 'PERSON' ? `p${++people}` : `o${++organizations}`;
      keyOf.set(record, key);
      const name = EntityTable.nameOf(record);
      const aliases = [...new Set(mentions.filter((m) => isNameForm(m.form)).map((m) => spacedWords(m.text)))].filter(
        (alias) => alias !== name,
      );
      entities.push({ key, type, name, aliases, mentions });
    }
    return { entities, keyOf };
  }
}

/** A place's mentions where it speaks; everyone else's mentions, all of them. */
function reportedMentions(record: EntityRecord): Mention[] {
  return record.type === 'LOCATION'
    ? record.mentions.filter((m) => record.speakingMentions.has(m))
    : [...record.mentions];
}

function compareRefs(a: MentionRef, b: MentionRef): number {
  return a.mention.start - b.mention.start || b.mention.end - a.mention.end;
}

/** A name is its words joined by single spaces, whatever space the text puts between them ("Joe\u00a0Biden"). */
function spacedWords(text: string): string {
  return text.trim().split(/\s+/u).join(' ');
}

export function isNameForm(form: MentionForm): boolean {
  return form === 'NAME' || form === 'SHORT_NAME' || form === 'ACRONYM';
}
