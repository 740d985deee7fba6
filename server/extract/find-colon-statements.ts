import type { ArticleView } from './article-view.js';
import type { DraftStatement } from './draft-statement.js';
import type { InMention } from './speaker-phrases.js';
import type { Token } from './tokens.js';
import { countWords } from './word-count.js';

/** Labels that end in a colon but name no speaker. */
const NOT_SPEAKERS =
  /^(?:read more|related|more|note|editor['’]?s note|update|updated|correction|watch|photo|photos|video|source|sources|image|credit|disclosure|advertisement|listen|follow|share|tags?|subscribe|see also|full text|transcript|q|a|question|answer|here['’]?s why|why|what|how|when|where|who|warning|spoiler|pictured|also|plus|bottom line|the bottom line|background|context|location|date|time|by|from|to|subject|re|ps|p\.s\.|breaking|exclusive|opinion|analysis|poll|live|latest|the latest|update \d+)$/i;

const MAX_LABEL_WORDS = 5;

/**
 * "Kasich: ‘We Are Going To Go All The Way…’", "TAPPER: And obviously, …": a paragraph that opens
 * with a short name (every word capitalized, or a recognised name) and a colon attributes the rest
 * of the paragraph to that name (headlines, interview transcripts). The cue is the colon.
 */
export function findColonStatements(view: ArticleView, inMention: InMention): DraftStatement[] {
  const drafts: DraftStatement[] = [];
  for (const sentence of view.sentences) {
    if (sentence.boilerplate) continue;
    const previous = view.sentences[sentence.index - 1];
    if (previous && previous.paragraph === sentence.paragraph) continue; // paragraph openings only
    const tokens = sentence.tokens;
    // Transcripts sometimes open each turn with a stray quotation mark: "WALLACE: …
    let first = 0;
    while (first < tokens.length && /^[“"']$/.test(tokens[first].lower)) first++;
    const colon = tokens.findIndex((token, i) => i > first && i <= first + MAX_LABEL_WORDS + 2 && token.lower === ':');
    if (colon < 1) continue;
    const label = tokens.slice(first, colon);
    if (!isSpeakerLabel(label, inMention)) continue;
    const labelText = view.text.slice(label[0].start, label[label.length - 1].end);
    if (NOT_SPEAKERS.test(labelText.trim())) continue;
    const paragraph = view.paragraphs[sentence.paragraph];
    let start = tokens[colon].end;
    let end = paragraph.end;
    while (start < end && /\s/.test(view.text[start])) start++;
    while (end > start && /[\s.]/.test(view.text[end - 1])) end--;
    const content = view.text.slice(start, end);
    if (countWords(content) < 2) continue;
    // A headline quote in single marks is direct speech: ‘We Are Going …’
    let kind: DraftStatement['kind'] = 'INDIRECT';
    if (
      /^[‘'“"]/.test(content) &&
      /[’'”"]$/.test(content) &&
      !/[’'”"]\s+\S/.test(content.slice(1, -1).replace(/[’'](?=\p{L})/gu, ''))
    ) {
      kind = 'DIRECT';
    } else if (/[“"‘]/.test(content)) {
      kind = 'MIXED';
    }
    drafts.push({
      kind,
      pieces: [{ start, end }],
      cue: { start: tokens[colon].start, end: tokens[colon].end },
      cueTier: 'colon',
      speaker: { start: label[0].start, end: label[label.length - 1].end, sentence: sentence.index },
      sentence: sentence.index,
    });
  }
  return drafts;
}

function isSpeakerLabel(label: Token[], inMention: InMention): boolean {
  const words = label.filter((token) => token.isWord);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  if (label.some((token) => !token.isWord && !/^[.’'’s-]$/.test(token.lower) && token.lower !== '’s')) return false;
  if (/^\d/.test(words[0].text)) return false; // "11:50 a.m."
  return words.every(
    (token) =>
      token.isCapitalized || inMention(token) || /^(?:of|on|the|and|de|van|von|al|bin|’s|'s)$/.test(token.lower),
  );
}
