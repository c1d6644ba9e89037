-- The accent-exact vector only ranks candidates already found through the folded one (a test per row); no query
-- looks it up through an index. Its GIN index was written on every extraction, a good part of PostgreSQL's work per
-- document, for nothing.
DROP INDEX IF EXISTS search_chunk_exact;
