package com.policyledger.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.policyledger.review.ReviewFixtures;
import com.policyledger.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PolicyMergerTest extends DatabaseTest {

    @Autowired
    PolicyMerger merger;

    @Test
    void theDuplicatesVersionsMoveOverAndAreNumberedByEffectiveDate() {
        ReviewFixtures fixtures = new ReviewFixtures(jdbc);
        long kept = policy("CIGNA|number:MM0552", "MM 0552");
        long duplicate = policy("CIGNA|number:MM552", "MM 552");
        version(kept, fixtures.document('a', "2025.pdf", "Cigna"), 1, "2025-12-16", 'a');
        version(duplicate, fixtures.document('b', "2024.pdf", "Cigna"), 1, "2024-06-01", 'b');
        version(duplicate, fixtures.document('c', "copy.pdf", "Cigna"), 2, "2025-12-16", 'a');

        merger.merge(duplicate, kept, "root");

        assertThat(jdbc.sql("""
                SELECT version_number || ' ' || effective_date FROM policy_version WHERE policy_id = :p
                ORDER BY version_number""").param("p", kept).query(String.class).list())
                .containsExactly("1 2024-06-01", "2 2025-12-16");
        assertThat(jdbc.sql("SELECT source_kind FROM policy_source WHERE policy_id = :p").param("p", kept)
                .query(String.class).list()).containsExactly("republication");
        assertThat(jdbc.sql("SELECT count(*) FROM policy WHERE id = :p").param("p", duplicate).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT merged_by FROM policy_merge").query(String.class).single()).isEqualTo("root");
    }

    @Test
    void aPolicyCannotBeMergedIntoItselfOrIntoNothing() {
        long kept = policy("CIGNA|number:MM0552", "MM 0552");
        assertThatThrownBy(() -> merger.merge(kept, kept, "root")).hasMessageContaining("into itself");
        assertThatThrownBy(() -> merger.merge(kept, 999, "root")).hasMessageContaining("no policy 999");
    }

    private long policy(String key, String number) {
        return jdbc.sql("""
                INSERT INTO policy (identity_key, identity_basis, payer, policy_number) VALUES (:key, 'NUMBER', 'Cigna', :n)
                RETURNING id""").param("key", key).param("n", number).query(Long.class).single();
    }

    private void version(long policy, long document, int number, String effective, char content) {
        jdbc.sql("""
                INSERT INTO policy_version (policy_id, document_id, version_number, effective_date, content_fingerprint)
                VALUES (:p, :d, :n, CAST(:e AS date), :f)""")
                .param("p", policy).param("d", document).param("n", number).param("e", effective)
                .param("f", String.valueOf(content).repeat(64)).update();
    }
}
