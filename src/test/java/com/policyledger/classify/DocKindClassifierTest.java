package com.policyledger.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.extract.DocKind;
import com.policyledger.extract.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocKindClassifierTest {
    private static final DocKindClassifier CLASSIFIER = new DocKindClassifier();

    private static DocKind kind(String text) {
        return CLASSIFIER.classify(SourceText.of(List.of(text)));
    }

    @Test
    void aPolicySkeletonIsAPayerPolicy() {
        assertThat(kind("Clinical Policy: Stem Cell Therapy\nReference Number: WA.CP.MP.526\nEffective Date: 07/01/25\n"
                + "Policy/Criteria\nIt is the policy of the health plan that stem cell therapy is not medically necessary.\n"
                + "CPT® Codes\tDescription\n38241\tHPC transplant\n")).isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aThirdPartyNoticeAboutAPolicyIsABulletin() {
        assertThat(kind("Cigna Healthcare modified MM 0552, effective December 16, 2025. Here's what billing teams need to do.\n"
                + "| Policy Code | MM 0552 |\n| Change Type | Modified |\n| Key Action | Remove CPT 0565T from your charge capture |\n"
                + "| Code | Status |\n|---|---|\n| 0565T | Not Medically Necessary |\n")).isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void anArticleThatMentionsPayersAndACodeIsInformational() {
        assertThat(kind("Patients who explore regenerative medicine ask: will my insurance pay for this? "
                + "Most commercial insurers, Medicare, and Medicaid classify these procedures as experimental. "
                + "PRP is often billed under CPT code 86999. Ask your clinic and get it in writing.")).isEqualTo(DocKind.INFORMATIONAL);
    }
}
