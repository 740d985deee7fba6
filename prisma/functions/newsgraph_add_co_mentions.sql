-- Applies changes in who takes part in articles or statements (kind ARTICLE: mention rows; STATEMENT:
-- speakers and statement links), one +1/-1 per row, to co_mention_member and to the pair counts in
-- co_mention. Only presence counts: a pair changes where an entity joins or leaves a group that holds the
-- other. Works from co_mention_member (the state before these rows), so that triggers of several tables
-- written by one SQL statement may run in any order. Pair rows are locked in key order.
CREATE OR REPLACE FUNCTION "newsgraph_add_co_mentions"(kind "CoMentionKind", groups INTEGER[], types "SpeakerType"[], ids INTEGER[], deltas INTEGER[])
RETURNS void LANGUAGE sql AS $$
  WITH changes AS (
    SELECT c.grp, c.type, c.id, sum(c.delta)::int AS delta
    FROM unnest(groups, types, ids, deltas) AS c(grp, type, id, delta)
    WHERE c.id IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(c.delta) <> 0
  ), members AS (
    SELECT coalesce(m.group_id, c.grp) AS grp, coalesce(m.entity_type, c.type) AS type, coalesce(m.entity_id, c.id) AS id,
           coalesce(m.refs, 0) AS before, coalesce(m.refs, 0) + coalesce(c.delta, 0) AS after
    FROM (SELECT * FROM "co_mention_member" WHERE "kind" = $1 AND group_id IN (SELECT grp FROM changes)) m
    FULL JOIN changes c ON c.grp = m.group_id AND c.type = m.entity_type AND c.id = m.entity_id
  ), pairs AS (
    SELECT a.type AS entity_type, a.id AS entity_id, b.type AS other_type, b.id AS other_id,
           sum((a.after > 0 AND b.after > 0)::int - (a.before > 0 AND b.before > 0)::int)::int AS n
    FROM members a JOIN members b ON b.grp = a.grp AND (b.type, b.id) <> (a.type, a.id)
    -- Pairs of two members present before and after do not change.
    WHERE NOT (a.before > 0 AND a.after > 0 AND b.before > 0 AND b.after > 0)
    GROUP BY 1, 2, 3, 4
  ), counted AS (
    INSERT INTO "co_mention" AS t (entity_type, entity_id, other_type, other_id, articles, statements)
    SELECT entity_type, entity_id, other_type, other_id,
           CASE WHEN $1 = 'ARTICLE' THEN n ELSE 0 END, CASE WHEN $1 = 'STATEMENT' THEN n ELSE 0 END
    FROM pairs WHERE n <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (entity_type, entity_id, other_type, other_id)
    DO UPDATE SET articles = t.articles + excluded.articles, statements = t.statements + excluded.statements
  ), joined AS (
    INSERT INTO "co_mention_member" AS t (kind, group_id, entity_type, entity_id, refs)
    SELECT $1, grp, type, id, after FROM members WHERE after > 0 AND after <> before ORDER BY 2, 3, 4
    ON CONFLICT (kind, group_id, entity_type, entity_id) DO UPDATE SET refs = excluded.refs
  )
  DELETE FROM "co_mention_member" t USING members m
  WHERE m.after <= 0 AND m.before > 0
    AND t.kind = $1 AND t.group_id = m.grp AND t.entity_type = m.type AND t.entity_id = m.id;
$$;
