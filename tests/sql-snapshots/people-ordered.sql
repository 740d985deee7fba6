-- people-ordered.graphql: 4 SQL statements

    SELECT id, k0::text AS c0
    FROM (SELECT e.id AS id, (SELECT count(*) FROM organization_mention c WHERE c.organization_id = e.id) AS k0 FROM organization e WHERE TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $1;

    SELECT id, k0::text AS c0
    FROM (SELECT e.id AS id, (SELECT count(*) FROM statement c WHERE c.speaker_person_id = e.id) AS k0 FROM person e WHERE TRUE) AS page
    WHERE TRUE
    ORDER BY k0 DESC, id DESC
    LIMIT $1;

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt", JSONB_BUILD_OBJECT('mentions', COALESCE("t1"."_aggr_count_mentions", 0)) AS "_count" FROM "public"."organization" AS "t0" LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_mentions" FROM "public"."organization_mention" AS "t2" WHERE "t0"."id" = "t2"."organization_id") AS "t1" ON true WHERE "t0"."id" IN ($1,$2,$3);

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt", JSONB_BUILD_OBJECT('statements', COALESCE("t1"."_aggr_count_statements", 0)) AS "_count" FROM "public"."person" AS "t0" LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_statements" FROM "public"."statement" AS "t2" WHERE "t0"."id" = "t2"."speaker_person_id") AS "t1" ON true WHERE "t0"."id" IN ($1,$2,$3,$4);
