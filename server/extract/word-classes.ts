/** Closed word classes for the attribution rules (compared lowercased). */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const SUBJECT_PRONOUNS = words('he she they we i you it who which one');
export const OBJECT_PRONOUNS = words('him her them us me it you');

export const DETERMINERS = words(`the a an this these those his her its their our my your some many most several
  both all each every no any few other another such either neither much more`);

export const PREPOSITIONS =
  words(`in on at for with by from after before about into onto over under during since against
  between through without within to as than like upon among amid despite toward towards across behind beyond near
  off out per via until unlike including inside outside around along down up`);

export const CONJUNCTIONS = words(`and or but because although though while if when whether so nor yet unless whereas
  since once where how why what whom whose which who that than then`);

/** Negated auxiliaries, which the tokenizer keeps whole ("didn't"). */
const NEGATED = `didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't shouldn't isn't wasn't aren't weren't can't
  mustn't`;
const NEGATED_ALL = `${NEGATED} ${NEGATED.replace(/'/g, '’')}`;

export const AUXILIARIES = words(`is was are were be been being am has have had having do does did will would can could
  should may might must shall 's ’s 're ’re 've ’ve 'd ’d 'll ’ll n't n’t not never ${NEGATED_ALL}`);

/** Words that may sit between a subject and its speech verb: "has also repeatedly said". */
export const VERB_MODIFIERS = words(`has have had also will would could should may might must can did does do not n't
  n’t never later then again previously repeatedly reportedly publicly privately recently earlier once still even
  just already often first further finally similarly separately simply always long openly specifically
  explicitly flatly firmly strongly sharply bluntly angrily calmly quietly initially subsequently since
  immediately quickly swiftly frequently consistently now has since had long already all both too ultimately
  essentially basically actually apparently clearly correctly falsely wrongly loudly proudly ${NEGATED_ALL}`);

export const TIME_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
  week weekend month year morning afternoon evening night day days weeks months years ago past
  january february march april may june july august september october november december jan. feb. aug. sept. oct. nov. dec.`);

export const TIME_LEADERS = words('on last this next earlier late early in that the past over during');

/** Capitalized at a sentence start but not part of a name: "But Peskov said". */
export const SENTENCE_CONNECTORS = words(`but and so yet still now meanwhile however also then thus instead later
  earlier indeed moreover furthermore nevertheless separately similarly today yesterday`);

/** Heads that name who or what is speaking in "the X said" (also "two officials said"). */
export const NOUN_PHRASE_STOP = new Set([
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...AUXILIARIES,
  'there',
  'here',
  'not',
  'also',
  'said',
  'says',
  'told',
]);
