-- Plans (the draft and each submitted version), agreements and proposals in the full-text search, next to documents.
-- One row per chunk of a record's text, like search_chunk; every chunk carries the record's heading so that a hit
-- needs no join. `readers` lists who may read the record, as tokens the application derives from its access rules
-- (role:park-manager, org:DHBK:university-reviewer, ...): a reader sees a row when one of their tokens is in it.
CREATE TABLE search_record (
    kind         text        NOT NULL CHECK (kind IN ('PLAN', 'AGREEMENT', 'PROPOSAL')),
    record_id    bigint      NOT NULL,
    version      integer     NOT NULL DEFAULT 0, -- a plan's version number; 0 for a plan's draft and other records
    chunk_no     integer     NOT NULL,
    title        text        NOT NULL,
    category     text,
    organization text,
    changed_at   timestamptz NOT NULL, -- the record's own last change: the newest matches are ranked first
    year         integer     NOT NULL, -- of changed_at, in Hanoi
    readers      text[]      NOT NULL,
    body         text        NOT NULL,
    folded       tsvector    NOT NULL,
    exact        tsvector    NOT NULL,
    indexed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, record_id, version, chunk_no)
);
CREATE INDEX search_record_folded ON search_record USING gin (folded);
