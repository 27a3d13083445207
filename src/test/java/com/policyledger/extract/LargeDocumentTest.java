package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction finishes on a long document; speed is measured elsewhere, not asserted here. */
class LargeDocumentTest {
    @Test
    void aTwoHundredPagePolicyIsExtractedCompletely() {
        List<String> pages = new ArrayList<>();
        pages.add("Clinical Policy: Synthetic Test\nReference Number: XX.CP.MP.9\nEffective Date: 01/01/2026\nPolicy/Criteria\n"
                + "The service is not medically necessary.\nCoding\n");
        for (int p = 0; p < 200; p++) {
            StringBuilder page = new StringBuilder("Background prose about the technology, page " + p + ". ".repeat(3) + "\n");
            page.append(String.format("%05d\tSynthetic code row%n", 10000 + p));
            page.append("Page ").append(p + 2).append(" of 201\n");
            pages.add("Coding\n" + page);
        }
        Extraction e = Texts.EXTRACTOR.extract(pages);
        assertThat(e.codes()).hasSize(200);
        assertThat(e.codes().get(199).where().page()).isEqualTo(201);
    }
}
