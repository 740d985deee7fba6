-- person-by-name.graphql: 5 SQL statements

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."organization" AS "t0" WHERE "t0"."aliases" @> $1 ORDER BY "t0"."id" ASC LIMIT $2;

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."organization" AS "t0" WHERE "t0"."name_key" = $1 LIMIT $2;

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."person" AS "t0" WHERE "t0"."aliases" @> $1 ORDER BY "t0"."id" ASC LIMIT $2;

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."person" AS "t0" WHERE "t0"."name_key" = $1 LIMIT $2;

SELECT "t0"."id", "t0"."name", "t0"."name_key" AS "nameKey", "t0"."aliases", "t0"."merged_keys" AS "mergedKeys", "t0"."description", "t0"."created_at" AS "createdAt", "t0"."updated_at" AS "updatedAt" FROM "public"."person" AS "t0" WHERE "t0"."name_key"::text LIKE ('%' || $1) ORDER BY "t0"."id" ASC LIMIT $2;
