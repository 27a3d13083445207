package com.policyledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningLineRemoverTest {

    private final RunningLineRemover remover = new RunningLineRemover();

    private static String page(int number, int of, String body) {
        return "Stem Cell Therapy for Orthopedic Applications\n\n" + body + "\n\nMEDICAL COVERAGE POLICY | " + number
                + "\nPage " + number + " of " + of;
    }

    @Test
    void removesHeadersAndFootersThatRepeatAcrossPagesWhateverTheirPageNumber() {
        List<String> pages = new ArrayList<>();
        List<String> bodies = List.of("Stem cell therapy is not medically necessary.\nIt is investigational.",
                "Coding\n0263T\n0264T", "Related policies\nNone.", "Revision history\n01/01/2026 Annual review.");
        for (int i = 1; i <= 4; i++) {
            pages.add(page(i, 4, bodies.get(i - 1)));
        }

        List<String> clean = remover.clean(pages);

        assertThat(clean).allSatisfy(text -> assertThat(text)
                .doesNotContain("MEDICAL COVERAGE POLICY")
                .doesNotContain("Page ")
                .doesNotContain("Stem Cell Therapy for Orthopedic Applications"));
        assertThat(clean.get(1)).isEqualTo("Coding\n0263T\n0264T");
    }

    @Test
    void keepsALineThatAppearsAtTheEdgeOfOnlyOnePage() {
        List<String> pages = List.of(
                "Coding\n38241 Hematopoietic progenitor cell\nfirst page body\nmore\nmore\nmore\nmore\nend",
                "Revision log\nsecond page body\nmore\nmore\nmore\nmore\nmore\nfinal",
                "Other\nthird page body\nmore\nmore\nmore\nmore\nmore\nlast");

        List<String> clean = remover.clean(pages);

        assertThat(clean.get(0)).startsWith("Coding\n38241");
    }

    @Test
    void leavesASinglePageDocumentAlone() {
        String only = "MEDICAL COVERAGE POLICY | 1\nThe only page.";

        assertThat(remover.clean(List.of(only))).containsExactly(only);
    }

    @Test
    void joinsWordsHyphenatedAcrossLinesButNotRealHyphens() {
        List<String> clean = remover.clean(List.of("Stem cell therapy is not medi-\ncally necessary for non-\nUnion."));

        assertThat(clean.get(0)).isEqualTo("Stem cell therapy is not medically necessary for non-\nUnion.");
    }
}
