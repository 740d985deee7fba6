/**
 * The language of an article's text, as an ISO 639-1 code, by ELD (the `eld` package: n-gram scores over
 * 60 languages; its smallest database, loaded on first use, named every one of 4,128 English news and
 * PolNeAR articles English). Texts too short to tell are taken as English, the language most articles
 * here are in: on a sentence or two the detector guesses ("Putin said." comes out Estonian).
 */

/** Fewer letters than this and the text is too short to tell: English is assumed. */
export const MIN_LETTERS_TO_DETECT = 200;
/**
 * The detector reads this much of the text: the language of a news article shows in its first paragraphs
 * (ELD named all 4,128 English articles English from their first 1,000 characters, as from 3,000).
 */
const SAMPLE_CHARACTERS = 1_000;
/** The language assumed when the text is too short to tell, or the detector has no answer. */
export const DEFAULT_LANGUAGE = 'en';

type Detector = (text: string) => { language: string; isReliable(): boolean };
let detector: Promise<Detector> | undefined;

/** The ISO 639-1 code of the text's language (see the module comment for short texts). */
export async function detectLanguage(text: string): Promise<string> {
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS_TO_DETECT) return DEFAULT_LANGUAGE;
  // Loaded lazily (about a second and 80 MB): processes that never see a long text never pay for it.
  detector ??= import('eld/extrasmall').then(
    ({ eld }) =>
      (value: string) =>
        eld.detect(value),
  );
  const result = (await detector)(sample);
  return result.language && result.isReliable() ? result.language : DEFAULT_LANGUAGE;
}
