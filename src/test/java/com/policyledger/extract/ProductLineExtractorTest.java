package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductLineExtractorTest {
    private final ProductLineExtractor lines = new ProductLineExtractor(Texts.LINES, Texts.PAYERS);

    private List<ProductLine> of(String text) {
        return lines.extract(Texts.of(text), new ArrayList<>()).stream().map(Located::value).toList();
    }

    @Test
    void scopeHeadingsNameTheProductLines() {
        assertThat(of("POLICY STATEMENT\n\nMedicare Advantage Plans\n\nTherapy is not covered.\n\nCommercial Products\n\nTherapy is not medically necessary.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICARE_ADVANTAGE, ProductLine.COMMERCIAL);
    }

    @Test
    void anApplicationSectionAfterTheHistoryIsReadForScope() {
        String policy = "Modifier Rules, Facility\nPolicy\nModifiers are reimbursed as this policy says.\nHistory\n"
                + "6/1/2027 - New policy developed. (abc)\nApplication\nThese reimbursement requirements apply to all Blue Medicare HMO "
                + "and Blue Medicare PPO members.\n";
        assertThat(of(policy)).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of(policy.replace("Application\n", ""))).isEmpty(); // under the history heading: an earlier version's words
    }

    @Test
    void aProductsLabelOverABulletedListScopesToTheListedLines() {
        assertThat(of("Claim edit: Drug A\n\nImpacted products:\n\n  • Medicaid – Florida\n\nUpdate:\nUnits are limited.\n\n"
                + "Claim edit: Drug B\n\nImpacted products:\n  • Commercial fully insured products\n  • Medicare Advantage HMO products\n\n"
                + "Update:\nOne injection every three weeks. Medicare Supplement members see the other notice.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("Claim edit: Drug C\n\nImpacted products:\n  • All commercial products excluding Medicare Advantage and Medicaid\n\n"
                + "Update:\nUnits are limited.\n")).containsExactly(ProductLine.COMMERCIAL);
        assertThat(of("Applies to: All lines of business except Medicaid\n")).isEmpty();
    }

    @Test
    void aLineOfBusinessFieldIsScope() {
        assertThat(of("Effective Date:  LOB: Medicaid, HIV SNP, CHP, QHP Review Date: "))
                .containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.CHIP, ProductLine.MARKETPLACE);
        assertThat(of("Reference Number: CP.PHAR.999 Line of Business: Commercial, HIM, Medicaid Revision Log"))
                .containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MARKETPLACE, ProductLine.MEDICAID);
    }

    @Test
    void boilerplateAndLinksAreNotScope() {
        assertThat(of("Important Reminder\n\nNote: For Medicaid members/enrollees, when state Medicaid coverage provisions conflict with "
                + "the coverage provisions in this clinical policy, state Medicaid coverage provisions take precedence.")).isEmpty();
        assertThat(of("Note: For Medicare members, to ensure consistency with the Medicare National Coverage Determinations (NCD) "
                + "and Local Coverage Determinations (LCD), all applicable NCDs, LCDs and Medicare Coverage Articles should be reviewed "
                + "prior to applying the criteria set forth in this clinical policy.")).isEmpty();
        assertThat(of("This bulletin addresses the drug for commercial medical plans. For Medicare criteria, see the other policy."))
                .containsExactly(ProductLine.COMMERCIAL);
    }

    @Test
    void medicaresPrecedenceOverAGuidelineIsNotScope() {
        assertThat(of("Clinical guidelines are applicable to members enrolled in Medicare Advantage plans only if there are no criteria "
                + "established for the service in a national coverage determination.")).isEmpty();
        assertThat(of("In the absence of an NCD or LCD, this guideline applies to Medicare Advantage plans.")).isEmpty();
        assertThat(of("This guideline applies to Medicare Advantage plans.")).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aPointerToAnotherProgramsPoliciesIsNotScope() {
        assertThat(of("To view Medical Policies applicable to members enrolled in the Federal Employee Program (FEP), "
                + "visit fepblue.org > Policies & Guidelines.")).isEmpty();
    }

    @Test
    void mentionsAtEitherEndOfASentenceAreRead() {
        // Sentences are only read where the document's one search found a name: at their first or last word too.
        assertThat(of("Scope.\nMedicare Advantage plans: this policy applies to Medicare Advantage plans. It also applies to Commercial plans!"
                + " Medicaid"))
                .containsExactlyInAnyOrder(ProductLine.MEDICARE_ADVANTAGE, ProductLine.COMMERCIAL);
    }

    @Test
    void aRestrictionToALineIsScope() {
        assertThat(of("The vendor is updating its injectable drug policies (Commercial only) to be more drug-specific."))
                .containsExactly(ProductLine.COMMERCIAL);
        assertThat(of("The new prior authorization list applies from May 1 to Medicaid members only."))
                .containsExactly(ProductLine.MEDICAID);
    }

    @Test
    void aPointerLinesAboveDoesNotUnscopeTheLinesThatScope() {
        // Unpunctuated lines run into one "sentence": the pointer is two lines above the mention.
        assertThat(of("See the full list of codes on our websites:\nLong Term Support Services - 2099 Changes\n"
                + "Codes were added (S5102 and S5130 for Medicaid members).")).containsExactly(ProductLine.MEDICAID);
        // A pointer hard-wrapped onto the line before the mention still is one.
        assertThat(of("To view Medical Policies applicable to\nmembers enrolled in the Federal Employee Program (FEP), visit fepblue.org."))
                .isEmpty();
    }

    @Test
    void aMastheadRunIntoTheTitleScopes() {
        assertThat(of("UnitedHealthcare® Medicare Advantage Policy Guideline Category III CPT Codes\n\nGuideline Number: MPG099.01\n"))
                .containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aProgramGluedToTheHeadersKindIsTheScope() {
        assertThat(of("REIMBURSEMENT POLICY STATEMENTD-SNP Policy Name & Number Date Effective Overpayment Recovery-PY-0099"))
                .containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("REIMBURSEMENT POLICY STATEMENT Indiana Marketplace\nPolicy Name: Modifiers")).containsExactly(ProductLine.MARKETPLACE);
    }

    @Test
    void individualAndGroupPlansAreCommercial() {
        assertThat(of("Policy Applies to: Group and Individual & Medicare Advantage\nPolicy Type: Reimbursement"))
                .containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("This policy applies to Individual/Group plans.")).containsExactly(ProductLine.COMMERCIAL);
    }

    @Test
    void theAdverbOnlyIsNoRestriction() {
        assertThat(of("This policy applies to Commercial plans. Original Medicare only covers this test once every five years."))
                .containsExactly(ProductLine.COMMERCIAL);
        assertThat(of("Note that Medicaid only pays for one device per year.")).isEmpty();
    }

    @Test
    void aTagInTheBreadcrumbAboveTheTitleIsScope() {
        assertThat(of("Provider News > Medicaid > May 3, 2024\nNew prior authorization list\nBody text.")).containsExactly(ProductLine.MEDICAID);
        assertThat(of("Provider NewsPolicy UpdatesCommercialMay 3, 2024\n\nNew prior authorization list\n")).containsExactly(ProductLine.COMMERCIAL);
    }

    @Test
    void aBreadcrumbThatOnlyMentionsALineInPassingIsNotScope() {
        assertThat(of("Provider News > Medicare billing tips for hospitals > May 2024\nBody text.")).isEmpty();
        assertThat(of("Knee bracing\nBody text that mentions Medicaid | coverage in the middle of page two.".repeat(1))).isEmpty();
    }

    @Test
    void aLongFirstLineIsProseNotABreadcrumb() {
        assertThat(of("Knee Bracing Policy Bulletin Number 12 Contents Policy / Codes / References This bulletin sets the criteria "
                + "for knee braces in adults and children. For Medicare criteria, see the other bulletin.")).isEmpty();
    }

    @Test
    void planNamesImplyTheirLineOfBusiness() {
        assertThat(of("Lines of business: D-SNP, large group, MassHealth, Service Benefit Plan")).containsExactlyInAnyOrder(
                ProductLine.MEDICARE_ADVANTAGE, ProductLine.COMMERCIAL, ProductLine.MEDICAID, ProductLine.FEP);
        assertThat(of("LOB: HIV SNP, ASO, self-insured")).containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.COMMERCIAL);
        assertThat(of("This policy applies to employer-sponsored plans.")).containsExactly(ProductLine.COMMERCIAL);
    }

    @Test
    void aSentenceAfterThePolicyStatementHeadingIsNoProgramName() {
        assertThat(of("POLICY STATEMENT Exchange transfusion is medically necessary for hemolytic disease.")).isEmpty();
        assertThat(of("Coverage varies. For details refer to the\nmember's plan documents and the\ncontract, which governs for\n"
                + "Medicare Advantage plans.")).isEmpty();
    }

    @Test
    void aMastheadWithoutItsPayerScopesWhenNothingElseDoes() {
        assertThat(of("Medicare Advantage Medical Policy Bulletin\nNumber: O-99\nTopic: Knee Orthoses\nA brace supports the knee.\n"))
                .containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("Medicare Medical Policy\nThis policy applies to all Example Medicare Advantage plans.\n"))
                .containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("Medicare Advantage members and knee braces\nA brace supports the knee.\n")).isEmpty();
    }

    @Test
    void changesThatAffectLinesSoldUnderABrandScopeThem() {
        assertThat(of("Prior authorization update\nThese changes affect Example® Medicare Advantage and Example commercial plans in all states.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICARE_ADVANTAGE, ProductLine.COMMERCIAL);
        assertThat(of("Prior authorization update\nThe change affects how Medicare reviews claims.\n")).isEmpty();
    }

    @Test
    void changesThatDoNotAffectALineDoNotScopeIt() {
        assertThat(of("Prior authorization update\nThese changes do not affect Medicare Advantage plans.\n")).isEmpty();
        assertThat(of("Prior authorization update\nThese changes won't affect Commercial members in any way.\n")).isEmpty();
    }

    @Test
    void aLineOfProgramsWithTheirOwnNamesInBracketsIsAScopeHeading() {
        assertThat(of("Policy\nApplicable Products\nSleep Studies\nMedicaid (STAR, STAR Kids), and CHIP\nCriteria were updated.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.CHIP);
    }

    @Test
    void aSiteMenuEntryIsNotAScopeHeading() {
        assertThat(of("Example Health Plan\nFor Providers\nNews Center\nClaims Corner\nProvider Manual\nMedicare Advantage\nContact Us\n"
                + "Print\n\nUpdates to Medical Policies\n\nAblation is considered medically necessary when criteria are met.\n")).isEmpty();
    }

    @Test
    void aScopeHeadingAboveACodeListIsNoMenu() {
        assertThat(of("Coding\n\nMedicare Advantage\n0101U\n0102U\n0103U\n0104U\n0105U\n0106U\n"))
                .containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aPlanBrandJoinedBySlashesStillCoordinatesTheLines() {
        assertThat(of("Effective May 1, 2027, and applicable to all Example commercial, Medicare Advantage and EOCCO/OHP plans, "
                + "unlisted revenue codes will be denied.\n"))
                .containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE, ProductLine.MEDICAID);
    }

    @Test
    void aScopingSentenceGoesOnAfterAnAbbreviatedMonth() {
        List<Located<ProductLine>> found = lines.extract(Texts.of("Effective Aug. 1, 2027, and applicable to all Example commercial plans, "
                + "unlisted revenue codes will be denied.\n"), new ArrayList<>());
        assertThat(found).extracting(Located::value).containsExactly(ProductLine.COMMERCIAL);
        assertThat(found.get(0).where().snippet()).startsWith("Effective Aug. 1, 2027");
    }

    @Test
    void aBrandInBracketsBeforeTheScopeNounStillScopes() {
        assertThat(of("Example Health Plan is changing prior authorization for Medicaid and Marketplace (Ambetter) members.\n"))
                .containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.MARKETPLACE);
    }

    @Test
    void linesInBracketsAfterAPolicysNameScopeIt() {
        assertThat(of("The following policies are effective Jan. 1, 2027:\n\n  • Payment Policy: Prolonged Services (Commercial & Medicare "
                + "Advantage): a new policy.\n")).containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(of("To view policies for members of the Federal Employee Program (FEP), see the program's site.\n")).isEmpty();
        assertThat(of("Coverage is described in the member handbook (Medicaid and CHIP) for each state.\n")).isEmpty();
    }

    @Test
    void aLongRunOfCapitalsInABracketIsReadWithoutBacktracking() {
        // Each capital could start a new name in the bracket's pattern: without possessive quantifiers a line that is no
        // heading (its year) took minutes to refuse. The timeout guards against a hang, it measures no speed.
        String brands = "MEDICARE ADVANTAGE (HMO, PPO, HMOPOSPLANSANDOTHERPRODUCTS, DUALCOMPLETECHRONICCARE)";
        List<ProductLine> notAHeading = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> of("Coverage\n\n" + brands + " - 2027\n\nTherapy is not covered.\n"));
        assertThat(notAHeading).isEmpty();
        assertThat(of("Coverage\n\n" + brands + "\n\nTherapy is not covered.\n")).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aScopeHeadingAboveShortItemsUnderTheDocumentsHeadingsIsNoMenu() {
        assertThat(of("Targeted Immunomodulators\nEffective Date: 01/01/2027\nPolicy\nMedicaid\nPreferred agents\nHumira\nEnbrel\nCimzia\n"
                + "Orencia\nSimponi Aria\nNon-preferred agents are not medically necessary.\n")).containsExactly(ProductLine.MEDICAID);
    }

    @Test
    void aBracketThatIsNotAPolicysScopeTagScopesNothing() {
        assertThat(of("Evaluation and Management Coding\nClaims for Evaluation and Management (Medicare) services follow CMS rules.\n")).isEmpty();
        assertThat(of("Hyperbaric Oxygen\nThis policy does not apply to Blue Plus (Medicare Advantage).\n")).isEmpty();
    }

    @Test
    void aMenuAboveTheContentIsAMenuWhateverItsEntriesAreCalled() {
        assertThat(of("Example Health Plan\nOverview\nNews Center\nClaims Corner\nProvider Manual\nMedicare Advantage\nMedicaid\nContact Us\n"
                + "Print\n\nUpdates to Medical Policies\n\nAblation is considered medically necessary when criteria are met.\n")).isEmpty();
    }

    @Test
    void aTablesColumnOfLinesOfBusinessScopesToTheLinesItsRowsName() {
        String notice = "Clinical Policy Updates\nThe following policies are effective on January 30, 2099.\n"
                + "Policy | Applicable Products | Overview |\n"
                + "Knee Braces (CP.MP.991) | Medicaid (STAR, STAR Kids) and CHIP | Criteria updated.\n|\n"
                + "Sleep Studies (CP.MP.992) | Ambetter | References updated.\n|\n"
                + "For questions, call Provider Services. Our Medicare team answers too.\n";
        assertThat(of(notice)).containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.CHIP, ProductLine.MARKETPLACE);
        assertThat(of("| Policy | Effective Date | Applicable Products |\n|---|---|---|\n| Knee Braces | 01/01/2099 | Commercial |\n"))
                .containsExactly(ProductLine.COMMERCIAL);
        // A column headed otherwise is not the rows' scope.
        assertThat(of("Policy | Summary |\nKnee Braces | Reviewed with the Medicaid team. |\n")).isEmpty();
        assertThat(of("Policy | Products |\nKnee Braces | Medicaid |\n")).containsExactly(ProductLine.MEDICAID);
    }
}
