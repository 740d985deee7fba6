/**
 * Names that are not names: runs extract() over the `text` fields of a JSONL file and lists the entity
 * names (and statement speakers) that look glued together or cut badly, with counts.
 *
 *   npx tsx bench/suspicious-names.ts [../shared/data/news-2020h1.jsonl] [--limit N] [--top 15]
 *
 * Kinds of suspicious name:
 * - glued: a word of the name holds an inner capital after a lowercase letter ("TrumpDem") and the
 *   part before it ends a person's name on its own in the same article ("Trump" in "TrumpDem"), or
 *   the part after it is "MORE": two names, or a name and a headline, joined where a space or a line
 *   break was lost. "McConnell", "DeSantis" and "YouTube" are not glued: "Mc", "De" and "You" end
 *   no person's name.
 * - line break: the name, or one of its mentions, runs over a line break.
 * - repeated token: a word other than a function word occurs twice in the name ("Trump Donald John Trump").
 * - function word first: the name starts with a function word ("Like Biden", "But Sanders").
 * - inner capital: every name with a capital after a lowercase letter inside a word, for reading
 *   (most are real: "McConnell", "DeSantis", "YouTube").
 * A name counts once per article it is the name of an entity in; "speakers" counts statements.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../server/extract/index.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, top: { type: 'string', default: '15' } },
});
const file = positionals[0] ?? '../shared/data/news-2020h1.jsonl';
const limit = Number(args.limit ?? Infinity);
const top = Number(args.top);

/** Words that start sentences and are never the first word of a name. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and but or nor so yet for if as like unlike when while whereas after before since until though ' +
    'although because unless once where whether with without within at by from in into of on onto to toward ' +
    'towards upon about above across against along among around behind below beneath beside besides between ' +
    'beyond despite during except inside near off outside over past per through throughout under underneath ' +
    'via this that these those it its he she they we you i his her their our my your who whom whose which what ' +
    'how why then there here also even just only not no yes all both each every either neither some any many ' +
    'much more most such meanwhile however instead still thus hence therefore indeed perhaps maybe'
  ).split(' '),
);

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
type Kind = 'glued' | 'line break' | 'repeated token' | 'function word first' | 'inner capital';
const KINDS: Kind[] = ['glued', 'line break', 'repeated token', 'function word first', 'inner capital'];

interface Tally {
  articles: number;
  speakers: number;
}
const found = new Map<Kind, Map<string, Tally>>(KINDS.map((kind) => [kind, new Map()]));

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** The kinds of trouble a name shows; `surnames`: the last words of the people's names in its article. */
function kindsOf(name: string, mentionTexts: string[], surnames: Set<string>): Kind[] {
  const kinds: Kind[] = [];
  const parts = words(name);
  const glued = parts.some((word) => {
    for (let k = 1; k < word.length; k++) {
      if (!/\p{Lu}/u.test(word[k]) || !/\p{Ll}/u.test(word[k - 1])) continue;
      if (surnames.has(word.slice(0, k)) || word.slice(k).startsWith('MORE')) return true;
    }
    return false;
  });
  if (glued) kinds.push('glued');
  if (/[\n\r\u2028\u2029]/.test(name) || mentionTexts.some((text) => /[\n\r\u2028\u2029]/.test(text)))
    kinds.push('line break');
  const lower = parts.map((word) => word.toLowerCase()).filter((word) => !FUNCTION_WORDS.has(word));
  if (new Set(lower).size < lower.length) kinds.push('repeated token');
  if (parts.length > 1 && FUNCTION_WORDS.has(lower[0])) kinds.push('function word first');
  if (INNER_CAPITAL.test(name)) kinds.push('inner capital');
  return kinds;
}

function count(kind: Kind, name: string, field: keyof Tally) {
  const byName = found.get(kind)!;
  const tally = byName.get(name) ?? { articles: 0, speakers: 0 };
  tally[field]++;
  byName.set(name, tally);
}

let articles = 0;
let entities = 0;
let statements = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (articles >= limit) break;
  if (!line.trim()) continue;
  const text = (JSON.parse(line) as { text?: string }).text;
  if (typeof text !== 'string' || text.length === 0) continue;
  articles++;
  const result = extract(text);
  const surnames = new Set<string>();
  for (const entity of result.entities) {
    if (entity.type !== 'PERSON') continue;
    for (const mention of entity.mentions) {
      if (mention.form === 'NAME' || mention.form === 'SHORT_NAME') surnames.add(words(mention.text).at(-1)!);
    }
  }
  const kindsByKey = new Map<string, Kind[]>();
  for (const entity of result.entities) {
    entities++;
    const kinds = kindsOf(
      entity.name,
      entity.mentions.map((mention) => mention.text),
      surnames,
    );
    kindsByKey.set(entity.key, kinds);
    for (const kind of kinds) count(kind, entity.name, 'articles');
  }
  for (const statement of result.statements) {
    statements++;
    if (!statement.speaker) continue;
    for (const kind of kindsByKey.get(statement.speaker.entityKey) ?? [])
      count(kind, statement.speaker.name, 'speakers');
  }
}

const show = (name: string) => JSON.stringify(name);
console.log(`${file}: ${articles} articles, ${entities} entities, ${statements} statements`);
for (const kind of KINDS) {
  const byName = [...found.get(kind)!.entries()].sort(
    (a, b) => b[1].articles - a[1].articles || b[1].speakers - a[1].speakers || a[0].localeCompare(b[0]),
  );
  const total = byName.reduce((sum, [, tally]) => sum + tally.articles, 0);
  const speakers = byName.reduce((sum, [, tally]) => sum + tally.speakers, 0);
  console.log(
    `\n${kind}: ${byName.length} distinct names, ${total} entity names in articles, ${speakers} statements with such a speaker`,
  );
  for (const [name, tally] of byName.slice(0, top))
    console.log(
      `  ${String(tally.articles).padStart(5)} articles ${String(tally.speakers).padStart(5)} speaker  ${show(name)}`,
    );
}
