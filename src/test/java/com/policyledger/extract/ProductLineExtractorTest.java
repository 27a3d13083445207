package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductLineExtractorTest {
    private final ProductLineExtractor lines = new ProductLineExtractor(Texts.LINES);

    private List<ProductLine> of(String text) {
        return lines.extract(Texts.of(text), new ArrayList<>()).stream().map(Located::value).toList();
    }

    @Test
    void scopeHeadingsNameTheProductLines() {
        assertThat(of("POLICY STATEMENT\n\nMedicare Advantage Plans\n\nTherapy is not covered.\n\nCommercial Products\n\nTherapy is not medically necessary.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICARE_ADVANTAGE, ProductLine.COMMERCIAL);
    }

    @Test
    void aLineOfBusinessFieldIsScope() {
        assertThat(of("Effective Date:  LOB: Medicaid, HIV SNP, CHP, QHP Review Date: "))
                .containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.CHIP, ProductLine.MARKETPLACE);
    }

    @Test
    void boilerplateAndLinksAreNotScope() {
        assertThat(of("Important Reminder\n\nNote: For Medicaid members/enrollees, when state Medicaid coverage provisions conflict with "
                + "the coverage provisions in this clinical policy, state Medicaid coverage provisions take precedence.")).isEmpty();
        assertThat(of("This bulletin addresses the drug for commercial medical plans. For Medicare criteria, see the other policy."))
                .containsExactly(ProductLine.COMMERCIAL);
    }
}
