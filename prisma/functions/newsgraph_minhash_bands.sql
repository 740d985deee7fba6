-- The 20 bands of a signature of 100 values (5 values a band), each hashed to a bucket.
CREATE OR REPLACE FUNCTION "newsgraph_minhash_bands"("signature" INTEGER[])
RETURNS TABLE ("band" INTEGER, "bucket" BIGINT) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT b, hashtextextended(array_to_string(signature[b * 5 + 1:b * 5 + 5], ','), b)
  FROM generate_series(0, cardinality(signature) / 5 - 1) AS b
$$;
