import type { Span } from './types.js';

/** Picture agencies and credit words that mark a parenthesised photo credit. */
const CREDIT_WORDS =
  /\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Pool|Shutterstock|Xinhua|TASS|Sputnik|ANSA|DPA|Anadolu|UPI|Corbis|Alamy|Photo|Photos|Photograph|Picture|Image|Images|Credit|Courtesy|File|Handout|Associated Press|Washington Post|The Post|NYT|New York Times)\b/;

/** "(Alexander Zemlianichenko/AP)", "(Photo: Reuters)", "(Getty Images)" at the very end of a paragraph. */
const TRAILING_CREDIT = /\(([^()]{2,80})\)\s*$/;

function isPhotoCredit(credit: string): boolean {
  const value = credit.trim();
  if (/^[^/]{2,60}\/[^/]{2,60}$/.test(value)) return true; // "Name/Agency"
  if (/^(?:photo|photograph|picture|image|credit|courtesy)s?\b/i.test(value)) return true;
  // A short parenthesised credit naming an agency, with no sentence inside it.
  return value.split(/\s+/).length <= 6 && CREDIT_WORDS.test(value) && !/[.!?]\s/.test(value);
}

/**
 * Photo captions (a paragraph ending with a parenthesised credit) and the "Read more:" trailer
 * (that line and everything after it). Statements are not taken from these stretches.
 */
export function findBoilerplate(text: string, paragraphs: Span[]): Span[] {
  const found: Span[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    if (/^read more\b\s*:?/i.test(body) && body.length < 200) {
      found.push({ start: paragraph.start, end: paragraphs[paragraphs.length - 1].end });
      break;
    }
    const credit = TRAILING_CREDIT.exec(body);
    if (credit && isPhotoCredit(credit[1])) found.push({ ...paragraph });
  }
  return found;
}

export function insideAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}
