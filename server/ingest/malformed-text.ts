/**
 * Why a string cannot be stored or matched as it is, or undefined when it can: an unpaired UTF-16 surrogate
 * (JSON's `"\ud83d"`; PostgreSQL refuses it in JSON and Node silently turns it into U+FFFD elsewhere) or a
 * NUL character (PostgreSQL's text cannot hold one). The one check every string input goes through: the
 * API's (plugins/well-formed-strings.ts) and every field of an article (normalize-article.ts).
 */
export function malformedText(value: string): string | undefined {
  const nul = value.indexOf('\u0000');
  const surrogate = firstLoneSurrogate(value);
  if (surrogate !== -1 && (nul === -1 || surrogate < nul))
    return `not valid Unicode: an unpaired UTF-16 surrogate at character ${surrogate} (text cut inside an emoji, or decoded with the wrong encoding)`;
  if (nul !== -1) return `a NUL character at character ${nul}, which no text may hold`;
  return undefined;
}

function firstLoneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return index;
    } else if (code >= 0xdc00 && code <= 0xdfff) return index;
  }
  return -1;
}
