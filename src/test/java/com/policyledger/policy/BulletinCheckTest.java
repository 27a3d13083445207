package com.policyledger.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.support.DatabaseTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A bulletin never overrides the payer's document; where they disagree the bulletin is flagged. */
class BulletinCheckTest extends DatabaseTest {

    @Autowired
    BulletinCheck check;

    @Test
    void aBulletinDisagreeingWithThePayersLatestVersionOnACodeIsFlaggedWithBothDeterminations() {
        long policyDoc = document("payer.pdf");
        long bulletinDoc = document("bulletin.pdf");
        long policy = policyWithVersion(policyDoc);
        code(policyDoc, "0565T", "MEDICALLY_NECESSARY");
        code(policyDoc, "0566T", "NOT_MEDICALLY_NECESSARY");
        code(bulletinDoc, "0565T", "NOT_MEDICALLY_NECESSARY");
        code(bulletinDoc, "0566T", "NOT_MEDICALLY_NECESSARY");

        check.compare(policy, bulletinDoc);
        check.compare(policy, bulletinDoc);

        assertThat(jdbc.sql("SELECT kind || ': ' || raw FROM flag WHERE document_id = :doc")
                .param("doc", bulletinDoc).query(String.class).list())
                .containsExactly("CONTRADICTION: 0565T: bulletin says NOT_MEDICALLY_NECESSARY, policy version 1 says"
                        + " MEDICALLY_NECESSARY");
        assertThat(jdbc.sql("SELECT determination FROM document_code WHERE document_id = :doc AND code = '0565T'")
                .param("doc", policyDoc).query(String.class).single()).isEqualTo("MEDICALLY_NECESSARY");
    }

    @Test
    void onlyListingsWhoseProductLinesMeetCanDisagree() {
        long policyDoc = document("bcbsri.pdf");
        long bulletinDoc = document("bulletin.pdf");
        long policy = policyWithVersion(policyDoc);
        for (String code : List.of("0263T", "0264T")) {
            code(policyDoc, code, "NOT_COVERED", "MEDICARE_ADVANTAGE");
            code(policyDoc, code, "NOT_MEDICALLY_NECESSARY", "COMMERCIAL");
        }
        code(bulletinDoc, "0263T", "NOT_MEDICALLY_NECESSARY", "COMMERCIAL");
        code(bulletinDoc, "0264T", "NOT_MEDICALLY_NECESSARY");

        check.compare(policy, bulletinDoc);

        assertThat(jdbc.sql("SELECT raw FROM flag WHERE document_id = :doc").param("doc", bulletinDoc)
                .query(String.class).list())
                .containsExactly("0264T: bulletin says NOT_MEDICALLY_NECESSARY, policy version 1 says NOT_COVERED"
                        + " for MEDICARE_ADVANTAGE");
    }

    private long policyWithVersion(long document) {
        long policy = jdbc.sql("""
                INSERT INTO policy (identity_key, identity_basis, payer, policy_number)
                VALUES ('CIGNA|number:MM0552', 'NUMBER', 'Cigna', 'MM 0552') RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO policy_version (policy_id, document_id, version_number, effective_date, content_fingerprint)
                VALUES (:policy, :doc, 1, date '2025-12-16', repeat('a', 64))""")
                .param("policy", policy).param("doc", document).update();
        return policy;
    }

    private long document(String name) {
        return jdbc.sql("""
                INSERT INTO source_document (sha256, source_path, file_name, size_bytes, status, change_kind)
                VALUES (md5(:name) || md5(:name), :name, :name, 1, 'LOADED', 'NEW') RETURNING id""")
                .param("name", name).query(Long.class).single();
    }

    private void code(long document, String code, String determination, String... productLines) {
        jdbc.sql("""
                INSERT INTO document_code (document_id, code, code_system, determination, product_lines)
                VALUES (:doc, :code, 'CPT', :determination, :lines)""")
                .param("doc", document).param("code", code).param("determination", determination)
                .param("lines", productLines).update();
    }
}
