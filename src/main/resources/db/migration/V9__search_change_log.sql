-- The search engine (Apache Lucene, one index per portal instance) replaces PostgreSQL's full-text machinery.
-- PostgreSQL stays the source of truth: the texts stay where they are (extraction.text, the plans, agreements and
-- proposals), and every change to something searchable appends a row here in the transaction that makes it. Each
-- instance applies the rows in order and stores in its index how far it got; see infrastructure.search.ChangeLog.
CREATE TABLE search_change (
    seq         bigserial   PRIMARY KEY,
    tx          xid8        NOT NULL DEFAULT pg_current_xact_id(), -- the writing transaction: the index's watermark
    record_type text        NOT NULL CHECK (record_type IN ('DOCUMENT', 'PLAN', 'AGREEMENT', 'PROPOSAL')),
    record_id   bigint      NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_change_tx ON search_change (tx);
CREATE INDEX search_change_at ON search_change (at);

-- what the engine replaces: the chunk tables with their GIN indexes, and the folding configuration they used
DROP TABLE search_chunk;
DROP TABLE search_record;
DROP TEXT SEARCH CONFIGURATION portal_folded;
DROP EXTENSION IF EXISTS unaccent;
