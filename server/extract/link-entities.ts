import type { EntitySpan } from './ner/index.js';
import { EntityTable, type EntityRecord } from './entity-table.js';
import { genderOfGivenName, genderOfTitle } from './person-gender.js';
import type { Mention } from './types.js';

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Rev)\.?$/;
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** Generic organization heads that are too vague to link on their own ("the Council"). */
const GENERIC_ORG_WORDS = new Set([
  'council',
  'court',
  'party',
  'department',
  'ministry',
  'committee',
  'house',
  'office',
  'agency',
  'group',
  'commission',
  'union',
  'bank',
  'university',
  'company',
  'government',
  'administration',
  'campaign',
  'senate',
  'assembly',
  'board',
  'institute',
  'center',
  'centre',
  'network',
  'news',
  'post',
  'times',
  'service',
  'force',
]);
const ORG_STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', '&']);

interface PersonName {
  words: string[];
  first: string;
  last: string;
}

function personName(text: string): PersonName {
  const words = text.split(/\s+/).filter((word) => word && !HONORIFIC.test(word));
  const core = words.filter((word) => !NAME_SUFFIX.test(word));
  const normalized = (core.length > 0 ? core : words).map(normalizeNamePart);
  return { words: normalized, first: normalized[0] ?? '', last: normalized[normalized.length - 1] ?? '' };
}

/** "al-Assad" and "Assad", "O’Neill" and "O'Neill" compare equal. */
function normalizeNamePart(word: string): string {
  return word
    .replace(/’/g, "'")
    .replace(/^(?:al|el|ad|as|bin|ibn)-/i, '')
    .toLowerCase();
}

function firstNamesCompatible(a: PersonName, b: PersonName): boolean {
  if (a.words.length < 2 || b.words.length < 2) return true;
  if (a.first === b.first) return true;
  // "G. Bush" and "George Bush"; "Bill" vs "William" is not attempted.
  const initial = (word: string) => word.replace(/\.$/, '');
  return (
    (initial(a.first).length === 1 && b.first.startsWith(initial(a.first))) ||
    (initial(b.first).length === 1 && a.first.startsWith(initial(b.first)))
  );
}

function normalizeOrg(text: string): string {
  return text
    .replace(/^the\s+/i, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** "U.N." → "UN", "ICC" → "ICC"; undefined when the mention is not an acronym. */
function acronymLetters(text: string): string | undefined {
  const compact = text.replace(/\./g, '');
  if (/^\p{Lu}{2,7}s?$/u.test(compact) && !/\s/.test(text)) return compact.replace(/s$/, '');
  return undefined;
}

function initials(name: string, skipStopWords: boolean): string {
  return name
    .split(/[\s\-]+/)
    .filter((word) => word && (!skipStopWords || !ORG_STOP_WORDS.has(word.toLowerCase())))
    .map((word) => word.replace(/\./g, ''))
    .map((word) => (/^\p{Lu}+$/u.test(word) && word.length <= 4 ? word : (word[0] ?? '')))
    .join('')
    .toUpperCase();
}

interface CleanSpan extends EntitySpan {
  label: 'PERSON' | 'ORGANIZATION' | 'LOCATION';
}

function cleanSpans(text: string, spans: EntitySpan[]): CleanSpan[] {
  const kept: CleanSpan[] = [];
  const sorted = spans
    .filter((span) => span && Number.isInteger(span.start) && Number.isInteger(span.end))
    .filter((span) => span.start >= 0 && span.end <= text.length && span.end > span.start)
    .filter((span) => span.label === 'PERSON' || span.label === 'ORGANIZATION' || span.label === 'LOCATION')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const span of sorted) {
    if (span.start < lastEnd) continue; // overlapping spans: keep the earlier, longer one
    let start = span.start;
    let end = span.end;
    // Defensive: the contract says no "the" and no possessive, but a stray one must not become a name.
    const leadingThe = /^the\s+/i.exec(text.slice(start, end));
    if (leadingThe) start += leadingThe[0].length;
    const possessive = /['’]s?$/.exec(text.slice(start, end));
    if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
    if (end <= start) continue;
    kept.push({ ...span, start, end, text: text.slice(start, end) } as CleanSpan);
    lastEnd = span.end;
  }
  return kept;
}

function mentionOf(span: CleanSpan, form: Mention['form']): Mention {
  const mention: Mention = { start: span.start, end: span.end, text: span.text, form };
  if (span.role) mention.role = span.role;
  return mention;
}

/** The honorific written right before a name ("Mrs. Clinton"), which the recognizer leaves out of the span. */
function honorificBefore(text: string, start: number): string {
  const match = /(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$/.exec(text.slice(Math.max(0, start - 6), start));
  return match ? match[1] : '';
}

/**
 * Groups the recognizer's spans into entities. People: a full name opens an entity; a surname or
 * first name alone joins the entity whose name ends (or starts) with it. When two people share it
 * ("George Bush", "Jeb Bush"), the bare "Bush" goes to the one mentioned most recently before it
 * (or, if neither was mentioned yet, to the first one mentioned after it). Organizations: the same
 * name, an acronym whose letters are the initials of a longer name in the article
 * ("International Criminal Court (ICC)"), or a shorter name that ends a longer one
 * ("Security Council" → "U.N. Security Council").
 */
export function linkEntities(text: string, spans: EntitySpan[]): EntityTable {
  const table = new EntityTable();
  const clean = cleanSpans(text, spans);
  const personRecords: Array<{ record: EntityRecord; name: PersonName }> = [];
  const lastSeen = new Map<EntityRecord, number>();
  const firstSeen = new Map<EntityRecord, number>();

  const note = (record: EntityRecord, mention: Mention) => {
    table.addMention(record, mention);
    if (!firstSeen.has(record)) firstSeen.set(record, mention.start);
  };
  const addRole = (record: EntityRecord, span: CleanSpan) => {
    if (span.role && !record.roles.includes(span.role)) record.roles.push(span.role);
    const gender = genderOfTitle(`${honorificBefore(text, span.start)} ${span.role ?? ''}`);
    if (gender && !record.gender) record.gender = gender;
  };

  // Pass 1: full person names (two words or more) open or join entities.
  const singles: CleanSpan[] = [];
  for (const span of clean) {
    if (span.label !== 'PERSON') continue;
    const name = personName(span.text);
    if (name.words.length < 2) {
      singles.push(span);
      continue;
    }
    let found = personRecords.find(
      (entry) =>
        entry.name.words.length >= 2 && entry.name.last === name.last && firstNamesCompatible(entry.name, name),
    );
    if (!found) {
      found = { record: table.create('PERSON'), name };
      personRecords.push(found);
    } else if (name.words.length > found.name.words.length) {
      found.name = name;
    }
    note(found.record, mentionOf(span, 'NAME'));
    addRole(found.record, span);
    if (!found.record.gender) found.record.gender = genderOfGivenName(name.first);
  }
  for (const { record } of personRecords) {
    for (const mention of record.mentions) lastSeen.set(record, Math.max(lastSeen.get(record) ?? -1, mention.start));
  }

  // Pass 2: one-word person names link to a full name, or stand alone.
  const loneNames = new Map<string, EntityRecord>();
  const linkSingle = (span: CleanSpan): boolean => {
    const word = normalizeNamePart(personName(span.text).last || span.text);
    const candidates = personRecords.filter(
      (entry) => entry.name.words.length >= 2 && (entry.name.last === word || entry.name.first === word),
    );
    // Surnames first: "Clinton" is Hillary Clinton's surname before it is anyone's first name.
    const bySurname = candidates.filter((entry) => entry.name.last === word);
    const pool = bySurname.length > 0 ? bySurname : candidates;
    if (pool.length === 0) return false;
    const record =
      pool.length === 1
        ? pool[0].record
        : mostRecentBefore(
            pool.map((entry) => entry.record),
            span.start,
          );
    note(record, mentionOf(span, 'SHORT_NAME'));
    addRole(record, span);
    return true;
  };
  const mostRecentBefore = (records: EntityRecord[], offset: number): EntityRecord => {
    let best: EntityRecord | undefined;
    let bestStart = -1;
    for (const record of records) {
      for (const mention of record.mentions) {
        if (mention.start < offset && mention.start > bestStart && mention.form === 'NAME') {
          best = record;
          bestStart = mention.start;
        }
      }
    }
    if (best) return best;
    return [...records].sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0))[0];
  };
  for (const span of singles) {
    if (linkSingle(span)) continue;
    const key = normalizeNamePart(span.text);
    let record = loneNames.get(key);
    if (!record) {
      record = table.create('PERSON');
      loneNames.set(key, record);
    }
    note(record, mentionOf(span, 'NAME'));
    addRole(record, span);
    if (!record.gender) record.gender = genderOfTitle(honorificBefore(text, span.start));
  }

  // Organizations and locations: exact names first, then acronyms and shortened names.
  const byName = new Map<string, EntityRecord>();
  for (const span of clean) {
    if (span.label === 'PERSON') continue;
    // The recognizer sometimes labels a known person's surname as an organization.
    if (span.label === 'ORGANIZATION' && !/\s/.test(span.text) && !acronymLetters(span.text)) {
      const surname = normalizeNamePart(span.text);
      if (personRecords.some((entry) => entry.name.words.length >= 2 && entry.name.last === surname)) {
        if (linkSingle({ ...span, label: 'PERSON' })) continue;
      }
    }
    const key = `${span.label}:${normalizeOrg(span.text)}`;
    const existing = byName.get(key);
    if (existing) {
      note(existing, mentionOf(span, existing.mentions[0].form));
      continue;
    }
    const record = table.create(span.label);
    byName.set(key, record);
    note(record, mentionOf(span, 'NAME'));
  }
  mergeOrganizationForms(text, table, byName);
  return table;
}

/** An organization's fullest name when it has several words: what acronyms and short names fold into. */
interface LongName {
  record: EntityRecord;
  name: string;
  padStart: string;
  padEnd: string;
  /** Its initials, with and without stop words: worked out when an acronym first asks. */
  initials?: { core: string; all: string };
}

function initialsOf(entry: LongName): { core: string; all: string } {
  return (entry.initials ??= { core: initials(entry.name, true), all: initials(entry.name, false) });
}

/** Folds acronyms and shortened organization names into the entity with the full name. */
function mergeOrganizationForms(text: string, table: EntityTable, byName: Map<string, EntityRecord>): void {
  const organizations = [...byName.values()].filter((record) => record.type !== 'PERSON');
  const longNames: LongName[] = [];
  for (const record of organizations) {
    const name = EntityTable.nameOf(record);
    if (!/\s/.test(name)) continue;
    const normalized = normalizeOrg(name);
    // Padded once here: the suffix and prefix tests below run for every pair of organizations.
    longNames.push({ record, name, padStart: ` ${normalized}`, padEnd: `${normalized} ` });
  }
  for (const record of organizations) {
    if (record.mentions.length === 0) continue;
    const name = record.mentions[0].text;
    const letters = acronymLetters(name);
    let target: EntityRecord | undefined;
    let form: Mention['form'] = 'SHORT_NAME';
    if (letters) {
      // "Long Name (ACR)" written in the article wins; otherwise initials that match one long name.
      target = explicitAcronymTarget(text, table, record, letters);
      if (!target) {
        const matches = longNames.filter(
          (entry) =>
            entry.record !== record && (initialsOf(entry).core === letters || initialsOf(entry).all === letters),
        );
        if (matches.length === 1) target = matches[0].record;
      }
      form = 'ACRONYM';
    } else {
      const words = name.replace(/^the\s+/i, '').split(/\s+/);
      const distinctive = words.length >= 2 || !GENERIC_ORG_WORDS.has(words[0].toLowerCase());
      if (!distinctive) continue;
      const lower = ` ${normalizeOrg(name)}`;
      const prefix = `${lower.trim()} `;
      const matches = longNames.filter(
        (entry) =>
          entry.record !== record &&
          entry.name.length > name.length &&
          (entry.padStart.endsWith(lower) || entry.padEnd.startsWith(prefix)),
      );
      if (matches.length === 1 && words.length >= 2) target = matches[0].record;
      else if (matches.length === 1 && matches[0].record.type === record.type) target = matches[0].record;
    }
    if (!target || target === record || target.mentions.length === 0) continue;
    table.moveMentions(record, target, form);
    if (record.type === 'ORGANIZATION') target.type = 'ORGANIZATION';
  }
}

function explicitAcronymTarget(
  text: string,
  table: EntityTable,
  record: EntityRecord,
  letters: string,
): EntityRecord | undefined {
  for (const mention of record.mentions) {
    // "International Criminal Court (ICC)": the mention sits in parentheses right after another name.
    if (text[mention.start - 1] !== '(' || text[mention.end] !== ')') continue;
    const before = table.mentionsIn(mention.start - 4, mention.start - 1).filter((ref) => ref.record !== record);
    const previous = before[before.length - 1];
    if (previous && previous.mention.end >= mention.start - 3) {
      const name = previous.mention.text;
      if (initials(name, true) === letters || initials(name, false) === letters || letters.length >= 2)
        return previous.record;
    }
  }
  return undefined;
}
