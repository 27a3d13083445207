package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Medicare's coverage documents as their database prints and exports them: a two-column header
 * flattened into one run of labels and values, contractor tables whose five-digit contract numbers
 * look like CPT codes, IDs in the title line, and update notices about LCDs. The texts are written
 * for the test, after those layouts.
 */
class MedicareDocumentsTest {

    @Test
    void aContractorNamedWithItsNumberAndTypeIsNoCode() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Back to Local Coverage Determinations (LCDs) for Example GBA (01199, MAC - Part B)\n"
                + "Local Coverage Determination (LCD) for Physical Therapy (L28299)\nCPT/HCPCS Codes\n97110 Therapeutic exercise\n"), null);
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("97110");
    }

    @Test
    void anNcdPageNamedByItsKindLineIsMedicaresWhateverItsNumbersLookLike() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                National Coverage Determination (NCD)

                Hyperbaric Oxygen Therapy

                20.29

                Tracking Information

                Publication Number
                100-3
                Manual Section Number
                20.29
                Effective Date of this Version
                04/01/2027

                Indications and Limitations of Coverage
                Program reimbursement for HBO therapy will be limited to the conditions listed below.
                """), null);

        assertThat(e.payer().value()).isEqualTo("Medicare");
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE);
        assertThat(e.flags()).extracting(Flag::kind).contains(FlagKind.LOW_CONFIDENCE);
    }

    @Test
    void aFlattenedDatabaseExportKeepsItsIdDateAndTitleButNotItsContractNumbers() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Local Coverage Determination (LCD): Wound Debridement Services (L34567)

                Contractor Information

                Contractor Name Contract Type Contract Number Jurisdiction State(s) Example GBA, Inc. A and B MAC 15101 - MAC A J - K Ohio Example GBA, Inc. A and B MAC 15102 - MAC B J - K Ohio Back to Top

                LCD ID Original Effective Date L34567 For services performed on or after 10/01/2019

                Original ICD-9 LCD ID Revision Effective Date L12345 For services performed on or after 03/14/2024

                Coverage Indications, Limitations, and/or Medical Necessity
                Selective debridement is considered reasonable and necessary for wounds with devitalized tissue.
                CPT/HCPCS Codes
                97597 Debridement, open wound, first 20 sq cm or less
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("L34567");
        assertThat(e.title().value()).isEqualTo("Wound Debridement Services");
        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("97597");
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE);
    }

    @Test
    void aPrintedLcdIsNumberedByItsIdDatedByItsRevisionAndDecidesNothingInItsStatuteList() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Wound Debridement Services (L34567)
                Contractor Information

                Contractor Name: Example Government Services, Inc.

                Contractor  Number: 15101

                Contractor Type: MAC A

                LCD Information

                LCD ID Number: L34567 Status: A-Approved

                Original Determination  Effective Date: 10/01/2019

                Revision Effective Date: 03/14/2024

                CMS National Coverage Policy:

                Title XVIII of the Social Security Act, §1862(a)(1)(A), excludes items and services that are not reasonable and necessary.

                Title XVIII of the Social Security Act, §1862(a)(1)(D), Investigational or Experimental.

                Coverage Indications, Limitations, and/or Medical Necessity

                Selective debridement is considered reasonable and necessary for wounds with devitalized tissue.
                """), null);

        assertThat(e.policyNumber().value()).as("the contractor's number is not the LCD's").isEqualTo("L34567");
        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(e.statements()).extracting(Statement::determination).containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void anLcdWithOnlyItsOriginalDeterminationDateFallsBackToIt() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                LCD ID Number: L34567
                Original Determination Effective Date: 10/01/2019
                Coverage Indications, Limitations, and/or Medical Necessity
                Selective debridement is considered reasonable and necessary for wounds with devitalized tissue.
                """), null);

        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(e.dates().effective().where().snippet()).as("read as the original date, not as an effective-date label")
                .startsWith("Original Determination");
    }

    @Test
    void aBillingArticlesGuidanceAfterItsStatuteListDecides() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Billing and Coding: Wound Debridement (A51234)
                CMS National Coverage Policy
                Title XVIII of the Social Security Act, §1862(a)(1)(A), excludes items and services that are not reasonable and necessary.
                Article Guidance
                Article Text
                Debridement of intact skin is not reasonable and necessary and will be denied.
                """), null);

        assertThat(e.statements()).extracting(Statement::determination).contains(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(e.statements()).extracting(Statement::text).noneMatch(t -> t.contains("Social Security Act"));
    }

    @Test
    void contractNumbersInAColumnOrAListAreNoCodes() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Home Oxygen Equipment – Billing Article
                (A51234)
                Contractor Information
                Contractor Name
                Example Government Services, Inc.
                Contractor Number
                Number
                06101
                06102
                Type
                MAC A
                MAC B
                Article Guidance
                The following LCDs are retired for contractors 06101, 06102, and 06201: see the new article.
                Primary Jurisdiction
                Number
                06101
                06102
                Codes that are covered
                E1390 Oxygen concentrator, single delivery port
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("A51234");
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("E1390");
    }

    @Test
    void changeRequestAndMlnMattersNumbersAreNoCodes() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Billing and Coding: Remote Monitoring Services (A54321)
                Article ID: A54321
                Related Change Request (CR) Number: 12345
                Article Text
                CR 12345 tells you that Medicare will cover G0555 for eligible patients.
                Read the full MLN Matters (MM)12345 for details.
                """), null);

        assertThat(e.docKind()).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("G0555");
    }

    @Test
    void aMedicareDocumentLedByItsIdOrAnUpdateAboutLcdsSpeaksForMedicare() {
        Extraction lcd = Texts.EXTRACTOR.extract(List.of("""
                Coverage Portal
                L23456 HOLTER MONITORING SERVICES
                Indications and Limitations of Coverage and/or Medical Necessity
                Medicare considers ambulatory monitoring medically necessary when the patient has palpitations.
                """), null);
        Extraction update = Texts.EXTRACTOR.extract(List.of("""
                2026 ICD-10 Local Coverage Article (LCA) Updates
                The following LCAs have been revised to add ICD-10 codes.
                Effective Date: October 1, 2026
                A51234 Billing and Coding: Home Oxygen J96.11, J96.12
                """), null);

        assertThat(lcd.policyNumber().value()).isEqualTo("L23456");
        assertThat(lcd.productLineSet()).containsExactly(ProductLine.MEDICARE);
        assertThat(update.productLineSet()).containsExactly(ProductLine.MEDICARE);
    }

    @Test
    void aDatabaseHeaderWithoutATitleHasNone() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                FUTURE Local Coverage Determination (LCD): (L45678)

                Links in PDF documents are not guaranteed to work.

                LCD ID L45678 Original Effective Date For services performed on or after 02/01/2026
                """), null);

        assertThat(e.title()).isNull();
        assertThat(e.policyNumber().value()).isEqualTo("L45678");
    }

    @Test
    void anLcdLedByItsKindAndIdNamingNoContractorIsMedicaresWithTheInferenceFlagged() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                LCD L45123: Pneumatic Compression Devices
                Version 12

                CMS National Coverage Policy
                Pneumatic compression devices are covered under the durable medical equipment benefit.
                Coverage Guidance
                A segmental device is considered reasonable and necessary when a non-segmental device has failed.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("L45123");
        assertThat(e.title().value()).isEqualTo("Pneumatic Compression Devices");
        assertThat(e.payer().value()).isEqualTo("Medicare");
        assertThat(e.flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LOW_CONFIDENCE);
            assertThat(f.raw()).contains("L45123");
        });
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE);
        // "Coverage Guidance" ends the statute list: the LCD's own criteria decide.
        assertThat(e.statements()).extracting(Statement::determination).containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void aNamedContractorStaysThePayerOfItsLcd() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                LCD L45124: Pneumatic Compression Devices
                Contractor Name: Noridian Healthcare Solutions, LLC
                Coverage Guidance
                A segmental device is considered reasonable and necessary when a non-segmental device has failed.
                """), null);

        assertThat(e.payer().value()).isEqualTo("Noridian");
        assertThat(e.flags()).noneMatch(f -> f.kind() == FlagKind.LOW_CONFIDENCE && f.raw().contains("L45124"));
    }

    @Test
    void anIdLedHeaderIsReadWithOrWithoutSpacesAroundItsSeparators() {
        for (String header : List.of("LCD: L45125: Pneumatic Compression Devices", "LCD#L45125 - Pneumatic Compression Devices",
                "LCD ID: L45125 Pneumatic Compression Devices")) {
            Extraction e = Texts.EXTRACTOR.extract(List.of(header + "\nCoverage Guidance\n"
                    + "A segmental device is considered reasonable and necessary when a non-segmental device has failed.\n"), null);
            assertThat(e.policyNumber().value()).as(header).isEqualTo("L45125");
            assertThat(e.title().value()).as(header).isEqualTo("Pneumatic Compression Devices");
        }
    }

    @Test
    void aDatabaseExportsTitleBelowItsLabelAndCodesInItsRevisionLogAreRead() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                LCD Information

                Document Information

                LCD ID

                L45126

                LCD Title

                Non-Invasive Abdominal Vascular Studies

                Coverage Indications, Limitations, and/or Medical Necessity

                Duplex scans are considered reasonable and necessary when the patient has symptoms of ischemia.

                Revision History Information

                Revision History Date
                Revision History Explanation
                Reasons for Change

                10/01/2099

                R2

                Added diagnoses to Group 1 Codes (I76, I82.1, N17.9-N18.5) for CPT codes 93975-93976.

                Revisions Due To ICD-10-CM Code Changes

                10/01/2098

                R1

                Description change in Group 2: I70.238, I70.248.

                Other
                """), null);

        assertThat(e.title().value()).isEqualTo("Non-Invasive Abdominal Vascular Studies");
        assertThat(e.docKind()).isEqualTo(DocKind.PAYER_POLICY);
        // The log's rows, even after a reason-for-change cell that names coding, are history: no codes.
        assertThat(e.codes()).isEmpty();
        assertThat(e.ranges()).isEmpty();
    }

    @Test
    void anNcdExportIsTitledByItsManualSectionTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Tracking Information

                Publication Number

                100-3

                Manual Section Number

                240.4

                Manual Section Title

                Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)

                Effective Date of this Version

                03/13/2099
                """), null);
        assertThat(e.title().value()).isEqualTo("Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)");
    }
}
