-- Medicare contractors now go by the names providers use for them (Noridian, Novitas, First Coast,
-- CGS, WPS), as extract/payers.tsv does from this release. Policies already loaded under the long
-- names are renamed, identity keys included, so a later version of the same LCD joins its policy
-- instead of starting a new one.
CREATE TEMPORARY TABLE contractor_rename (old_name text, new_name text, old_key text, new_key text) ON COMMIT DROP;
INSERT INTO contractor_rename VALUES
    ('Noridian Healthcare Solutions', 'Noridian', 'NORIDIANHEALTHCARESOLUTIONS', 'NORIDIAN'),
    ('Novitas Solutions', 'Novitas', 'NOVITASSOLUTIONS', 'NOVITAS'),
    ('First Coast Service Options', 'First Coast', 'FIRSTCOASTSERVICEOPTIONS', 'FIRSTCOAST'),
    ('CGS Administrators', 'CGS', 'CGSADMINISTRATORS', 'CGS'),
    ('Wisconsin Physicians Service', 'WPS', 'WISCONSINPHYSICIANSSERVICE', 'WPS');

UPDATE document_extraction e SET payer = r.new_name
FROM contractor_rename r WHERE e.payer = r.old_name;

UPDATE policy p SET payer = r.new_name, identity_key = r.new_key || substr(p.identity_key, length(r.old_key) + 1)
FROM contractor_rename r WHERE p.payer = r.old_name AND p.identity_key LIKE r.old_key || '|%';

-- Analysts' payer corrections name the same contractors.
UPDATE flag_decision d SET value = r.new_name
FROM contractor_rename r WHERE d.field = 'PAYER' AND d.value = r.old_name;

UPDATE policy_merge m SET merged_identity_key = r.new_key || substr(m.merged_identity_key, length(r.old_key) + 1)
FROM contractor_rename r WHERE m.merged_identity_key LIKE r.old_key || '|%';
