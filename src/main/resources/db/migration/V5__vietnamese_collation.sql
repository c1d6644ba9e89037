-- Titles and categories sort in Vietnamese alphabetical order (A Ă Â B C D Đ E Ê …), not by code point, which puts
-- Á and Đ after Z. Needs a PostgreSQL built with ICU (the embedded one, Debian's and the common cloud ones are): without
-- it this migration stops the start-up here with a clear error rather than every sorted list failing later.
CREATE COLLATION IF NOT EXISTS vietnamese (provider = icu, locale = 'vi');
