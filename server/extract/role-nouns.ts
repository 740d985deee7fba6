import type { ArticleView } from './article-view.js';
import { EntityTable, type EntityRecord } from './entity-table.js';
import type { Span } from './types.js';

/** Nouns that describe a person by office or job: "the French leader", "the president’s spokesman". */
const PERSON_HEADS = new Set([
  'president',
  'leader',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'senator',
  'governor',
  'mayor',
  'candidate',
  'nominee',
  'chairman',
  'chairwoman',
  'ceo',
  'executive',
  'king',
  'queen',
  'pope',
  'ambassador',
  'envoy',
  'director',
  'prosecutor',
  'judge',
  'congressman',
  'congresswoman',
  'lawmaker',
  'diplomat',
  'general',
  'commander',
  'official',
  'adviser',
  'advisor',
  'billionaire',
  'businessman',
  'businesswoman',
  'mogul',
  'founder',
  'coach',
  'prince',
  'emir',
  'sheikh',
  'dictator',
  'strongman',
  'incumbent',
  'frontrunner',
  'front-runner',
  'democrat',
  'republican',
]);

/** Heads of state or government are all "leaders". */
const LEADER_TITLES =
  /\b(?:president|prime minister|chancellor|premier|king|queen|leader|emir|supreme leader|head of state)\b/i;

/** Nouns that describe an organization: "the company", "the ministry". */
const ORGANIZATION_HEADS = new Set([
  'company',
  'firm',
  'ministry',
  'agency',
  'department',
  'party',
  'government',
  'administration',
  'committee',
  'court',
  'council',
  'bank',
  'union',
  'organization',
  'organisation',
  'campaign',
  'network',
  'newspaper',
  'paper',
  'university',
  'alliance',
  'bloc',
  'commission',
  'league',
  'foundation',
  'institute',
  'board',
  'club',
  'team',
  'group',
  'military',
  'army',
  'automaker',
  'carrier',
  'airline',
  'retailer',
  'insurer',
  'lender',
  'regulator',
  'watchdog',
  'network',
  'broadcaster',
  'channel',
  'magazine',
  'website',
  'office',
  'senate',
  'parliament',
  'legislature',
  'congress',
  'fund',
]);
const CORPORATE =
  /\b(?:Inc|Corp|Co|Ltd|LLC|plc|Group|Holdings|Motors|Airlines|Bank|Technologies|Systems|Pharmaceuticals)\.?$/i;

const NATIONALITY =
  /^(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ic|ch)|U\.S\.|American|British|French|German|Dutch|Greek|Thai|Swiss|Iraqi|Israeli|Pakistani|Saudi|Afghan|Kuwaiti)$/;

const DESCRIPTION =
  /\b(?:the|The)\s+((?:(?:former|then|current|new|acting|interim|outgoing|incoming|[A-Z][\p{L}.]+)\s+){0,2})([a-z][a-z\-]+)\b(?![’']s)/gu;

/** The description ends its noun phrase: "the company said", not "the company headquarters". */
function endsNounPhrase(text: string, end: number): boolean {
  const next = /^\s*([\p{L}’'\-]+|\S)?/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  if (!/^\p{Ll}/u.test(next)) return true;
  return (
    /^(?:said|says|is|was|has|had|have|will|would|could|can|may|might|and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|also|did|does|declined|refused|told|added|announced|confirmed|denied|noted|warned|argued|claimed|insisted|issued|released|wrote|then|as|later|itself|himself|herself)$/.test(
      next,
    ) || /(?:ed|es)$/.test(next)
  );
}

/** A mention never runs over a line or paragraph break. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export interface RoleReference {
  span: Span;
  record: EntityRecord;
}

function rolesText(record: EntityRecord): string {
  return record.roles.join(' | ');
}

function mentionedBefore(record: EntityRecord, offset: number): boolean {
  return record.mentions.some(
    (mention) => mention.start < offset && mention.form !== 'ROLE' && mention.form !== 'PRONOUN',
  );
}

/** The entity a definite description stands for, when exactly one entity fits. */
export function resolveDescription(table: EntityTable, text: string, span: Span): EntityRecord | undefined {
  const phrase = text.slice(span.start, span.end);
  const match = /^(?:the|The)\s+((?:[\p{L}.\-]+\s+){0,2})([\p{L}\-]+)$/u.exec(phrase);
  if (!match) return undefined;
  const modifiers = match[1].trim().split(/\s+/).filter(Boolean);
  const head = match[2].toLowerCase();
  const nationality = modifiers.find((word) => NATIONALITY.test(word));
  let candidates: EntityRecord[] = [];
  if (PERSON_HEADS.has(head)) {
    candidates = table.records.filter((record) => {
      if (record.type !== 'PERSON' || !mentionedBefore(record, span.start)) return false;
      const roles = rolesText(record);
      if (!roles) return false;
      const fits = head === 'leader' ? LEADER_TITLES.test(roles) : new RegExp(`\\b${head}`, 'i').test(roles);
      return fits && (!nationality || roles.includes(nationality));
    });
  } else if (ORGANIZATION_HEADS.has(head)) {
    candidates = table.records.filter((record) => {
      if (record.type !== 'ORGANIZATION' || !mentionedBefore(record, span.start)) return false;
      const name = EntityTable.nameOf(record);
      const roles = rolesText(record);
      const fits =
        new RegExp(`\\b${head}\\b`, 'i').test(name) ||
        new RegExp(`\\b${head}\\b`, 'i').test(roles) ||
        ((head === 'company' || head === 'firm') && CORPORATE.test(name));
      return fits && (!nationality || name.includes(nationality) || roles.includes(nationality));
    });
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Role mentions written next to a name ("Dmitri Peskov, the president’s spokesman,") and definite
 * descriptions that fit exactly one entity already named ("the French leader" when only Hollande
 * holds a French title). Descriptions inside quotations are left alone: the speaker's "the
 * president" may not be the narrator's.
 */
export function findRoleReferences(view: ArticleView, table: EntityTable): RoleReference[] {
  const { text } = view;
  const found: RoleReference[] = [];
  const taken: Span[] = [];
  // Appositions: NAME, the/a … ,
  for (const { record, mention } of table.allMentions()) {
    if (mention.form === 'ROLE' || mention.form === 'PRONOUN') continue;
    const after = /^,\s+((?:the|a|an|his|her|its|their)\s+[^,.;:“”"()]{2,80}?)(?=,|\.\s|\.$|;)/u.exec(
      text.slice(mention.end, mention.end + 100),
    );
    if (!after) continue;
    const phrase = after[1];
    if (LINE_BREAK.test(phrase)) continue;
    const words = phrase.split(/\s+/);
    if (words.length > 9) continue;
    const lastWord = words[words.length - 1].toLowerCase().replace(/[’']s$/, '');
    const heads = record.type === 'PERSON' ? PERSON_HEADS : ORGANIZATION_HEADS;
    if (!words.some((word) => heads.has(word.toLowerCase().replace(/[’']s$/, ''))) && !heads.has(lastWord)) continue;
    const start = mention.end + after[0].indexOf(phrase);
    const span = { start, end: start + phrase.length };
    if (!record.roles.includes(phrase)) record.roles.push(phrase);
    found.push({ span, record });
    taken.push(span);
  }
  // Definite descriptions outside quotations.
  DESCRIPTION.lastIndex = 0;
  for (let match = DESCRIPTION.exec(text); match; match = DESCRIPTION.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((span) => start < span.end && end > span.start)) continue;
    if (LINE_BREAK.test(match[0])) continue;
    if (view.quoted[start] === 1) continue;
    if (table.mentionsIn(start, end).some((ref) => ref.mention.form !== 'ROLE')) continue;
    if (!endsNounPhrase(text, end)) continue;
    const record = resolveDescription(table, text, { start, end });
    if (record) found.push({ span: { start, end }, record });
  }
  return found;
}
