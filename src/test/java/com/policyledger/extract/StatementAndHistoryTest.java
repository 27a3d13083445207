package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementAndHistoryTest {
    @Test
    void payersWordingMapsToDeterminations() {
        assertThat(DeterminationPhrases.all("is proven and medically necessary")).containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("is unproven and not medically necessary"))
                .containsExactlyInAnyOrder(Determination.INVESTIGATIONAL, Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("considered experimental/investigational")).containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("the plan will not consider reimbursement")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("prior to submission of claims for covered services")).isEmpty();
    }

    @Test
    void statementsCarryTheScopeOfTheHeadingAboveThem() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("EFFECTIVE DATE: 01/01/2026\n\nPOLICY STATEMENT\n\nMedicare Advantage Plans\n\n"
                + "Stem cell therapy is not covered as the evidence is insufficient.\n\nCommercial Products\n\n"
                + "Stem cell therapy is not medically necessary as the evidence is insufficient.\n\nCOVERAGE\n\n"
                + "Benefits may vary between groups/contracts when services are not covered/not medically necessary.\n"));
        assertThat(e.statements()).extracting(Statement::determination, s -> s.scope().iterator().next()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Determination.NOT_COVERED, ProductLine.MEDICARE_ADVANTAGE),
                org.assertj.core.groups.Tuple.tuple(Determination.NOT_MEDICALLY_NECESSARY, ProductLine.COMMERCIAL));
    }

    @Test
    void aCurrentVersionRowAgainstACategoricalNegativeIsAContradiction() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("| Policy Code | MM 0552 |\nEvery code under this policy is designated not medically necessary.\n"
                + "| Previous Version | Current Version |\n|---|---|\n"
                + "| Coverage is considered experimental and investigational for all indications | Coverage is considered medically necessary when specific criteria are met |\n"));
        assertThat(e.flags()).filteredOn(f -> f.kind() == FlagKind.CONTRADICTION).singleElement()
                .satisfies(f -> assertThat(f.raw()).contains("not medically necessary").contains("considered medically necessary when"));
        assertThat(e.determinations()).doesNotContain(Determination.INVESTIGATIONAL);
    }

    @Test
    void revisionRowsAddAndRemoveCodes() {
        List<Revision> rows = new RevisionHistoryExtractor().extract(Texts.of("Reviews, Revisions, and Approvals\tDate\tApproval Date\n"
                + "Annual review. Added CPT codes 38230 and 38232 and HCPCS code S2150.\t02/23\t02/23\n"
                + "Annual review. Added 0489T and 0490T. Removed S2015 and allogeneic procedures.\t01/25\t02/25\n"), new ArrayList<>());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).addedCodes()).containsExactly("38230", "38232", "S2150");
        assertThat(rows.get(1).addedCodes()).containsExactly("0489T", "0490T");
        assertThat(rows.get(1).removedCodes()).containsExactly("S2015");
        assertThat(rows.get(1).date()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
    }

    @Test
    void leftoverFootersDoNotBreakExtraction() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("EFFECTIVE DATE: 01/01/2026\nMEDICAL COVERAGE POLICY | 7\nCODING\n- 0263T** therapy\nPage 2 of 5\n"));
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("0263T");
    }

    @Test
    void aBenefitVariationHedgeIsNoStatement() {
        List<Statement> found = Texts.EXTRACTOR.extract(List.of("POLICY\nHearing aids are medically necessary when the loss exceeds 40 dB. "
                + "Batteries may not be a covered benefit under all member benefit plans.\n")).statements();
        assertThat(found).extracting(Statement::determination).containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void aDefinitionsSectionDefinesAndDecidesNothing() {
        List<Statement> found = Texts.EXTRACTOR.extract(List.of("POLICY\nHearing aids are not covered.\n\nDEFINITIONS\n"
                + "Medically necessary: services a prudent clinician would judge medically necessary for the member.\n")).statements();
        assertThat(found).extracting(Statement::determination).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void aLinkLabelReferenceAboveThePolicyDoesNotTurnItIntoReferences() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Experimental Services (CG099)\n\nEffective Date\n\n04/11/2099\n\n"
                + "Original Document\n\n  Reference\n\nClinical Guideline\n\nThe services referenced in this guideline are considered "
                + "experimental or investigational and are therefore not covered by the Plan.\n\nReferences\n\n"
                + "1. Smith J. Unproven devices are not covered. J Med. 2099;1:1-2.\n"), null);

        assertThat(e.determinations()).containsExactlyInAnyOrder(Determination.INVESTIGATIONAL, Determination.NOT_COVERED);
        assertThat(e.statements()).noneMatch(st -> st.text().contains("Smith"));
    }

    @Test
    void theCriteriaOfADefinitionAndTheLawQuotedAreNoStatements() {
        List<Statement> found = Texts.EXTRACTOR.extract(List.of("POLICY\n"
                + "Title XVIII of the Social Security Act prohibits coverage of services which are not reasonable and necessary.\n\n"
                + "A drug, device or procedure is considered experimental or investigational if any of the following\n"
                + "criteria are met:\n\n  • It is the subject of an ongoing phase I trial;\n  • It is not medically necessary in the\n"
                + "    particular case.\n\nThe following services are not covered:\n  • Services that are investigational.\n\n"
                + "Artificial discs are considered investigational.\n\nA device is considered investigational if any of the following:\n"
                + "  • It lacks approval.\n\nThe plan reviews devices yearly. Among them\n\n  • Discs are not medically necessary.\n")).statements();
        assertThat(found).extracting(Statement::text).containsExactly("The following services are not covered:",
                "• Services that are investigational.", "Artificial discs are considered investigational.",
                "• Discs are not medically necessary.");
    }

    @Test
    void findingsAroundADefinitionsListAreKept() {
        List<Statement> found = Texts.EXTRACTOR.extract(List.of("POLICY\n"
                + "TMS for migraine is considered not reasonable and necessary under Section 1862(a)(1)(A) of the Social Security Act.\n\n"
                + "The conclusion that a service is medically necessary does not constitute a representation or warranty that it is covered.\n\n"
                + "A device is considered investigational if any of the following criteria are met:\n"
                + "• It lacks final FDA approval.\n"
                + "Artificial disc replacement is considered investigational.\n\n"
                + "A drug is considered investigational if any of the following criteria are met:\n"
                + "• It is the subject of an ongoing phase I trial\n  or is otherwise under study;\n\n"
                + "• It is not medically necessary in the particular case.\n\n"
                + "Exclusions\n• Interspinous spacers are investigational.\n\n"
                + "\"Investigational\" means a device that lacks final FDA approval.\n"
                + "The following services are excluded as not medically necessary:\n• Lumbar fusion for axial back pain.\n"
                + "• Spinal cord stimulators are not medically necessary for angina.\n")).statements();
        assertThat(found).extracting(Statement::text).containsExactly(
                "TMS for migraine is considered not reasonable and necessary under Section 1862(a)(1)(A) of the Social Security Act.",
                "Artificial disc replacement is considered investigational.", "• Interspinous spacers are investigational.",
                "The following services are excluded as not medically necessary:",
                "The following services are excluded as not medically necessary:",
                "• Spinal cord stimulators are not medically necessary for angina.");
    }

    @Test
    void thePlansGeneralExclusionRestatedIsNoStatement() {
        assertThat(determinationsOf("Medical Policy\nPolicy Number: 2.01.77\nEffective Date: 07/01/2027\n\nPOLICY STATEMENT\n"
                + "Bone growth stimulation may be considered not medically necessary for fresh fractures.\n\nBENEFIT APPLICATION\n"
                + "Experimental or investigational procedures, treatments, drugs, or devices are not covered (See General Exclusion Section of brochure).\n"))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void aFindingUnderTheContractsGeneralExclusionsStillCounts() {
        assertThat(determinationsOf("Breast Reduction Surgery\nEffective Date: 01/01/2027\nPolicy\n"
                + "Reduction mammaplasty performed for cosmetic purposes is not covered under the cosmetic services provision of the "
                + "General Exclusions section of the member's contract.\n")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void servicesListedInTheGeneralExclusionsAreBoilerplate() {
        assertThat(determinationsOf("Sleep Studies\nEffective Date: 01/01/2027\nPolicy\nSleep studies are covered when "
                + "criteria are met.\nServices listed in the General Exclusions section of the member's certificate, such as experimental "
                + "procedures, are not covered.\n")).containsExactly(Determination.COVERED);
    }

    private static java.util.Set<Determination> determinationsOf(String text) {
        return Texts.EXTRACTOR.extract(List.of(text)).determinations();
    }
}
