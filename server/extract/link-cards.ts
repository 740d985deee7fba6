import type { Span } from './types.js';

/**
 * A name written in the text as a link, with the link's pop-up card flattened into the text after it,
 * as scraped pages of some outlets (The Hill) carry them:
 *
 *   President Trump Donald John TrumpGolden Globes host Ricky Gervais to celebs: … cultural sites MORE on Friday said …
 *
 * The card repeats the person's full name (its last word is the last word of the linked name), glues
 * the titles of three recent stories to it, and ends in "MORE". Read as text it makes names like
 * "Trump Donald John TrumpGolden Globes" and statements out of headlines.
 */

/** A word of the card's full name: "Donald", "(Chuck)", "J.", "de". */
const NAME_WORD = String.raw`(?:\(\p{Lu}[\p{L}.'’ -]*\)|\p{Lu}[\p{L}.'’-]*|de|da|del|der|van|von|bin|al|la|le|du)`;
/** The linked name's last word, up to six words of the full name, the same last word, then no lowercase letter. */
const CARD_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*)[ \t]*((?:${NAME_WORD}[ \t]+){0,6}?)\1(?!\p{Ll})`,
  'gu',
);
const MORE = /(?<!\p{L})MORE(?!\p{L})/u;
/** How far after the full name "MORE" may be: three story titles. */
const MAX_CARD_LENGTH = 700;

/**
 * The link cards in `text`: from the full name through "MORE", never over a line break. Where
 * candidates overlap ("John Kennedy John Neely KennedyMORE": "John … John" and "Kennedy … Kennedy")
 * the later one is the card and the earlier one's words its linked name.
 */
export function findLinkCards(text: string): Span[] {
  if (!text.includes('MORE')) return [];
  // from: the linked name's last word; start: the card's full name; end: after the full name.
  const names: Array<{ from: number; start: number; end: number; repeat: number }> = [];
  CARD_START.lastIndex = 0;
  for (let match = CARD_START.exec(text); match; match = CARD_START.exec(text)) {
    const end = match.index + match[0].length;
    const candidate = {
      from: match.index,
      start: end - match[1].length - match[2].length,
      end,
      repeat: end - match[1].length,
    };
    const last = names[names.length - 1];
    // A candidate that starts inside the last one's names is the card, the last one its linked name;
    // one that starts at the last one's repeated word ("TrumpTrump shares …") is a story title.
    if (last && candidate.from < last.repeat) names[names.length - 1] = candidate;
    else names.push(candidate);
    CARD_START.lastIndex = match.index + 1;
  }
  const cards: Span[] = [];
  for (const { start, end } of names) {
    if (cards.length > 0 && start < cards[cards.length - 1].end) continue;
    const rest = text.slice(end, end + MAX_CARD_LENGTH);
    const more = MORE.exec(rest);
    if (!more || /[\n\r\u2028\u2029]/.test(rest.slice(0, more.index))) continue;
    cards.push({ start, end: end + more.index + 'MORE'.length });
  }
  return cards;
}

/** `text` with every character of `spans` turned into a space: same length, same offsets. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
