-- What the extractor found in each loaded document. Every value keeps its page and snippet.
CREATE TABLE document_extraction (
    document_id        bigint  PRIMARY KEY REFERENCES source_document (id) ON DELETE CASCADE,
    doc_kind           text    NOT NULL CHECK (doc_kind IN ('payer_policy', 'policy_bulletin', 'informational')),
    payer              text,
    policy_number      text,
    title              text,
    effective_date     date,
    last_reviewed_date date,
    last_revised_date  date,
    product_lines      text[]  NOT NULL DEFAULT '{}',
    determinations     text[]  NOT NULL DEFAULT '{}'
);

CREATE TABLE document_code (
    document_id   bigint  NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    code          text    NOT NULL,
    code_system   text    NOT NULL CHECK (code_system IN ('CPT', 'HCPCS', 'ICD10CM')),
    determination text,
    product_lines text[]  NOT NULL DEFAULT '{}',
    page_number   integer,
    span_start    integer,
    span_end      integer,
    snippet       text,
    PRIMARY KEY (document_id, code)
);
CREATE INDEX document_code_code_idx ON document_code (code);

CREATE TABLE document_code_range (
    document_id   bigint  NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    code_from     text    NOT NULL,
    code_to       text    NOT NULL,
    code_system   text    NOT NULL,
    determination text,
    page_number   integer,
    snippet       text,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX document_code_range_bounds_idx ON document_code_range (code_from, code_to);

CREATE TABLE document_statement (
    document_id   bigint  NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    statement     text    NOT NULL,
    scope         text[]  NOT NULL DEFAULT '{}',
    determination text    NOT NULL,
    page_number   integer,
    span_start    integer,
    span_end      integer,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE document_revision (
    document_id   bigint  NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    revision_date date,
    raw_date      text,
    description   text    NOT NULL,
    added_codes   text[]  NOT NULL DEFAULT '{}',
    removed_codes text[]  NOT NULL DEFAULT '{}',
    page_number   integer,
    PRIMARY KEY (document_id, ordinal)
);

ALTER TABLE flag ADD COLUMN fingerprint text;
CREATE UNIQUE INDEX flag_fingerprint_idx ON flag (document_id, fingerprint);

-- A policy is a payer's policy number (or, with no number printed, its title); it has versions.
CREATE TABLE policy (
    id             bigserial   PRIMARY KEY,
    identity_key   text        NOT NULL UNIQUE,  -- normalized payer + number (or title / file name)
    identity_basis text        NOT NULL CHECK (identity_basis IN ('NUMBER', 'TITLE', 'FILE_NAME')),
    payer          text        NOT NULL,
    policy_number  text,
    title          text,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_payer_idx ON policy (payer, policy_number);

-- Each publication of a policy with different content. version_number follows effective date.
CREATE TABLE policy_version (
    id                  bigserial   PRIMARY KEY,
    policy_id           bigint      NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    document_id         bigint      NOT NULL UNIQUE REFERENCES source_document (id) ON DELETE CASCADE,
    version_number      integer     NOT NULL,
    effective_date      date,
    content_fingerprint char(64)    NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (policy_id, content_fingerprint)
);
CREATE INDEX policy_version_order_idx ON policy_version (policy_id, version_number);
CREATE INDEX policy_version_effective_idx ON policy_version (policy_id, effective_date);

-- Other documents about a policy: third-party bulletins, and republications with identical content.
CREATE TABLE policy_source (
    policy_id   bigint NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    document_id bigint NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    source_kind text   NOT NULL CHECK (source_kind IN ('bulletin', 'republication')),
    PRIMARY KEY (policy_id, document_id)
);

-- What each ingest run changed, for the change report.
ALTER TABLE ingest_run ADD COLUMN change_report jsonb;
