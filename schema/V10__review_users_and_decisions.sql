-- People who log in to the review app. Passwords are bcrypt hashes; a one-time password must be
-- changed at first login (must_change_password).
CREATE TABLE app_user (
    id                   bigserial   PRIMARY KEY,
    username             text        NOT NULL UNIQUE,
    password_hash        text        NOT NULL,
    role                 text        NOT NULL CHECK (role IN ('ANALYST', 'ADMIN')),
    must_change_password boolean     NOT NULL DEFAULT false,
    enabled              boolean     NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now()
);

-- Which flag a decision is about, stable across re-ingestion: the extractor's fingerprint when it
-- wrote one, else what the flag says and where (flags of the no-text-layer kind carry no fingerprint).
CREATE FUNCTION flag_key(kind text, raw text, page_number integer, fingerprint text) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(fingerprint, kind || ':' || coalesce(page_number::text, '') || ':' || coalesce(raw, '')) $$;

-- An analyst's decision on a flag. Keyed by the document's content hash and the flag key, not by
-- flag id: re-ingesting the same document (or re-running extraction) creates new flag rows, and
-- they must come back already decided.
CREATE TABLE flag_decision (
    id              bigserial   PRIMARY KEY,
    document_sha256 char(64)    NOT NULL,
    flag_key        text        NOT NULL,
    flag_kind       text        NOT NULL,
    decision        text        NOT NULL CHECK (decision IN ('ACCEPTED', 'CORRECTED', 'REJECTED')),
    -- What the analyst typed, when the decision carries a value: which field and its right value.
    field           text        CHECK (field IN ('CODE', 'NOT_A_CODE', 'EFFECTIVE_DATE', 'PAYER',
                                                 'DETERMINATION', 'POLICY_NUMBER')),
    value           text,
    comment         text,
    decided_by      text        NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (document_sha256, flag_key)
);

-- Every decision ever taken, including ones later replaced: who changed their mind, and when.
CREATE TABLE flag_decision_history (
    id              bigserial   PRIMARY KEY,
    document_sha256 char(64)    NOT NULL,
    flag_key        text        NOT NULL,
    decision        text        NOT NULL,
    field           text,
    value           text,
    comment         text,
    decided_by      text        NOT NULL,
    decided_at      timestamptz NOT NULL
);
CREATE INDEX flag_decision_history_key_idx ON flag_decision_history (document_sha256, flag_key);

-- Whoever writes flags (ingest today, a re-extraction tomorrow), a flag that was decided before
-- arrives with its decision's status: the same document never reopens a decided flag.
CREATE FUNCTION flag_apply_decision() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    decided text;
BEGIN
    SELECT fd.decision INTO decided
    FROM flag_decision fd JOIN source_document d ON d.sha256 = fd.document_sha256
    WHERE d.id = NEW.document_id
      AND fd.flag_key = flag_key(NEW.kind, NEW.raw, NEW.page_number, NEW.fingerprint);
    IF decided IS NOT NULL THEN
        NEW.status := decided;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER flag_apply_decision BEFORE INSERT ON flag
    FOR EACH ROW EXECUTE FUNCTION flag_apply_decision();

-- The review queue filters by payer and pages by flag id within a status (flag_status_kind_idx).
CREATE INDEX IF NOT EXISTS document_extraction_payer_idx ON document_extraction (payer);
CREATE INDEX IF NOT EXISTS flag_status_id_idx ON flag (status, id);
CREATE INDEX IF NOT EXISTS flag_document_id_idx ON flag (document_id, id);
