-- Words compared: lower case; apostrophes and quote marks dropped inside words ("don’t" = "dont"); any
-- other run of characters that are not letters or digits (punctuation, dashes, quote marks, white space)
-- is one space.
CREATE OR REPLACE FUNCTION "newsgraph_quote_words"("content" TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(lower(content), '[''’‘`´]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'))
$$;
