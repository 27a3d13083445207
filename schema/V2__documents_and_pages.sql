-- One row per distinct file content (SHA-256): a renamed or moved copy is the same document.
CREATE TABLE source_document (
    id               bigserial   PRIMARY KEY,
    sha256           char(64)    NOT NULL UNIQUE,
    source_path      text        NOT NULL,  -- where it was first seen, relative to the ingested folder
    file_name        text        NOT NULL,
    media_type       text,
    size_bytes       bigint      NOT NULL,
    page_count       integer     NOT NULL DEFAULT 0,
    status           text        NOT NULL CHECK (status IN ('LOADED', 'REJECTED')),
    reason           text,                  -- why it was rejected, in words a person can act on
    change_kind      text        NOT NULL CHECK (change_kind IN ('NEW', 'CHANGED')),
    parse_millis     bigint,
    ingested_at      timestamptz NOT NULL DEFAULT now(),
    job_execution_id bigint
);
CREATE INDEX source_document_status_idx ON source_document (status);
CREATE INDEX source_document_path_idx ON source_document (source_path);

-- The content last seen at each path: tells a changed file from a new one.
CREATE TABLE source_path (
    source_path text        PRIMARY KEY,
    sha256      char(64)    NOT NULL,
    seen_at     timestamptz NOT NULL DEFAULT now()
);

-- Each page's text as extracted (raw, kept for provenance) and without running headers/footers (clean).
CREATE TABLE document_page (
    document_id bigint  NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    page_number integer NOT NULL,
    raw_text    text    NOT NULL,
    clean_text  text    NOT NULL,
    ocr         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (document_id, page_number)
);

-- Anything an analyst should look at, with where it came from.
CREATE TABLE flag (
    id          bigserial   PRIMARY KEY,
    document_id bigint      NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    raw         text,
    page_number integer,
    span_start  integer,
    span_end    integer,
    snippet     text,
    status      text        NOT NULL DEFAULT 'OPEN'
                CHECK (status IN ('OPEN', 'ACCEPTED', 'CORRECTED', 'REJECTED')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flag_document_idx ON flag (document_id);
CREATE INDEX flag_status_kind_idx ON flag (status, kind, id);

-- One row per finished ingest run: what the summary line said.
CREATE TABLE ingest_run (
    job_execution_id bigint      PRIMARY KEY,
    folder           text        NOT NULL,
    started_at       timestamptz NOT NULL,
    finished_at      timestamptz NOT NULL,
    new_count        integer     NOT NULL,
    changed_count    integer     NOT NULL,
    unchanged_count  integer     NOT NULL,
    rejected_count   integer     NOT NULL,
    page_count       integer     NOT NULL
);
