/**
 * Capitalized words that are not names by themselves, though a sentence start or a headline may make
 * the model think so ("Here’s a prediction", "THE"). A one-word entity spelled like these is dropped.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an and or but if as at by for from in into of on onto to with without about above after against
  along among around before behind below beneath beside between beyond during except inside near off out
  outside over since through throughout till toward towards under until up upon via within here there
  where when what who whom whose which why how this that these those it its he she they we i you me him her
  them us my your his our their mine yours ours theirs some any many much more most few several all both each
  every either neither no not none nothing something anything everything someone anyone everyone nobody
  yes yet so then now just also still even only very too again already always never often sometimes perhaps
  maybe meanwhile however moreover furthermore therefore thus hence instead otherwise indeed though although
  while because unless whether once today tonight tomorrow yesterday advertisement update updated photo
  video related read watch listen share click subscribe sign follow editor note story ad ads black`.split(/\s+/),
);

/**
 * Words that open a sentence and never begin a name: prepositions, conjunctions and sentence adverbs
 * ("Like Biden, …", "Meanwhile Trump says …"). Determiners and pronouns are not here: "Our
 * Revolution" and "This Week" are names.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `like unlike meanwhile although though while whereas because unless if as when whenever since after before
  until despite with without from by at in on of to into onto upon and but or nor so yet also even still however
  instead indeed perhaps maybe then thus hence moreover furthermore therefore besides otherwise nevertheless
  nonetheless during per via amid amidst among against toward towards unlike`.split(/\s+/),
);
