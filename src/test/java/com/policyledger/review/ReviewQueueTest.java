package com.policyledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewQueueTest extends DatabaseTest {

    @Autowired
    ReviewQueue queue;

    @Test
    void pagesForwardAndBackByFlagIdWithoutGapsOrRepeats() {
        ReviewFixtures fixtures = new ReviewFixtures(jdbc);
        fixtures.manyFlags(fixtures.document('a', "a.pdf", "Cigna"), 120);

        QueueFilter filter = new QueueFilter(null, null, null, "OPEN", null, null, 50);
        QueuePage first = queue.page(filter);
        QueuePage second = queue.page(filter.after(first.nextAfter()));
        QueuePage third = queue.page(filter.after(second.nextAfter()));
        QueuePage backToSecond = queue.page(filter.before(third.previousBefore()));

        assertThat(first.total()).isEqualTo(120);
        assertThat(first.previousBefore()).isNull();
        assertThat(first.rows()).extracting(QueueRow::id).startsWith(1L).endsWith(50L);
        assertThat(second.rows()).extracting(QueueRow::id).startsWith(51L).endsWith(100L);
        assertThat(third.rows()).hasSize(20);
        assertThat(third.nextAfter()).isNull();
        assertThat(backToSecond.rows()).isEqualTo(second.rows());
    }

    @Test
    void filtersByKindPayerAndStatus() {
        ReviewFixtures fixtures = new ReviewFixtures(jdbc);
        long cigna = fixtures.document('c', "cigna.pdf", "Cigna");
        long bcbsri = fixtures.document('b', "bcbsri.pdf", "Blue Cross & Blue Shield of Rhode Island");
        long malformed = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS", "r8");
        fixtures.flag(cigna, "BAD_DATE", "02/25", "d1");
        fixtures.flag(bcbsri, "MALFORMED_CODE", "0263", "r1");
        jdbc.sql("UPDATE flag SET status = 'ACCEPTED' WHERE raw = '0263'").update();

        assertThat(queue.page(new QueueFilter("MALFORMED_CODE", "Cigna", null, "OPEN", null, null, 50)).rows())
                .extracting(QueueRow::id).containsExactly(malformed);
        assertThat(queue.count(new QueueFilter(null, null, null, "ANY", null, null, 50))).isEqualTo(3);
        assertThat(queue.count(new QueueFilter(null, null, null, "ACCEPTED", null, null, 50))).isEqualTo(1);
        assertThat(queue.payers()).containsExactly("Blue Cross & Blue Shield of Rhode Island", "Cigna");
    }

    @Test
    void nextAndPreviousFlagStayWithinTheFilter() {
        ReviewFixtures fixtures = new ReviewFixtures(jdbc);
        long doc = fixtures.document('c', "cigna.pdf", "Cigna");
        long first = fixtures.flag(doc, "MALFORMED_CODE", "a", "1");
        fixtures.flag(doc, "BAD_DATE", "b", "2");
        long third = fixtures.flag(doc, "MALFORMED_CODE", "c", "3");
        QueueFilter malformed = new QueueFilter("MALFORMED_CODE", null, null, "OPEN", null, null, 1);

        assertThat(queue.neighbour(malformed, first, true)).contains(third);
        assertThat(queue.neighbour(malformed, third, false)).contains(first);
        assertThat(queue.neighbour(malformed, third, true)).isEmpty();
    }
}
