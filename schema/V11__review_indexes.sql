-- The queue names each flag's policy through either link (a version or a bulletin): look up by document.
CREATE INDEX IF NOT EXISTS policy_source_document_idx ON policy_source (document_id);
-- The policy list's "lists code" filter also finds codes an analyst typed in.
CREATE INDEX IF NOT EXISTS flag_decision_value_idx ON flag_decision (field, value);
-- The ingest runs page lists each run's files.
CREATE INDEX IF NOT EXISTS source_document_job_idx ON source_document (job_execution_id);
