-- A policy can list one code once per product-line scope, each with its own determination (BCBSRI:
-- 0263T not covered for Medicare Advantage, not medically necessary for Commercial). Keyed by code
-- alone, the second listing was dropped; now a document keeps one row per code and scope.

-- The scope as stored: distinct product-line names in byte order (Java's String order, whatever the
-- database collation), so the same scope is always the same key.
CREATE FUNCTION product_line_scope(lines text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(array_agg(DISTINCT line COLLATE "C" ORDER BY line COLLATE "C"), '{}') FROM unnest(lines) AS u(line) $$;

-- Rows written before this migration were already one per code, so re-keying them cannot collide.
-- The scopes they lost are not in the database: only extracting those documents again (there is no
-- command for it yet; ingest skips a file it has loaded) brings them back.
UPDATE document_code SET product_lines = product_line_scope(product_lines)
WHERE product_lines <> product_line_scope(product_lines);

ALTER TABLE document_code
    DROP CONSTRAINT document_code_pkey,
    ADD CONSTRAINT document_code_scope_canonical CHECK (product_lines = product_line_scope(product_lines)),
    ADD PRIMARY KEY (document_id, code, product_lines);
-- document_code_code_idx (code) still serves search by code; the new key serves a document's codes.
