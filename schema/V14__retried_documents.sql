-- A rejected file can be parsed again on request (ingest --retry-rejected, after raising a limit):
-- its row is then replaced by the new attempt, marked RETRIED.
ALTER TABLE source_document DROP CONSTRAINT source_document_change_kind_check;
ALTER TABLE source_document ADD CONSTRAINT source_document_change_kind_check
    CHECK (change_kind IN ('NEW', 'CHANGED', 'RETRIED'));
