/**
 * The statement extractor: article text in, entities, statements (who said what) and boilerplate out.
 * Pure and synchronous; never throws (a failure yields an empty result for that article).
 *
 * Conventions (the eval in bench/eval-statements.ts follows them):
 * - DIRECT: start/end cover the words inside the quotation marks; a comma before the closing mark
 *   is left out, terminal . ? ! are kept ("We will wait for this convenient time to come").
 *   An interrupted quote ("A," he said. "B.") is one statement: start/end span the whole stretch,
 *   one piece per quoted part; a quote running over paragraphs has one piece per paragraph.
 * - INDIRECT: the reported clause, without the complementizer "that" and the final full stop.
 * - MIXED: a reported clause that holds quoted words; the whole clause is one statement.
 * - PARTIAL: the content is only a quoted fragment that begins in lowercase right after the verb
 *   ("warned that “the talks could collapse”").
 * - Scare quotes and titles with no speech verb around them are not statements.
 * - speakerMention is where the source is written ("he", "French officials", "who"); speaker is the
 *   entity it resolves to, or null ("French officials" is no entity). A country or city that is the
 *   subject of a speech verb becomes an ORGANIZATION entity ("The United States … saying").
 * - A bare surname shared by two people in the article goes to the one named most recently before it.
 * - Beliefs and intentions ("thinks", "wants", "supports") are reported too: PolNeAR counts them.
 */
import { extractArticle } from './extract-article.js';
import type { Extraction } from './types.js';

export * from './types.js';

export function extract(text: string): Extraction {
  try {
    if (typeof text !== 'string' || text.length === 0) return empty();
    return extractArticle(text);
  } catch {
    return empty();
  }
}

function empty(): Extraction {
  return { entities: [], statements: [], boilerplate: [] };
}
