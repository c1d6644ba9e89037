-- The document library: versioned files, their bytes (deduplicated, in large objects), text extraction through a
-- durable job queue, and the full-text search index (diacritics-insensitive).

CREATE EXTENSION IF NOT EXISTS unaccent;

-- "hoa lac" finds "Hòa Lạc": the simple configuration (lower case, no stemming) with accents folded away
CREATE TEXT SEARCH CONFIGURATION portal_folded (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION portal_folded
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

-- Bytes, stored once per SHA-256 whatever the number of versions that carry them.
CREATE TABLE content_blob (
    sha256     char(64)    PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size       bigint      NOT NULL CHECK (size >= 0),
    lo         oid         NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document (
    id              bigserial    PRIMARY KEY,
    title           text         NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    title_from_file boolean      NOT NULL DEFAULT false, -- no title was given: the file's own title metadata replaces it once extracted
    description     text,
    category        varchar(100),
    tags            text         NOT NULL DEFAULT '',
    organization    varchar(20)  NOT NULL REFERENCES organization (code),
    visibility      varchar(20)  NOT NULL CHECK (visibility IN ('PORTAL', 'ORGANIZATION')),
    current_version integer      NOT NULL CHECK (current_version >= 1),
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    row_version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX document_updated ON document (updated_at DESC, id DESC);
CREATE INDEX document_organization ON document (organization);

CREATE TABLE document_version (
    id            bigserial    PRIMARY KEY,
    document_id   bigint       NOT NULL REFERENCES document (id),
    number        integer      NOT NULL CHECK (number >= 1),
    filename      text         NOT NULL,
    sha256        char(64)     NOT NULL REFERENCES content_blob (sha256),
    size          bigint       NOT NULL,
    declared_type text,
    note          text,
    restored_from integer,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    UNIQUE (document_id, number)
);
CREATE INDEX document_version_sha ON document_version (sha256);

-- Text extraction, once per content. The rows waiting here ARE the job queue: workers claim them with
-- FOR UPDATE SKIP LOCKED, so several portal instances can share it; a lease brings back jobs of a dead worker.
CREATE TABLE extraction (
    sha256          char(64)    PRIMARY KEY REFERENCES content_blob (sha256),
    status          varchar(20) NOT NULL CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_until     timestamptz,
    error           text,
    content_type    text,
    language        varchar(20),
    pages           integer,
    ocr             boolean     NOT NULL DEFAULT false,
    author          text,
    created         text,
    meta_title      text,
    text            text,
    text_truncated  boolean     NOT NULL DEFAULT false,
    finished_at     timestamptz,
    duration_ms     integer
);
CREATE INDEX extraction_queue ON extraction (next_attempt_at) WHERE status IN ('PENDING', 'PROCESSING');

-- The search index: the current version of each document, in chunks (a tsvector holds at most 1 MB).
-- Chunk 0 carries the title with weight A. `folded` finds without diacritics, `exact` ranks exact spellings higher.
CREATE TABLE search_chunk (
    document_id bigint   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    chunk_no    integer  NOT NULL,
    body        text     NOT NULL,
    folded      tsvector NOT NULL,
    exact       tsvector NOT NULL,
    PRIMARY KEY (document_id, chunk_no)
);
CREATE INDEX search_chunk_folded ON search_chunk USING gin (folded);
CREATE INDEX search_chunk_exact ON search_chunk USING gin (exact);
