import type { PrismaClient } from '../../server/db/prisma-client.js';

/**
 * The quotes the triggers keep minus a recount from scratch (newsgraph_quotes_from_scratch, every pair
 * of forms compared, and counts from the statements): every row that differs, none when they agree.
 */
export async function quoteDrift(prisma: PrismaClient): Promise<unknown[]> {
  return prisma.$queryRaw<unknown[]>`
    WITH expected_forms AS (SELECT form_id, quote_id FROM newsgraph_quotes_from_scratch()),
    stored_forms AS (SELECT id AS form_id, quote_id FROM quote_form WHERE quote_id IS NOT NULL),
    expected_quotes AS (
      SELECT e.quote_id AS id, count(*)::int AS occurrences, count(DISTINCT s.article_id)::int AS articles,
             count(DISTINCT a.outlet)::int AS outlets, min(s.published_at) AS first_seen, max(s.published_at) AS last_seen
      FROM expected_forms e JOIN statement s ON s.quote_form_id = e.form_id JOIN article a ON a.id = s.article_id
      GROUP BY e.quote_id),
    stored_quotes AS (
      SELECT id, occurrence_count, article_count, outlet_count, first_seen_at, last_seen_at FROM quote),
    form_drift AS (
      (SELECT 'form expected' AS what, form_id, quote_id FROM expected_forms EXCEPT SELECT 'form expected', form_id, quote_id FROM stored_forms)
      UNION ALL
      (SELECT 'form stored', form_id, quote_id FROM stored_forms EXCEPT SELECT 'form stored', form_id, quote_id FROM expected_forms)),
    quote_drift AS (
      (SELECT 'quote expected' AS what, * FROM expected_quotes EXCEPT SELECT 'quote expected', * FROM stored_quotes)
      UNION ALL
      (SELECT 'quote stored', * FROM stored_quotes EXCEPT SELECT 'quote stored', * FROM expected_quotes))
    SELECT to_jsonb(f) AS row FROM form_drift f UNION ALL SELECT to_jsonb(q) FROM quote_drift q`;
}

/** The syndication groups stored minus the connected components recomputed from scratch. */
export async function syndicationDrift(prisma: PrismaClient): Promise<unknown[]> {
  return prisma.$queryRaw<unknown[]>`
    WITH expected AS (SELECT article_id, component FROM newsgraph_syndication_from_scratch()),
    stored AS (
      SELECT s.article_id, min(s.article_id) OVER (PARTITION BY s.group_id) AS component FROM article_syndication s
      WHERE s.group_id IS NOT NULL),
    groups AS (
      SELECT g.id, g.size, (SELECT count(*) FROM article_syndication s WHERE s.group_id = g.id)::int AS members,
        g.original_article_id,
        (SELECT s.article_id FROM article_syndication s JOIN article a ON a.id = s.article_id WHERE s.group_id = g.id
         ORDER BY a.published_at NULLS LAST, a.id LIMIT 1) AS earliest,
        (SELECT count(*) FROM article_syndication s WHERE s.group_id = g.id AND s.is_copy <> (s.article_id <> g.original_article_id))::int AS wrong_copies
      FROM syndication_group g)
    (SELECT to_jsonb(e) || '{"what":"expected"}' FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored) e)
    UNION ALL
    (SELECT to_jsonb(s) || '{"what":"stored"}' FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected) s)
    UNION ALL
    (SELECT to_jsonb(g) FROM groups g WHERE g.size <> g.members OR g.members < 2 OR g.original_article_id <> g.earliest OR g.wrong_copies > 0)
    UNION ALL
    (SELECT to_jsonb(s) FROM article_syndication s WHERE s.group_id IS NULL AND s.is_copy)`;
}
