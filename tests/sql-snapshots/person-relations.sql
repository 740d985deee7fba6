-- person-relations.graphql: 5 SQL statements

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt", "Person_mentions"."__prisma_data__" AS "mentions", JSONB_BUILD_OBJECT('statements', COALESCE("t5"."_aggr_count_statements", 0), 'mentions', COALESCE("t7"."_aggr_count_mentions", 0)) AS "_count" FROM "public"."person" AS "t0" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t3"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'articleId', "t2"."article_id", 'personId', "t2"."person_id", 'start', "t2"."start", 'end', "t2"."end", 'text', "t2"."text", 'form', "t2"."form", 'role', "t2"."role") AS "__prisma_data__", "t2"."id" FROM (SELECT "t1".* FROM "public"."person_mention" AS "t1" WHERE "t0"."id" = "t1"."person_id" /* root select */) AS "t2" /* inner select */) AS "t3" ORDER BY "t3"."id" DESC LIMIT $1 OFFSET $2 /* middle select */) AS "t4" /* outer select */) AS "Person_mentions" ON true LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_statements" FROM "public"."statement" AS "t6" WHERE "t0"."id" = "t6"."speaker_person_id") AS "t5" ON true LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_mentions" FROM "public"."person_mention" AS "t8" WHERE "t0"."id" = "t8"."person_id") AS "t7" ON true WHERE ("t0"."id" = $3 AND 1=1) LIMIT $4;

SELECT count(*)::int AS count FROM article a WHERE EXISTS (SELECT 1 FROM person_mention m WHERE m.article_id = a.id AND m.person_id = $1) AND TRUE;

SELECT count(*)::int AS count FROM statement s WHERE EXISTS (SELECT 1 FROM statement_person l WHERE l.statement_id = s.id AND l.person_id = $1) AND s.speaker_person_id IS DISTINCT FROM $2 AND TRUE;

SELECT page.*, t0."id" AS n0, t0."text" AS n1, (SELECT json_build_array(t1."id", t1."name", t1."name_key", t1."aliases", t1."merged_keys", t1."description", t1."created_at", t1."updated_at") FROM "person" t1 WHERE t1."id" = t0."speaker_person_id") AS n2, (SELECT json_build_array(t2."id", t2."name", t2."name_key", t2."aliases", t2."merged_keys", t2."description", t2."created_at", t2."updated_at") FROM "organization" t2 WHERE t2."id" = t0."speaker_organization_id") AS n3 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT s.id AS id, coalesce(s.published_at, '-infinity'::timestamptz) AS k0 FROM statement s WHERE EXISTS (SELECT 1 FROM statement_person l WHERE l.statement_id = s.id AND l.person_id = $1) AND s.speaker_person_id IS DISTINCT FROM $2 AND TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $3) AS page JOIN "statement" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;

SELECT page.*, t0."id" AS n0, t0."title" AS n1 FROM (
    SELECT id, k0::text AS c0, k0
    FROM (SELECT a.id AS id, coalesce(a.published_at, '-infinity'::timestamptz) AS k0 FROM article a WHERE EXISTS (SELECT 1 FROM person_mention m WHERE m.article_id = a.id AND m.person_id = $1) AND TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $2) AS page JOIN "article" t0 ON t0."id" = page.id ORDER BY k0 DESC, id DESC;
