/**
 * The fixed operations of bench/query, each written three ways: a GraphQL query for Newsgraph (as its
 * schema.graphql offers today), hand-written SQL for the node:http baseline, and a GraphQL query for
 * PostGraphile v5 over the same tables (custom SQL functions where PostGraphile has no built-in field).
 */
export interface Operation {
  name: string;
  description: string;
  newsgraph: { query: string; variables?: Record<string, unknown> };
  postgraphile: { query: string; variables?: Record<string, unknown> };
  /** Path and query string of the baseline server. */
  baseline: string;
}

export const SEARCH_TERM = 'president';
export const PERSON = 'Joe Biden';

export const OPERATIONS: Operation[] = [
  {
    name: 'nested',
    description: 'statements -> speaker -> article: the 20 newest statements, each with who said it and where',
    newsgraph: {
      query: `{ statements(first: 20) { edges { node { text kind speaker { __typename ... on Person { id name } ... on Organization { id name } } article { title outlet publishedAt } } } } }`,
    },
    postgraphile: {
      query: `{ allStatements(first: 20, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { text kind personBySpeakerPersonId { id name } organizationBySpeakerOrganizationId { id name } articleByArticleId { title outlet publishedAt } } } }`,
    },
    baseline: '/nested',
  },
  {
    name: 'search',
    description: `full-text search over statements ("${SEARCH_TERM}"), best 20 by rank, with speaker and article`,
    newsgraph: {
      query: `query ($q: String!) { searchStatements(search: $q, first: 20) { edges { rank node { text speaker { __typename ... on Person { name } ... on Organization { name } } article { title } } } } }`,
      variables: { q: SEARCH_TERM },
    },
    postgraphile: {
      query: `query ($q: String!) { benchSearchStatements(q: $q) { nodes { text personBySpeakerPersonId { name } organizationBySpeakerOrganizationId { name } articleByArticleId { title } } } }`,
      variables: { q: SEARCH_TERM },
    },
    baseline: `/search?q=${SEARCH_TERM}`,
  },
  {
    name: 'top-speakers',
    description: 'top 10 speakers by number of statements',
    newsgraph: {
      query: `{ topSpeakers(first: 10) { edges { node { count speaker { __typename ... on Person { name } ... on Organization { name } } } } } }`,
    },
    postgraphile: { query: `{ benchTopSpeakers { nodes { personId organizationId name statements } } }` },
    baseline: '/top-speakers',
  },
  {
    name: 'person-co-mentions',
    description: `a person ("${PERSON}") with statement count and the 10 people most often mentioned with them`,
    newsgraph: {
      query: `query ($name: String!) { person(name: $name) { ... on Person { name statementCount coMentions(first: 10) { edges { node { articleCount statementCount entity { __typename ... on Person { name } } } } } } } }`,
      variables: { name: PERSON },
    },
    postgraphile: {
      query: `query ($name: String!) { benchPersonByName(personName: $name) { name statementsBySpeakerPersonId { totalCount } } benchCoMentions(personName: $name) { nodes { name articleCount statementCount } } }`,
      variables: { name: PERSON },
    },
    baseline: `/person?name=${encodeURIComponent(PERSON)}`,
  },
];

/**
 * The SQL functions PostGraphile serves as the custom fields above (created in the benchmark's database
 * only). Each is the query the baseline runs, so all three answer the same question the same way.
 */
export const POSTGRAPHILE_FUNCTIONS = `
  CREATE FUNCTION bench_search_statements(q text) RETURNS SETOF statement LANGUAGE sql STABLE AS $$
    SELECT s.* FROM (${bestSearchMatchesSql('q')}) best JOIN statement s ON s.id = best.id ORDER BY best.rank DESC, best.id DESC $$;
  CREATE FUNCTION bench_top_speakers() RETURNS TABLE (person_id int, organization_id int, name text, statements int) LANGUAGE sql STABLE AS $$
    SELECT t.person_id, t.organization_id, coalesce(p.name, o.name), t.statements FROM (
      SELECT CASE WHEN speaker_type = 'PERSON' THEN speaker_id END AS person_id, CASE WHEN speaker_type = 'ORGANIZATION' THEN speaker_id END AS organization_id,
             statements FROM speaker_stat WHERE statements > 0 ORDER BY 3 DESC, 1, 2 LIMIT 10) t
    LEFT JOIN person p ON p.id = t.person_id LEFT JOIN organization o ON o.id = t.organization_id
    ORDER BY t.statements DESC $$;
  CREATE FUNCTION bench_person_by_name(person_name text) RETURNS person LANGUAGE sql STABLE AS $$
    SELECT * FROM person WHERE name_key = lower(person_name) $$;
  CREATE FUNCTION bench_co_mentions(person_name text) RETURNS TABLE (id int, name text, article_count int, statement_count int) LANGUAGE plpgsql STABLE AS $$
    #variable_conflict use_column
    DECLARE v_person int := (SELECT p.id FROM person p WHERE p.name_key = lower(person_name));
    BEGIN
      -- plpgsql plans the query for the id as a value, as the API's and the baseline's are.
      RETURN QUERY ${coMentionsSql('v_person')};
    END $$;
`;

/**
 * The API's search (server/schema/search/search-connection.ts): ids and ranks of the best 20 matches of
 * the web-search query in `query` among its newest 1,000, by the stored tsvector.
 */
export function bestSearchMatchesSql(query: string): string {
  return `
    SELECT c.id, ts_rank(c.search_vector, q)::float8 AS rank FROM (
      SELECT s.id, s.search_vector FROM statement s WHERE s.search_vector @@ websearch_to_tsquery('english', ${query})
      ORDER BY coalesce(s.published_at, '-infinity'::timestamptz) DESC, s.id DESC LIMIT 1000) c, websearch_to_tsquery('english', ${query}) q
    ORDER BY rank DESC, c.id DESC LIMIT 20`;
}

/** The API's co-mention computation (server/schema/aggregates/co-mentions.ts), person with person, top 10 with names. */
export function coMentionsSql(personId: string): string {
  return `
    WITH me AS (SELECT ${personId} AS id),
    mine AS (SELECT DISTINCT article_id FROM person_mention WHERE person_id = (SELECT id FROM me)),
    involved AS (SELECT s.id FROM statement s WHERE s.speaker_person_id = (SELECT id FROM me)
      UNION SELECT l.statement_id FROM statement_person l WHERE l.person_id = (SELECT id FROM me)),
    by_article AS (SELECT m.person_id AS id, count(DISTINCT m.article_id)::int AS article_count FROM person_mention m JOIN mine USING (article_id) GROUP BY 1),
    by_statement AS (SELECT id, count(DISTINCT statement_id)::int AS statement_count FROM (
      SELECT s.speaker_person_id AS id, s.id AS statement_id FROM statement s JOIN involved i ON i.id = s.id WHERE s.speaker_person_id IS NOT NULL
      UNION SELECT l.person_id, l.statement_id FROM statement_person l JOIN involved i ON i.id = l.statement_id) p GROUP BY 1),
    together AS (SELECT id, coalesce(b.article_count, 0) AS article_count, coalesce(c.statement_count, 0) AS statement_count
      FROM by_article b FULL JOIN by_statement c USING (id) WHERE id IS DISTINCT FROM (SELECT id FROM me))
    SELECT t.id, p.name, t.article_count, t.statement_count FROM together t JOIN person p ON p.id = t.id
    ORDER BY t.article_count DESC, t.statement_count DESC, t.id ASC LIMIT 10`;
}
