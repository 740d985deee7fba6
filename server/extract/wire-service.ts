/** A news agency whose story an article carries. */
export type WireService = 'AP' | 'Reuters' | 'AFP';

// Where agencies credit themselves: the dateline of the first paragraph ("MOSCOW (AP) —",
// "LONDON (Reuters) -", "PARIS (AFP) -") and the credit lines at the end ("Associated Press writer X
// contributed", "© 2020 The Associated Press", "Reporting by X; Editing by Y", "AFP contributed").
// A name elsewhere ("Reuters reported") is a source, not a credit, and does not count.
const DATELINE_ZONE = 300;
const CREDIT_ZONE = 600;

const DATELINES: [WireService, RegExp][] = [
  ['AP', /\((?:AP|The Associated Press|Associated Press)\)/],
  ['Reuters', /\(Reuters\)/],
  ['AFP', /\((?:AFP|Agence France-Presse)\)/],
];

const CREDITS: [WireService, RegExp][] = [
  [
    'AP',
    /(?:Associated Press (?:writers?|reporters?|correspondents?|staff)\b|(?:©|Copyright) \d{4} (?:The )?Associated Press|^\s*(?:—|-|–)?\s*(?:The )?Associated Press\s*$)/m,
  ],
  [
    'Reuters',
    /(?:Reporting by [^\n]*(?:Editing|Writing) by|(?:©|Copyright) \d{4} Reuters|^\s*(?:—|-|–)?\s*Reuters\s*$)/m,
  ],
  [
    'AFP',
    /(?:Agence France-Presse contributed|AFP contributed|(?:©|Copyright) \d{4} AFP|^\s*(?:—|-|–)?\s*(?:AFP|Agence France-Presse)\s*$)/m,
  ],
];

/** The agency an article's dateline or credit lines name, or null. The dateline wins over a credit. */
export function wireServiceOf(body: string): WireService | null {
  const head = body.slice(0, DATELINE_ZONE);
  for (const [service, pattern] of DATELINES) if (pattern.test(head)) return service;
  const tail = body.slice(-CREDIT_ZONE);
  for (const [service, pattern] of CREDITS) if (pattern.test(tail)) return service;
  return null;
}
