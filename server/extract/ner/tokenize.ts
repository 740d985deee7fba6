/**
 * CoNLL-like tokenizer: punctuation split off, clitics ("'s", "’s", "n't") their own token,
 * dotted abbreviations ("U.S.", "Oct.", "Mr.") and hyphenated words ("al-Assad") kept whole.
 * Offsets are UTF-16 indexes into the input, so tokens map back to the text exactly.
 */
import type { Token } from './types.js';

// Abbreviations that end in a dot and must keep it (otherwise "Oct." would end a sentence).
const DOTTED_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr',
  'Sgt', 'Adm', 'Rev', 'Sr', 'Jr', 'St', 'Ste', 'Mt', 'Ft', 'Pres', 'Supt', 'Atty', 'Hon', 'Amb', 'Insp',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'Assn', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd',
  'No', 'Nos', 'vs', 'etc', 'approx', 'est', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ill', 'Ind',
  'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
];

const TOKEN_PATTERN = new RegExp(
  [
    // Web addresses and e-mail stay whole so their parts are not read as names.
    String.raw`https?://[^\s"“”<>()]*[^\s"“”<>().,;:!?'’]`,
    String.raw`www\.[^\s"“”<>()]*[^\s"“”<>().,;:!?'’]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Letter-dot sequences: U.S., U.N., a.m., D.C.
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`(?<![\p{L}\p{N}])(?:${DOTTED_ABBREVIATIONS.join('|')})\.`,
    // A single capital letter with a dot before a space is an initial ("George W. Bush").
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // Numbers, dates, times, amounts: 1,000.5  1996-08-22  10:30  3/4
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:[\p{L}]+)?`,
    // Clitics as their own token when glued to the word before (handled in splitClitic too).
    String.raw`(?<=[\p{L}\p{N}])['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M)(?![\p{L}\p{N}])`,
    // Words: letters, marks and digits, with inner hyphens, apostrophes, ampersands and dots (AT&T, O'Neill).
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`,
    // Runs of dots or dashes stay together; any other character is a token by itself.
    String.raw`\.{2,}|-{2,}|\S`,
  ].join('|'),
  'gu',
);

const CLITIC_AT_END = /^(.+?)(n['’]t|['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M))$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return tokens;
  TOKEN_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const word = match[0];
    splitClitic(word, start, tokens);
  }
  return tokens;
}

/** "Russia's" → "Russia" + "'s", "didn't" → "did" + "n't"; other words unchanged. */
function splitClitic(word: string, start: number, out: Token[]): void {
  const m = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC_AT_END.exec(word) : null;
  if (m && /[\p{L}\p{N}]$/u.test(m[1]) && !isNameWithApostrophe(m[1], m[2])) {
    out.push({ text: m[1], start, end: start + m[1].length });
    out.push({ text: m[2], start: start + m[1].length, end: start + word.length });
    return;
  }
  out.push({ text: word, start, end: start + word.length });
}

// "O'Neill'"-like names never reach here with a clitic; this only guards "D'S"-style codes.
function isNameWithApostrophe(stem: string, clitic: string): boolean {
  return stem.length === 1 && /^['’][A-Z]$/.test(clitic);
}
