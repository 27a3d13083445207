package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeExtractionTest {
    private static Extraction extract(String text) {
        return Texts.EXTRACTOR.extract(List.of("Clinical Policy: Test Policy\nReference Number: XX.CP.MP.1\nEffective Date: 01/01/2026\n" + text));
    }

    private static List<String> codes(Extraction e) {
        return e.codes().stream().map(ExtractedCode::code).distinct().toList();
    }

    @Test
    void starredListItemsUnderAScopedLead() {
        Extraction e = extract("CODING\n\nThe following CPT code(s) are not covered for Medicare Advantage Plans and not medically necessary "
                + "for Commercial Products:\n\n- 0263T** Intramuscular autologous bone marrow cell therapy\n- 0264T** Same, excluding harvest\n");
        assertThat(codes(e)).containsExactly("0263T", "0264T");
        assertThat(e.codes()).anySatisfy(c -> {
            assertThat(c.determination()).isEqualTo(Determination.NOT_COVERED);
            assertThat(c.productLines()).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        });
    }

    @Test
    void tabTableSplitAcrossPagesWithARepeatedHeaderCountsEachCodeOnce() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Reference Number: XX.1\nPolicy/Criteria\nThe therapy is not medically necessary.\n"
                + "Coding Implications\nCPT® Codes\tDescription\n38241\tHPC transplant\n0489T\tCell therapy\n",
                "CPT® Codes\tDescription\n0566T\tImplant injection\n38241\tHPC transplant\n"));
        assertThat(codes(e)).containsExactly("38241", "0489T", "0566T");
        assertThat(e.codes()).allSatisfy(c -> assertThat(c.determination()).isEqualTo(Determination.NOT_MEDICALLY_NECESSARY));
        assertThat(e.codes().get(2).where().page()).isEqualTo(2);
    }

    @Test
    void rangesAreKeptAsRangesAndSystemsFollowTheFormat() {
        Extraction e = extract("Coding\n\nCPT: 38240 - 38241\nHCPCS: S2150\nICD-10-CM: M17.11, I65.21 – I65.29\n");
        assertThat(e.ranges()).extracting(CodeRange::from, CodeRange::to)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("38240", "38241"), org.assertj.core.groups.Tuple.tuple("I65.21", "I65.29"));
        assertThat(e.codes()).extracting(ExtractedCode::code, ExtractedCode::system)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("S2150", CodeSystem.HCPCS), org.assertj.core.groups.Tuple.tuple("M17.11", CodeSystem.ICD10CM));
    }

    @Test
    void aBareIcd10CategoryFarIntoAFlattenedListingStillCountsButNotOneInLaterProse() {
        // Text extracted with every newline flattened: the "ICD-10 codes" heading is long behind the
        // later rows, but each bare category (K50, N40) follows another ICD-10 entry of the listing.
        StringBuilder rows = new StringBuilder();
        for (int i = 10; i < 40; i++) {
            rows.append("M").append(i).append(".0 Disorder of joint number ").append(i).append(", unspecified site ");
        }
        Extraction e = extract("Reference Number: XX.2 Coding ICD-10 codes that support coverage: " + rows
                + "K51.0 - K51.9 Ulcerative colitis of the large bowel K50 Crohn disease of intestine "
                + "N39.0 Urinary tract infection, site not specified N40 Enlarged prostate. "
                + "Members who also need further treatment for anaemia related to the condition above should "
                + "follow the separate guidance that the plan publishes for its clinics each year, which sets out "
                + "when vitamin B12 injections are given in the clinic.");
        assertThat(codes(e)).contains("M10.0", "M39.0", "K50", "N39.0", "N40").doesNotContain("B12");
        assertThat(e.codes()).filteredOn(c -> c.code().equals("K50"))
                .extracting(ExtractedCode::system).containsExactly(CodeSystem.ICD10CM);
    }

    @Test
    void revenueCodesPolicyNumbersAndZipCodesAreNotCodes() {
        Extraction e = extract("Coding\n\nRevenue code 0360 applies. See SURG.00129 and guideline 02-33000-28.\n"
                + "Mail to 701 E. Jefferson Street Phoenix, AZ 85034.\n");
        assertThat(e.codes()).isEmpty();
    }

    @Test
    void aMalformedTableRowIsFlaggedAndNeverStored() {
        Extraction e = extract("Codes\n| Code | Type | Description | Status |\n|---|---|---|---|\n| 0565T | CPT | Implant | Not Medically Necessary |\n"
                + "| 0552T.1 | CPT | Mangled citation | Not Medically Necessary |\n");
        assertThat(codes(e)).containsExactly("0565T");
        assertThat(e.flags()).filteredOn(f -> f.kind() == FlagKind.MALFORMED_CODE)
                .singleElement().satisfies(f -> assertThat(f.raw()).contains("0552T.1"));
    }

    @Test
    void aCodeTablesCaptionRowOrAHeaderBelowAnotherTabLineIsNoMalformedRow() {
        Extraction captioned = extract("Coding\n| Table 1. Prior authorization required | |\n| CPT Code | Description |\n|---|---|\n"
                + "| 27447 | Total knee arthroplasty |\n");
        Extraction tabbed = extract("Coding\nApplies to:\tCommercial\nCPT Code\tDescription\n27447\tTotal knee arthroplasty\n"
                + "27446\tPartial knee arthroplasty\n");
        Extraction subheaded = extract("Coding\n| 27447 | Total knee arthroplasty |\n| 27446 | Partial knee arthroplasty |\n"
                + "| HCPCS Codes | |\n| L1850 | Knee orthosis |\n");

        for (Extraction e : List.of(captioned, tabbed, subheaded)) {
            assertThat(e.flags()).extracting(Flag::kind).doesNotContain(FlagKind.MALFORMED_CODE);
        }
        assertThat(codes(captioned)).containsExactly("27447");
        assertThat(codes(tabbed)).containsExactly("27447", "27446");
        assertThat(codes(subheaded)).containsExactly("27447", "27446", "L1850");
    }

    @Test
    void aFieldTableWithACodeFieldIsNoCodeTable() {
        Extraction e = extract("Summary\n| Field | Detail |\n|---|---|\n| Payer | Example Health Plan |\n"
                + "| Policy Code | ad_a018_coverage_policy |\n| Change Type | Modified |\n");

        assertThat(e.flags()).extracting(Flag::kind).doesNotContain(FlagKind.MALFORMED_CODE);
    }

    @Test
    void codesInARevisionLogAreHistoryNotListedCodes() {
        Extraction e = extract("Coding\n38241\tHPC transplant\n0489T\tCell therapy\nRevision Log\n"
                + "Annual review. Added CPT codes 38230 and 38232 and HCPCS code S2150.\t02/23\t02/23\n");
        assertThat(codes(e)).containsExactly("38241", "0489T");
    }

    @Test
    void aStatedCountThatDiffersIsFlagged() {
        Extraction e = extract("The source data contains eight rows.\n| Code | Status |\n|---|---|\n| 0565T | Not Medically Necessary |\n");
        assertThat(e.flags()).extracting(Flag::kind).contains(FlagKind.COUNT_MISMATCH);
    }

    @Test
    void aBulletinNamesCodesInParenthesesAndItsListsTakeTheirLeadLine() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Provider news: coverage updates
                The following changes take effect for dates of service on or after March 1, 2026.
                Prior authorization will be required for genomic profiling (0037U) and neurostimulator insertion (63650, 63655 and 95972).
                These services will no longer be covered:
                  • Knee extension splint (E1815)
                  • Remote seizure monitoring system (0921T)
                These services are now covered:
                  • Retinal imaging with automated analysis (92229)
                The new clinic opened in 2019 at 12345 Main Street.
                Added GCNs for diazepam (45092, 14210) to the pharmacy table.
                Added generic code numbers (GCNs) for a biosimilar (42639, 42637, 42592, 54007).
                """));

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).containsExactly("0037U", "63650", "63655", "95972", "E1815", "0921T", "92229");
        assertThat(e.codes()).filteredOn(c -> List.of("E1815", "0921T").contains(c.code()))
                .extracting(ExtractedCode::determination).containsOnly(Determination.NOT_COVERED);
        assertThat(e.codes()).filteredOn(c -> c.code().equals("92229"))
                .extracting(ExtractedCode::determination).containsExactly(Determination.COVERED);
    }

    @Test
    void aBulletinsRunOfCodesIsAListingWhereverItStands() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Provider bulletin: article updates
                The following articles have been revised effective October 1, 2026.
                Billing and Coding: Nerve Conduction Studies A54000 G93.31, G93.32, G93.39 and M62.5A0 added
                Billing and Coding: Cardiac Rehabilitation A54111 I25.112 & I25.702 N/A
                The clinic moved to suite 12345 on 3 May.
                """));

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).containsExactly("G93.31", "G93.32", "G93.39", "M62.5A0");
    }

    @Test
    void aBulletinsCodeColumnsReadAcrossAreAListingButOtherNumbersInARowAreNot() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Provider bulletin: prior authorization list updates
                The following changes take effect for dates of service on or after March 1, 2026.
                CPT codes and how to obtain prior authorization. Knee arthroplasty: prior authorization required for every service on this list, in every setting and for every member. 27437 27438 27440 27441 27442 27443 27445 27446 27447 27486 27487 27488 27590 27591 27592 27594 27596 27598 27599 27600 27601 27602 27603 27604 27605
                Our Springfield offices 62701 62702 62703 serve members in three counties.
                Fee schedule totals 10000 12000 15000 were published in May.
                """));

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).as("a long run counts from where it starts").hasSize(25).startsWith("27437").endsWith("27605");
    }

    @Test
    void aBulletinsCodeTableFlattenedOntoOneLineKeepsEveryRowButNotTheAddressAfterIt() {
        String rows = "15775 Punch graft for hair transplant; 1 to 15 punch grafts PPO/HMO 15776 Punch graft for hair transplant; "
                + "more than 15 punch grafts PPO/HMO 15780 Dermabrasion; total face PPO/HMO 15781 Dermabrasion; segmental, face "
                + "PPO/HMO 15782 Dermabrasion; regional, other than face PPO/HMO 15786 Abrasion; single lesion PPO/HMO";
        Extraction e = Texts.EXTRACTOR.extract(List.of("Provider bulletin: prior approval list updates. The following changes take effect "
                + "for dates of service on or after March 1, 2026, for members of all plans; call us with questions about them. "
                + "Codes Description Product " + rows + " For questions write to us at 100 Main Street, Springfield, 12345 or call, "
                + "form 44444"));

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).containsExactly("15775", "15776", "15780", "15781", "15782", "15786");
    }

    @Test
    void aCodeAnUpdateTableSaysWasAddedOrRemovedIsListed() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Provider bulletin: prior authorization code list updates for 2099. "
                + "The list below shows each change by service category and the plans it applies to; questions go to your "
                + "provider services representative, who can also send you the full list of services that need review. "
                + "Received Effective Category Update type 1/15/2099 4/1/2099 Genetic Testing Added/PA Required 81503 All Plans "
                + "Medicaid, Marketplace 3/11/2099 4/1/2099 Injectable Drugs Removed 96372 All Plans. Call 12345 for help."));

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).contains("81503", "96372").doesNotContain("12345");
    }

    @Test
    void aDocumentFromBeforeIcd10HasNoIcd10Codes() {
        Extraction e = extract("Coding\nContractors shall accept HCPCS codes 43770 and 43644 with at least one of the following ICD-9-CM "
                + "diagnosis codes: V85.35; V85.36; or 278.01.\n");
        assertThat(codes(e)).containsExactly("43770", "43644");
        Extraction now = extract("Coding\nICD-10-CM codes (formerly ICD-9): Z68.35; Z68.36.\n");
        assertThat(codes(now)).containsExactly("Z68.35", "Z68.36");
    }

    @Test
    void anAlmostCodeInAListOfCodesIsFlaggedNotStored() {
        Extraction e = extract("Coding Implications\nICD-10 codes that support medical necessity: F01.511, 01.518, F01.52, F01.53\n"
                + "HCPCS Level II codes 0176T, 0177T, and 085T were removed in 2009.\n"
                + "Revision history: Table 2, 10.5 units per day; see section 01.2 of the manual.\n");
        assertThat(codes(e)).contains("F01.511", "F01.52", "F01.53", "0176T", "0177T").doesNotContain("01.518", "085T");
        assertThat(e.flags()).filteredOn(f -> f.kind() == FlagKind.MALFORMED_CODE).extracting(Flag::raw)
                .containsExactly("01.518", "085T");
        Extraction dotless = extract("Coding Implications\nICD-10 codes: E1165, E119, E1122 (written without dots)\n");
        assertThat(dotless.flags()).noneMatch(f -> f.kind() == FlagKind.MALFORMED_CODE);
    }

    @Test
    void numbersAnUpdateSaysWereAddedAreNoCodesWhereNoCodesAreNamed() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Provider bulletin: network update for 2099. This year we added 15000 providers "
                + "to the network and removed 20000 outdated records from the directory; please check your listing and call us with "
                + "questions about the directory or the network."));
        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).isEmpty();
    }

    @Test
    void aHistoryLineNamingIcd9KeepsTheIcd10Codes() {
        Extraction e = extract("Coding\nICD 10 CM codes: M17.11, M17.12\nHistory\n01/01/2015 Converted from ICD-9.\n");
        assertThat(codes(e)).containsExactly("M17.11", "M17.12");
    }

    @Test
    void aMarkdownTablesCodeSpansAndBoldCellsAreCodes() {
        Extraction e = extract("CODING\n\n| Code | Description |\n|---|---|\n| `99202` | New patient |\n| **0263T** | Therapy |\n"
                + "| `99XX3` | Bad row |\n");
        assertThat(codes(e)).containsExactly("99202", "0263T");
        assertThat(e.flags()).filteredOn(f -> f.kind() == FlagKind.MALFORMED_CODE).extracting(Flag::raw)
                .containsExactly("| `99XX3` | Bad row |");
    }

    @Test
    void cellsRunTogetherByAPageScrapeAreReadAsFiveCharacterCodes() {
        Extraction e = extract("Procedure Codes\n\n64999J7321S2117E0762\n0213T0216T\n");
        assertThat(codes(e)).containsExactly("64999", "J7321", "S2117", "E0762", "0213T", "0216T");
    }

    @Test
    void aRowWhoseCodeLostTheSpaceBeforeItsDescriptionKeepsItsCode() {
        Extraction e = extract("Coding\n\nCPT\n97810Acupuncture, 1 or more needles; initial 15 minutes\n97811Acupuncture, each additional 15 minutes\n"
                + "Effective 2027Changes apply.\n");
        assertThat(codes(e)).containsExactly("97810", "97811");
    }

    @Test
    void aRunOfDigitsOnlyIsANumberNotGluedCodes() {
        Extraction e = extract("Coding\n\nBilling provider NPI 1234567890 and phone 8005551234.\nCPT 20999\n");
        assertThat(codes(e)).containsExactly("20999");
    }

    @Test
    void aFiveDigitPolicyNumberIsNoCode() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Cochlear Implant Policy # 00123 Effective Date: 06/15/2027\n"
                + "Cochlear implants are covered when criteria are met.\nCPT 69930 Cochlear device implantation\n"));
        assertThat(codes(e)).containsExactly("69930");
    }

    @Test
    void aNoticesListItemNamingADrugAndItsHcpcsCodeListsTheCode() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Pharmacy Prior Authorization Updates\n\nEffective March 1, 2027, Example Health Plan "
                + "is changing which drugs need prior authorization.\n\n  • Drugname A (agent-abcd), Q5999 (preferred)\n"
                + "  • Drugname B (agent), J9999 (non-preferred)\n  • Take 2 tablets 10000 times\n"));
        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(codes(e)).containsExactly("Q5999", "J9999");
    }

    @Test
    void aFormNumberInANoticesListItemIsNoCode() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Pharmacy Prior Authorization Updates\n\nEffective March 1, 2027, Example Health Plan "
                + "is changing which drugs need prior authorization.\n\n  • Form H1200 must accompany the request\n"
                + "  • Drugname A (agent-abcd), Q5999 (preferred)\n"));
        assertThat(codes(e)).containsExactly("Q5999");
    }
}
