-- Like the CMS coverage database: each version is in force from its effective date until the next
-- version's (ending_date, exclusive; null while it is the latest). Search by date then needs no
-- comparison across versions.
ALTER TABLE policy_version ADD COLUMN ending_date date;
CREATE INDEX policy_version_document_dates_idx ON policy_version (document_id, effective_date, ending_date);
