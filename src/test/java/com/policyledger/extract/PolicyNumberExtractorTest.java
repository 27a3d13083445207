package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyNumberExtractorTest {
    private final PolicyNumberExtractor numbers = new PolicyNumberExtractor();
    private final List<Flag> flags = new ArrayList<>();

    private String number(String text, DocKind kind) {
        Located<String> n = numbers.extract(Texts.of(text), kind, flags);
        return n == null ? null : n.value();
    }

    @Test
    void everyPrintedForm() {
        assertThat(number("Reference Number: WA.CP.MP.526\n", DocKind.PAYER_POLICY)).isEqualTo("WA.CP.MP.526");
        assertThat(number("Policy Number: 2026D0059Q\n", DocKind.PAYER_POLICY)).isEqualTo("2026D0059Q");
        assertThat(number("| Policy Code | MM 0552 |\n", DocKind.POLICY_BULLETIN)).isEqualTo("MM 0552");
        assertThat(number("Coverage Policy Number............. 0070\n", DocKind.PAYER_POLICY)).isEqualTo("0070");
        assertThat(number("Medical Policy: MP.13.20\nPolicy Number: MP.13.20\n", DocKind.PAYER_POLICY)).isEqualTo("MP.13.20");
        assertThat(number("Coverage Policy#: 282\nCategory: Surgery\n", DocKind.PAYER_POLICY)).isEqualTo("282");
        assertThat(number("Reimbursement Policy: NDRP-LP-002\nTopic: Lab and Pathology\n", DocKind.PAYER_POLICY)).isEqualTo("NDRP-LP-002");
    }

    @Test
    void theNextFieldsLabelRunIntoTheNumberIsCutOff() {
        assertThat(number("Subject:  Acupuncture\nGuideline #:  CG-ANC-03Current Effective Date:  10/14/2027\n", DocKind.PAYER_POLICY))
                .isEqualTo("CG-ANC-03");
        assertThat(number("Guideline Number: CS032.OPEffective Date: 06/01/2027\n", DocKind.PAYER_POLICY)).isEqualTo("CS032.OP");
    }

    @Test
    void aValuePrintedBelowItsLabelByTheLayout() {
        assertThat(number("Subject:\nDocument#:\nStatus:\n\nSome Surgery Title\nSURG.00129\nRevised\n", DocKind.PAYER_POLICY))
                .isEqualTo("SURG.00129");
    }

    @Test
    void aHeaderFlattenedLabelsFirstGivesTheNumberOnItsLineAndAFileCodeIsANumber() {
        assertThat(number("Subject: Document #: Status: Some Surgery Title SURG.00129 Current Effective Date: 10/22/2008\n",
                DocKind.PAYER_POLICY)).isEqualTo("SURG.00129");
        assertThat(number("Knee Braces Corporate Medical Policy File Name: Knee Braces File Code: UM.DME.07 Last Review: 08/2017\n",
                DocKind.PAYER_POLICY)).isEqualTo("UM.DME.07");
        assertThat(number("Subject: Document #: Status:\nA prose line that cites SURG.00131 in passing.\n", DocKind.PAYER_POLICY))
                .as("the next line's number is not taken for a label followed by another label").isNull();
        assertThat(number("Policy Number: Related Policies: SURG.00011 MED.00055\n", DocKind.PAYER_POLICY))
                .as("the numbers after a related-policies label are other policies'").isNull();
    }

    @Test
    void aPreviousVersionsNumberIsNotThePolicysNumber() {
        assertThat(number("Previous Policy Number: OLD.123\nRevision Log\nFormerly Policy Number: X.9\n", DocKind.PAYER_POLICY)).isNull();
        assertThat(flags).extracting(Flag::kind).contains(FlagKind.NO_POLICY_NUMBER);
    }

    @Test
    void anAssociationNumberLeadsTheTitleLine() {
        Located<String> n = new PolicyNumberExtractor().extract(Texts.of("FEP Medical Policy Manual\n\nFEP 2.01.77 Bone Growth Stimulation\n"),
                DocKind.PAYER_POLICY, new java.util.ArrayList<>());
        assertThat(n.value()).isEqualTo("2.01.77");
    }

    @Test
    void aNoticeOfOnePolicyTakesTheNumberBracketedAfterItsName() {
        String notice = "Revised Payment Policy: Leveling of Care\nSuperior HealthPlan presents a new Leveling of Care: Office-based E&M"
                + " Over-coding (CC.PP.066) payment policy, effective February 1, 2099.\n";
        assertThat(number(notice, DocKind.POLICY_BULLETIN)).isEqualTo("CC.PP.066");
        // A notice of several policies is about none of them.
        assertThat(number(notice + "Also updated: Knee Braces (CP.MP.62).\n", DocKind.POLICY_BULLETIN)).isNull();
    }
}
