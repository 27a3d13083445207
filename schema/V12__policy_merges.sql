-- An admin's ruling that two policy records are the same policy (e.g. a number printed two ways that
-- normalization did not catch). The merged record's versions and sources move to the one kept.
CREATE TABLE policy_merge (
    id                  bigserial   PRIMARY KEY,
    merged_policy_id    bigint      NOT NULL,
    merged_identity_key text        NOT NULL,
    into_policy_id      bigint      NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    merged_by           text        NOT NULL,
    merged_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_merge_key_idx ON policy_merge (merged_identity_key);
