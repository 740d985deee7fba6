-- The share of equal values of two signatures: the estimated Jaccard similarity of the shingle sets.
CREATE OR REPLACE FUNCTION "newsgraph_minhash_similarity"("a" INTEGER[], "b" INTEGER[])
RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(a) = 0 OR cardinality(a) <> cardinality(b) THEN 0
    ELSE (SELECT count(*) FILTER (WHERE x = y)::float8 / count(*) FROM unnest(a, b) AS t(x, y)) END
$$;
