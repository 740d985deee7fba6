import { Prisma } from '../../db/generated/prisma/client.js';

/**
 * Every text-search configuration newsgraph_search_config (migration 20261202000000_article_language)
 * returns: PostgreSQL's built-in ones. Articles and statements are stemmed in their own language, so a
 * query is stemmed in each of these and compared with the rows of that language only.
 */
export const SEARCH_CONFIGS = [
  // English first: a row is checked against the branches in this order, and most rows are English.
  'english',
  'arabic',
  'armenian',
  'basque',
  'catalan',
  'danish',
  'dutch',
  'finnish',
  'french',
  'german',
  'greek',
  'hindi',
  'hungarian',
  'indonesian',
  'irish',
  'italian',
  'lithuanian',
  'nepali',
  'norwegian',
  'portuguese',
  'romanian',
  'russian',
  'serbian',
  'simple',
  'spanish',
  'swedish',
  'tamil',
  'turkish',
  'yiddish',
] as const;

/** A table whose rows have `search_config` and `search_vector` (article or statement). */
export type SearchedAlias = 's' | 'a';

const configOf = (alias: SearchedAlias) => Prisma.raw(`${alias}.search_config`);
const queryIn = (config: string, query: string) =>
  Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${query})`;

/**
 * The rows whose search vector matches the web-search query stemmed in the row's own language. One branch
 * per configuration: each is a GIN probe, or for a language no row has, a btree probe of search_config
 * that finds nothing. (One tsquery ORed over the languages would be wrong: "aleppo -ceasefire" in
 * German does not exclude the English stem "ceasefir".)
 */
export function textMatchSql(alias: SearchedAlias, query: string): Prisma.Sql {
  const branches = SEARCH_CONFIGS.map(
    (config) =>
      Prisma.sql`(${configOf(alias)} = ${Prisma.raw(`'${config}'::regconfig`)} AND ${Prisma.raw(alias)}.search_vector @@ ${queryIn(config, query)})`,
  );
  return Prisma.sql`(${Prisma.join(branches, ' OR ')})`;
}

/** The query as a tsquery in the row's language, for ranking and headlines (the constants are folded once). */
export function rowTsQuerySql(alias: SearchedAlias, query: string): Prisma.Sql {
  const arms = SEARCH_CONFIGS.map(
    (config) => Prisma.sql`WHEN ${Prisma.raw(`'${config}'::regconfig`)} THEN ${queryIn(config, query)}`,
  );
  return Prisma.sql`(CASE ${configOf(alias)} ${Prisma.join(arms, ' ')} END)`;
}

/** The row's text-search configuration, for ts_headline. */
export function rowSearchConfigSql(alias: SearchedAlias): Prisma.Sql {
  return configOf(alias);
}
