package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Header and section conventions of payers whose documents are not among the samples: a
 * masthead above the title, Medicare's LCD fields and wording, a revision section by another name.
 * The texts are written for the test, after the layouts those payers publish.
 */
class PayerLayoutsTest {

    @Test
    void aMastheadIsNotTheTitleAndItsProductLineIsTheScope() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                UnitedHealthcare® Commercial
                Medical Policy
                Knee Braces for Osteoarthritis
                Policy Number: 2026T0777B
                Effective Date: April 1, 2026
                Application
                This Medical Policy does not apply to Medicaid plans.
                Coverage Rationale
                Unloader knee braces are proven and medically necessary for unicompartmental osteoarthritis.
                Applicable Codes
                HCPCS Code\tDescription
                L1851\tKnee orthosis, single upright, prefabricated
                Policy History/Revision Information
                Date\tSummary of Changes
                04/01/2026\tApplicable Codes: Removed L1852
                """), null);

        assertThat(e.title().value()).isEqualTo("Knee Braces for Osteoarthritis");
        assertThat(e.productLineSet()).containsExactly(ProductLine.COMMERCIAL);
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("L1851");
        assertThat(e.codes().get(0).determination()).isEqualTo(Determination.MEDICALLY_NECESSARY);
        assertThat(e.statements()).extracting(Statement::determination).containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void aLocalCoverageDeterminationHasItsContractorIdDatesAndWording() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Local Coverage Determination (LCD)
                Peripheral Nerve Blocks for Chronic Pain
                Contractor Information
                Contractor Name: Palmetto GBA, LLC
                LCD Information
                LCD ID: L39911
                Original Effective Date: For services performed on or after 02/01/2022
                Revision Effective Date: For services performed on or after 10/17/2025
                Coverage Indications, Limitations, and/or Medical Necessity
                A diagnostic nerve block is considered reasonable and necessary when pain has lasted three months.
                Therapeutic blocks repeated more than four times a year are not reasonable and necessary.
                CPT/HCPCS Codes
                64450 Injection, anesthetic agent; other peripheral nerve or branch
                """), null);

        assertThat(e.title().value()).isEqualTo("Peripheral Nerve Blocks for Chronic Pain");
        assertThat(e.payer().value()).isEqualTo("Palmetto GBA");
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE);
        assertThat(e.policyNumber().value()).isEqualTo("L39911");
        assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(e.determinations()).containsExactlyInAnyOrder(Determination.MEDICALLY_NECESSARY,
                Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("64450");
    }

    @Test
    void aMastheadCanCarryTheNumberAndADottedNumberIsNoDate() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                MEDICAL POLICY – 2.04.02
                Cochlear Implants in Adults
                Effective Date: Feb. 1, 2026
                Last Approval: 12/09/2025
                Policy
                Unilateral cochlear implantation may be considered medically necessary for adults with profound hearing loss.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("2.04.02");
        assertThat(Texts.EXTRACTOR.extract(List.of("Wellmark\nMedical Policy: 07.01.12\nTotal Ankle Replacement\n"), null)
                .policyNumber().value()).isEqualTo("07.01.12");
        assertThat(e.title().value()).isEqualTo("Cochlear Implants in Adults");
        assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(e.lastReviewedDate()).isEqualTo(LocalDate.of(2025, 12, 9));
    }

    @Test
    void aNumberAfterTheTitleIsNotPartOfIt() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Molina Clinical Policy
                Hyperbaric Oxygen Therapy: Policy No. 318
                Overview
                Hyperbaric oxygen therapy is considered medically necessary for chronic refractory osteomyelitis.
                """), null);

        assertThat(e.title().value()).isEqualTo("Hyperbaric Oxygen Therapy");
        assertThat(e.policyNumber().value()).isEqualTo("318");
    }

    @Test
    void scopeHeadingsWithPlanTypesAndAnApplicabilityNoteWithoutTheOtherProgramsPointer() {
        Extraction headed = Texts.EXTRACTOR.extract(List.of("""
                Blue Cross Blue Shield of Massachusetts
                Sleep Apnea Oral Appliances
                Policy Number: 811
                Policy
                Commercial Members: Managed Care (HMO and POS), PPO, and Indemnity
                Oral appliances are MEDICALLY NECESSARY for mild obstructive sleep apnea.
                Medicare HMO Blue and Medicare PPO Blue Members
                Oral appliances are MEDICALLY NECESSARY when the Medicare criteria below are met.
                CPT Codes	Description
                E0486	Oral device, custom fabricated
                """), null);
        assertThat(headed.productLineSet()).containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(headed.flags()).extracting(Flag::kind).doesNotContain(FlagKind.MALFORMED_CODE);

        Extraction noted = Texts.EXTRACTOR.extract(List.of("""
                Medical Policy Bulletin
                Title: Light Therapy for Psoriasis
                Policy #: 11.02.07c
                This policy is applicable to the Company's commercial products only. Policies that are applicable to
                the Company's Medicare Advantage products are accessible via a separate policy database.
                Effective Date: January 1, 2026
                Policy
                Narrowband UVB therapy is considered medically necessary for moderate psoriasis.
                """), null);
        assertThat(noted.productLineSet()).containsExactly(ProductLine.COMMERCIAL);
        assertThat(noted.policyNumber().value()).isEqualTo("11.02.07c");
    }

    @Test
    void eachCodeTableTakesTheLeadLineAboveItsOwnHeaderRow() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Coverage Policy Number: 0456
                Coverage Policy
                Hip resurfacing is medically necessary for active adults under 60.
                Coding Information
                Considered Medically Necessary when criteria in the policy statements above are met:
                CPT®* Codes	Description
                27125	Hemiarthroplasty, hip, partial
                Considered Experimental/Investigational/Unproven:
                CPT®* Codes	Description
                0202T	Posterior vertebral joint(s) arthroplasty
                """), null);

        assertThat(e.codes()).extracting(ExtractedCode::code, ExtractedCode::determination).containsExactly(
                org.assertj.core.groups.Tuple.tuple("27125", Determination.MEDICALLY_NECESSARY),
                org.assertj.core.groups.Tuple.tuple("0202T", Determination.INVESTIGATIONAL));
    }

    @Test
    void datesInATableHeaderRowAreReadFromTheirOwnColumnAndCriteriaIsNoTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Clinical Review Criteria
                Continuous Glucose Monitors
                Kaiser Foundation Health Plan of Washington
                Criteria
                Continuous glucose monitors are covered when all of the following criteria are met.
                Date Created\tDate Reviewed\tDate Last Revised
                03/2004\t08/12/2025\t07/01/2025
                """), null);

        assertThat(e.title().value()).isEqualTo("Continuous Glucose Monitors");
        assertThat(e.lastReviewedDate()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(e.dates().lastRevised().value()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aStateMedicaidManualIsTheStatesMedicaidsPolicy() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Ohio Medicaid
                Durable Medical Equipment Coverage Guidelines
                Effective Date: 07/01/2026
                Coverage
                Bone growth stimulators are a benefit of Ohio Medicaid when medically necessary after a failed fusion.
                Ultrasonic stimulators for fresh fractures are not a benefit of Ohio Medicaid.
                Procedure codes: E0747, E0760
                """), null);

        assertThat(e.payer().value()).isEqualTo("Ohio Medicaid");
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICAID);
        assertThat(e.title().value()).isEqualTo("Durable Medical Equipment Coverage Guidelines");
        assertThat(e.determinations()).contains(Determination.COVERED, Determination.NOT_COVERED);
    }

    @Test
    void titlesWithASubtitleOrADateAreTitlesButABylineIsNot() {
        Extraction bulletin = Texts.EXTRACTOR.extract(List.of("""
                Provider News
                Medical policy updates effective August 1, 2026
                Blue Cross and Blue Shield of Texas is updating the following medical policies for commercial members.
                Gastric pacing (CPT 43647) will be considered experimental, investigational and/or unproven.
                """), null);
        assertThat(bulletin.title().value()).isEqualTo("Medical policy updates effective August 1, 2026");

        Extraction article = Texts.EXTRACTOR.extract(List.of("""
                By Pat Lee, CPC
                Coding Corner: Reporting Allergy Tests in 2026
                Practices ask how to report allergy testing; CPT 95004 describes percutaneous tests.
                """), null);
        assertThat(article.title().value()).isEqualTo("Coding Corner: Reporting Allergy Tests in 2026");
    }

    @Test
    void anAddOnCodeIsNoMalformedRowAndAnUnknownPayersNameIsNoTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Summit Valley Health Plan
                Medical Policy
                Cervical Disc Surgery
                Policy Number: MP.77
                Policy
                Anterior cervical discectomy is considered medically necessary when criteria are met.
                Coding
                CPT Code\tDescription
                22551\tArthrodesis, anterior interbody, including discectomy; cervical below C2
                +22552\teach additional interspace (List separately in addition to code for primary procedure)
                """), null);

        assertThat(e.title().value()).isEqualTo("Cervical Disc Surgery");
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("22551", "22552");
        assertThat(e.flags()).extracting(Flag::kind).doesNotContain(FlagKind.MALFORMED_CODE);
    }

    @Test
    void anAppliesToFieldScopesAReimbursementPolicy() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Reimbursement Policy
                Subject: Assistant Surgeon Services
                Policy Number: RP-031
                Effective Date: 05/01/2026
                Applies to: Commercial and Medicare Advantage
                Reimbursement Guidelines
                Assistant surgeon services billed with modifier 80 will be reimbursed at 16% of the fee schedule.
                """), null);

        assertThat(e.productLineSet()).containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(e.title().value()).isEqualTo("Assistant Surgeon Services");
    }

    @Test
    void aNationalCoverageDeterminationHasItsSectionNumberAndVersionDate() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                National Coverage Determination (NCD)
                Cochlear Implantation
                50.3
                Publication Number: 100-3
                Manual Section Number: 50.3
                Version Number: 3
                Effective Date of this Version: 09/26/2022
                Indications and Limitations of Coverage
                The Centers for Medicare & Medicaid Services (CMS) covers cochlear implantation for adults with bilateral hearing loss.
                Implantation is non-covered for individuals who do not meet these criteria.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("50.3");
        assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(e.title().value()).isEqualTo("Cochlear Implantation");
        assertThat(e.determinations()).containsExactlyInAnyOrder(Determination.COVERED, Determination.NOT_COVERED);
    }

    @Test
    void aWebPagesSectionMenuAboveTheHeaderIsNotWhereItsSectionsStart() {
        // A Blue plan's policy page: its menu names "History", which must not make the header below history.
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                MEDICAL POLICY

                POLICY
                RELATED POLICIES
                DESCRIPTION
                BENEFIT APPLICATION
                REFERENCES
                CODING
                HISTORY

                Cryoablation of Benign Thyroid Nodules

                Number 7.01.599

                Effective Date March 9, 2026

                Revision Date(s) 03/09/26; 03/10/25

                Policy

                Cryoablation of benign thyroid nodules is considered investigational.

                Coding
                CPT
                0998T
                Cryoablation of thyroid nodule, percutaneous, including imaging guidance

                History
                Date	Comments
                03/09/26	Annual review. Policy Number 7.01.520 retired and replaced by this policy.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("7.01.599");
        assertThat(e.title().value()).isEqualTo("Cryoablation of Benign Thyroid Nodules");
        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(e.codes()).extracting(ExtractedCode::code, ExtractedCode::determination)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0998T", Determination.INVESTIGATIONAL));
    }

    @Test
    void stackedHeadingsOfOnePolicySectionStillOpenIt() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Acme Health Medical Policy
                Policy Number: MP-310
                Effective Date: 01/01/2026
                Policy
                Coverage Criteria
                Medically Necessary
                Limitations
                Home spirometry is considered medically necessary for lung transplant recipients.
                """), null);

        assertThat(e.statements()).filteredOn(st -> st.text().startsWith("Home spirometry"))
                .extracting(Statement::determination).containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void aContractorsFiveDigitContractNumberIsNoCode() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Local Coverage Determination (LCD)
                Cardiac Event Monitors
                Contractor Information
                Contractor Name\tContract Number\tContract Type\tJurisdiction\tState(s)
                First Coast Service Options, Inc.\t09102\tA and B MAC\tJ - N\tFlorida
                First Coast Service Options, Inc.\t09202\tA and B MAC\tJ - N\tPuerto Rico
                LCD Information
                LCD ID: L33801
                Coverage Indications, Limitations, and/or Medical Necessity
                Event monitoring is considered reasonable and necessary for symptoms suggesting arrhythmia.
                CPT/HCPCS Codes
                93268 External patient and, when performed, auto activated electrocardiographic rhythm derived event recording
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("L33801");
        assertThat(e.codes()).extracting(ExtractedCode::code).containsExactly("93268");
    }

    @Test
    void aRegionalMastheadATopicFieldAndANumberOnTheLineBelowItsLabel() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                HIGHMARK COMMERCIAL MEDICAL POLICY - DELAWARE

                Medical Policy:
                Y-12-034
                Topic:
                Wearable Cardioverter Defibrillators
                Section:
                Durable Medical Equipment
                Effective Date of current policy: 03/02/2026

                A wearable cardioverter defibrillator is considered medically necessary after a myocardial infarction.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("Y-12-034");
        assertThat(e.title().value()).isEqualTo("Wearable Cardioverter Defibrillators");
        assertThat(e.productLineSet()).containsExactly(ProductLine.COMMERCIAL);
        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aFlattenedHeaderKeepsItsNumberWhateverTheRestOfTheLineSays() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Page 1 of 6 Clinical Policy: Home Infusion Reference Number: CP.PHAR.512"
                + " Effective Date: 02.01.26 Description The member must have had a previous trial of"
                + " oral therapy. Policy/Criteria It is the policy of health plans affiliated with Centene Corporation that"
                + " home infusion is medically necessary when the following criteria are met.\n"), null);

        assertThat(e.policyNumber().value()).isEqualTo("CP.PHAR.512");
    }

    @Test
    void aLabelRunIntoTheNextFieldsLabelLosesItAndADocIdIsANumber() {
        assertThat(Texts.EXTRACTOR.extract(List.of("Coverage Determination Guideline\nGuideline Number: CS099.TXEffective Date: March 1, 2026\n"
                + "Home traction devices are not covered.\n"), null).policyNumber().value()).isEqualTo("CS099.TX");
        assertThat(Texts.EXTRACTOR.extract(List.of("Cardiac Resynchronization Therapy\nStatus: Revised Effective Date: 11/07/2026\n"
                + "Doc ID: CAR07-1126.1 Last Review Date: 05/26/2026\nResynchronization therapy is considered medically necessary"
                + " for heart failure with a wide QRS.\n"), null).policyNumber().value()).isEqualTo("CAR07-1126.1");
    }

    @Test
    void aBulletinAnnouncingSeveralPoliciesHasNoNumberOfItsOwn() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Medical policy update bulletin, May 2026
                The following policies were reviewed and will be effective August 1, 2026.
                Surgery, Policy No. 12: Knee Arthroscopy. Revised criteria; remains not medically necessary for osteoarthritis.
                Medicine, Policy No. 170: Allergy Testing. New codes added to the coding table.
                """), null);

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(e.policyNumber()).isNull();
    }

    @Test
    void aSavedWebPagesChromeAndTheDocumentKindAroundTheTitleAreNotTheTitle() {
        assertThat(title("Skip to main content\nWeb Content Viewer - Fixed Context\nHome Infusion Therapy Services\n"
                + "Home infusion therapy is considered medically necessary when criteria are met.\n")).isEqualTo("Home Infusion Therapy Services");
        assertThat(title("Regence Logos\nBack to Provider News\nIn This Issue\nSacral Nerve Stimulation\n"
                + "Sacral nerve stimulation is considered investigational for constipation.\n")).isEqualTo("Sacral Nerve Stimulation");
        assertThat(title("Corporate Medical Policy\nCorporate Medical Policy Bone Growth Stimulators\n"
                + "Bone growth stimulators are covered for nonunion fractures.\n")).isEqualTo("Bone Growth Stimulators");
        assertThat(title("Genetic Testing for Hereditary Cardiomyopathy Corporate Medical Policy\n"
                + "Genetic testing is considered investigational for asymptomatic relatives.\n"))
                .isEqualTo("Genetic Testing for Hereditary Cardiomyopathy");
        assertThat(title("RETIRED Local Coverage Determination (LCD)\nPulmonary Function Testing\n"
                + "Spirometry is considered reasonable and necessary for dyspnea.\n")).isEqualTo("Pulmonary Function Testing");
        // "Medical Policy" leading a bulletin's title is part of it.
        assertThat(title("Medical Policy and Clinical Guideline Updates - May 2026\nThe following policies were revised.\n"))
                .isEqualTo("Medical Policy and Clinical Guideline Updates - May 2026");
    }

    @Test
    void aBulletinWhoseChangesTakeEffectOnSeveralDatesHasNoEffectiveDateOfItsOwn() {
        String several = """
                Medical policy update bulletin
                The following policies were reviewed by the committee.
                Knee Arthroscopy
                Effective Date: October 1, 2026
                Revised criteria; remains not medically necessary for osteoarthritis.
                Allergy Testing
                Effective Date: September 1, 2026
                New codes added to the coding table.
                """;
        String one = several.replace("September 1, 2026", "October 1, 2026");

        assertThat(Texts.EXTRACTOR.extract(List.of(several), null).dates().effective()).isNull();
        assertThat(Texts.EXTRACTOR.extract(List.of(one), null).dates().effective().value()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aMedicarePlanNamedByItsBrandIsMedicareAdvantageScope() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Medical Policy
                Investigational Services List
                The following CPT codes are investigational (not covered) for Commercial Products and for Medicare HMO Blue and
                Medicare PPO Blue, because they do not meet our technology assessment guidelines.
                0100T Placement of a subconjunctival retinal prosthesis receiver
                """), null);
        Extraction preferred = Texts.EXTRACTOR.extract(List.of("""
                Coverage updates
                The following changes apply to Summit Medicare Preferred HMO members from January 1, 2027.
                """), null);

        assertThat(e.productLineSet()).containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(preferred.productLineSet()).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aMastheadOrANumberDashedToTheTitleIsCutOff() {
        assertThat(title("Knee Arthroscopy - Cigna\nArthroscopic lavage is considered not medically necessary.\n"))
                .isEqualTo("Knee Arthroscopy");
        assertThat(title("Neck MRA/MRV - CAM 724HB\nNeck MRA is considered medically necessary for dissection.\n"))
                .isEqualTo("Neck MRA/MRV");
        assertThat(title("Cigna Medical Coverage Policies – Preface to the Radiology Guidelines\nImaging is medically necessary when criteria are met.\n"))
                .isEqualTo("Preface to the Radiology Guidelines");
        // A dash inside a title stays.
        assertThat(title("Spinal Cord Stimulation - Trial and Permanent Implantation\nA trial is medically necessary when criteria are met.\n"))
                .isEqualTo("Spinal Cord Stimulation - Trial and Permanent Implantation");
    }

    @Test
    void otherTitleLabelsAndBulletinTitlesThatStartWithADate() {
        assertThat(title("Name of Blue Advantage Policy: Balloon Sinuplasty\nBalloon sinuplasty is considered investigational.\n"))
                .isEqualTo("Balloon Sinuplasty");
        assertThat(title("Return to Provider News\nClinical Coverage Policy 1A-12 Breast Surgeries\nReduction mammaplasty is covered when criteria are met.\n"))
                .isEqualTo("Breast Surgeries");
        assertThat(title("June 2026 medical policy updates\nThe committee approved the changes below.\n"))
                .isEqualTo("June 2026 medical policy updates");
        assertThat(title("2026 ICD-10 Local Coverage Article Updates\nThe following articles were revised.\n"))
                .isEqualTo("2026 ICD-10 Local Coverage Article Updates");
        assertThat(title("03/15/2026\nBone Density Testing\nDXA is covered every two years.\n")).isEqualTo("Bone Density Testing");
    }

    @Test
    void aPolicyHeaderMayPrintEffectiveBeforeItsDateWithoutALabel() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Preface to the Cardiology Imaging Guidelines
                Version 2.0 Effective March 1, 2026
                eviCore healthcare Clinical Decision Support Tool
                Imaging is considered medically necessary when the criteria below are met.
                """), null);

        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(e.payer().value()).isEqualTo("eviCore healthcare");
    }

    @Test
    void rulesForOtherLayoutsLeaveOrdinaryPolicyTextAlone() {
        // A title's own dash and a "Return to ..." title stay.
        assertThat(title("Pharmacogenetic Testing - CYP2C19\nGenotyping is considered medically necessary before clopidogrel.\n"))
                .isEqualTo("Pharmacogenetic Testing - CYP2C19");
        assertThat(title("Return to Work Functional Capacity Evaluation\nAn evaluation is covered once per injury.\n"))
                .isEqualTo("Return to Work Functional Capacity Evaluation");
        // The heading after a section menu opens its section.
        Extraction menu = Texts.EXTRACTOR.extract(List.of("Description\nPolicy\nCoding\nReferences\nHistory\n\nPolicy\n"
                + "Sacral nerve stimulation is considered investigational for constipation.\n"), null);
        assertThat(menu.statements()).extracting(Statement::determination).containsExactly(Determination.INVESTIGATIONAL);
        // 'Original Effective' and 'Retired effective' are not the effective date.
        Extraction original = Texts.EXTRACTOR.extract(List.of("Bone Density Testing\nPolicy Number: MP-91\n"
                + "Original Effective 03/01/2015   Revised: 01/01/2024\nDXA is considered medically necessary every two years.\n"), null);
        assertThat(original.dates().effective().value()).isEqualTo(LocalDate.of(2024, 1, 1));
        // Codes billed to a DME MAC stay codes; only a bare contract number on that row is not one.
        Extraction mac = Texts.EXTRACTOR.extract(List.of("Oxygen Equipment\nPolicy Number: MP-77\n"
                + "Suppliers must bill the DME MAC for E1390 and 94760.\n"), null);
        assertThat(mac.codes()).extracting(ExtractedCode::code).containsExactly("E1390", "94760");
    }

    @Test
    void aBulletinWithItsOwnNumberKeepsIt() {
        Extraction bulletin = Texts.EXTRACTOR.extract(List.of("""
                Provider bulletin
                Bulletin Number: PB-2026-07
                The following policies were revised.
                Surgery, Policy No. 12: Knee Arthroscopy.
                Medicine, Policy No. 170: Allergy Testing.
                """), null);
        assertThat(bulletin.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(bulletin.policyNumber().value()).isEqualTo("PB-2026-07");
    }

    @Test
    void anNcdsSectionNumberIsItsNumberAndTransmittalNumbersAreNoCodes() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                NCD - Home Blood Glucose Monitors (40.2)
                Manual Section Number 40.2
                Version Number 3
                Effective Date of this Version 01/01/2026
                Indications and Limitations of Coverage
                Home blood glucose monitors are covered for patients with diabetes.
                Transmittal Information
                TN 12345 (Medicare National Coverage Determinations)
                Transmittal Number 12346
                CR 13017
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("40.2");
        assertThat(e.codes()).isEmpty();
        assertThat(title("Location: FL, PR, USVI\nBusiness: Part A, Part B\nSkin Substitute Grafts\n"
                + "The LCD will not become effective at this time.\n")).isEqualTo("Skin Substitute Grafts");
    }

    private static String title(String text) {
        return Texts.EXTRACTOR.extract(List.of(text), null).title().value();
    }

    @Test
    void searchBoxesHostWrappersAndPagersAreNotTheTitle() {
        Extraction portal = Texts.EXTRACTOR.extract(List.of("""
                Advanced Search

                Obsolete Laboratory Tests
                Policy
                The following tests are considered not medically necessary.
                """), null);
        Extraction hosted = Texts.EXTRACTOR.extract(List.of("""
                Page content transcription
                If your browser does not render page correctly, please read the page content below
                Date post: 02-Mar-2024
                Cervical Traction Devices
                Policy Number: XY.MP.77
                """), null);

        assertThat(portal.title().value()).isEqualTo("Obsolete Laboratory Tests");
        assertThat(hosted.title().value()).isEqualTo("Cervical Traction Devices");
    }

    @Test
    void aMastheadMayNameTheStateWithInAndADescriptionOfServiceHeadingEndsTheTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Highmark Medicare Advantage Medical Policy in West Virginia |
                Number: | Q-12 |
                Home Infusion Pumps
                Description of Procedure or Service
                An infusion pump delivers medication at a controlled rate.
                """), null);

        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(e.title().value()).isEqualTo("Home Infusion Pumps");
    }

    @Test
    void aFlattenedHeaderCutsTheTitleBeforeTheNextFieldNotInsideIt() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Policy and Procedure Title: Payment Policy: Knee Arthroscopy Procedures Division: Medical Management \
                Effective Date: 07/01/2026 LOB: Medicaid
                """), null);

        assertThat(e.title().value()).isEqualTo("Payment Policy: Knee Arthroscopy Procedures");
    }

    @Test
    void aCoverageSummaryMastheadWithALostTrademarkGlyphScopesThePolicy() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                UnitedHealthcare? Medicare Advantage Coverage Summary
                Hip Resurfacing
                Policy Number: MCS123.01 Approval Date: March 3, 2026
                """), null);

        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
        assertThat(e.title().value()).isEqualTo("Hip Resurfacing");
    }

    @Test
    void productLinesJoinedByAndShareTheScopeNounAfterTheLast() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Updates to imaging guidelines
                This notice applies to the Commercial and Medicare Advantage programs from Example Health.
                Effective for dates of service on and after May 1, 2026, the imaging guidelines change.
                """), null);

        assertThat(e.productLineSet()).containsExactlyInAnyOrder(ProductLine.COMMERCIAL, ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aNoticeTitledWithItsEffectiveDateTakesEffectThenWhateverItsItemsSay() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Notification of Policy Revisions Effective April 1, 2026
                The following medical policies were revised and take effect as noted.
                Sleep Studies, Policy No. 12. Effective Date: April 1, 2026
                Home Oxygen, Policy No. 40. Effective Date: May 15, 2026
                CPT codes 95810 and 95811 are no longer covered without prior authorization.
                """), null);

        assertThat(e.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(e.dates().effective().value()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theTitleLineAndQuestionsDecideNothing() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Medical Policy
                Non-Covered Laboratory Services List
                Policy Number: 512
                Policy
                Hair analysis is considered investigational for all indications.
                What is excluded?
                """), null);

        assertThat(e.title().value()).isEqualTo("Non-Covered Laboratory Services List");
        assertThat(e.statements()).extracting(Statement::determination).containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void aNameAndNumberColumnBesideItsEffectiveDateGivesAllThree() {
        Extraction flattened = Texts.EXTRACTOR.extract(List.of("""
                REIMBURSEMENT POLICY STATEMENT Ohio Medicaid Policy Name & Number Date Effective \
                Modifier 25 Usage-OH MCD-PY-0123 03/01/2026 Policy Type REIMBURSEMENT
                Reimbursement policies are a general reference for billing and coding.
                """), null);
        Extraction tabbed = Texts.EXTRACTOR.extract(List.of(
                "REIMBURSEMENT POLICY STATEMENT\nPolicy Name & Number\tDate Effective\nDrug Screening-MP-PY-0456\t11/15/2025\n"
                        + "Policy Type\tREIMBURSEMENT\n"), null);

        assertThat(flattened.title().value()).isEqualTo("Modifier 25 Usage");
        assertThat(flattened.policyNumber().value()).isEqualTo("OH MCD-PY-0123");
        assertThat(flattened.dates().effective().value()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(tabbed.title().value()).isEqualTo("Drug Screening");
        assertThat(tabbed.policyNumber().value()).isEqualTo("MP-PY-0456");
        assertThat(tabbed.dates().effective().value()).isEqualTo(LocalDate.of(2025, 11, 15));
    }

    @Test
    void aLabelledTitleAfterAPageCounterAndALongDatabaseTitleAreFound() {
        Extraction paged = Texts.EXTRACTOR.extract(List.of("""
                Page 1 of 7 Clinical Policy: Bone Density Screening Reference Number: XX.CP.MP.12 Last Review Date: 09/25
                """), null);
        Extraction lcd = Texts.EXTRACTOR.extract(List.of("""
                Local Coverage Determination (LCD): Noncovered Services other than Category III Codes for Outpatient Surgery (L98765)

                LCD ID L98765
                """), null);

        assertThat(paged.title().value()).isEqualTo("Bone Density Screening");
        assertThat(lcd.title().value()).isEqualTo("Noncovered Services other than Category III Codes for Outpatient Surgery");
    }

    @Test
    void aStatesProgramInTheHeaderScopesThePolicy() {
        Extraction glued = Texts.EXTRACTOR.extract(List.of("""
                REIMBURSEMENT POLICY STATEMENTKentucky Medicaid Policy Name & Number Date Effective
                Telehealth Services-KY MCD-PY-0789 04/01/2026
                """), null);

        assertThat(glued.productLineSet()).containsExactly(ProductLine.MEDICAID);
    }

    @Test
    void aNumberLineBelowTheTitleAnotherPolicysNumberAndANumberUnderATitleLabel() {
        Extraction dotted = Texts.EXTRACTOR.extract(List.of("""
                Commercial
                Obsolete Diagnostic Tests
                11.02.07c
                Policy
                The following tests are considered not medically necessary.
                """), null);
        Extraction crossReference = Texts.EXTRACTOR.extract(List.of("""
                Medical Policy Investigational Services List
                The criteria used appear on Medical Policy #210: they are not repeated here.
                Medical Policy #415, Investigational Services List, names services without a policy of their own.
                """), null);
        Extraction labelled = Texts.EXTRACTOR.extract(List.of("""
                Highmark Commercial Medical Policy - Pennsylvania
                Medical Policy: Q-11-042
                Topic: Wearable Defibrillators
                Effective Date: May 1, 2026
                """), null);

        assertThat(dotted.policyNumber().value()).isEqualTo("11.02.07c");
        assertThat(crossReference.policyNumber().value()).isEqualTo("415");
        assertThat(labelled.title().value()).isEqualTo("Wearable Defibrillators");
        assertThat(labelled.policyNumber().value()).isEqualTo("Q-11-042");
    }

    @Test
    void aCoverageDeterminationGuidelinesMastheadScopesItAndIsNoTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                UnitedHealthcare® Commercial Coverage Determination Guideline
                Cosmetic and Reconstructive Procedures
                Guideline Number: CDG.007.21 Effective Date: January 1, 2022
                Coverage Rationale
                Cosmetic procedures are excluded from coverage.
                """), null);

        assertThat(e.title().value()).isEqualTo("Cosmetic and Reconstructive Procedures");
        assertThat(e.productLines()).extracting(Located::value).containsExactly(ProductLine.COMMERCIAL);
    }

    @Test
    void aNoticesOwnEffectiveLineDatesItButASentenceAboutOneItemDoesNot() {
        Extraction dated = Texts.EXTRACTOR.extract(List.of("""
                Medical Policies and Clinical Guidelines update
                Effective September 15, 2026
                The medical policies below were revised during the quarter and take effect as listed.
                Sleep Testing, Policy No. 12. Effective Date: September 15, 2026
                Home Oxygen, Policy No. 40. Effective Date: October 1, 2026
                """), null);
        Extraction letters = Texts.EXTRACTOR.extract(List.of("""
                Letters to Providers
                The following letters contain updated policy information.
                Drug billing requirements
                Effective March 1, 2026, the plan will require the drug code on every infusion claim.
                Modifier requirement
                Effective April 1, 2026, codes 98940 and 98941 must be billed with the AT modifier.
                """), null);

        assertThat(dated.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(dated.dates().effective().value()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(letters.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(letters.dates().effective()).isNull();
    }

    @Test
    void aLeadInLineEndingWithAColonIsNoTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                The following LCDs have been revised:
                The following billing and coding article has been revised:
                Billing and Coding: Example Test (A51111) effective March 2, 2026
                """), null);

        assertThat(e.title().value()).isEqualTo("Billing and Coding: Example Test (A51111) effective March 2, 2026");
    }

    @Test
    void aKindAndPayerMastheadAndAHeaderFlattenedOntoOneLineGiveTheTitle() {
        Extraction masthead = Texts.EXTRACTOR.extract(List.of("""
                Corporate Medical Policy - Blue Cross and Blue Shield of North Carolina
                Corporate Medical Policy
                Acupuncture Services
                File Name: acupuncture_services
                Origination: 4/2001
                """), null);
        Extraction flattened = Texts.EXTRACTOR.extract(List.of("""
                Corporate Medical Policy Balloon Sinus Ostial Dilation File Name: balloon_sinus Origination: 1/2012 Last Review: 3/2019 \
                Description of Procedure or Service Chronic sinusitis is common.
                """), null);

        assertThat(masthead.title().value()).isEqualTo("Acupuncture Services");
        assertThat(flattened.title().value()).isEqualTo("Balloon Sinus Ostial Dilation");
    }

    @Test
    void anLcdLedByItsIdAndAMedicaidTitleBeforeItsPolicyNumber() {
        Extraction lcd = Texts.EXTRACTOR.extract(List.of("""
                Coverage Portal

                Example Health Library

                L24680 CARDIAC MONITORING SERVICES

                Indications and Limitations of Coverage and/or Medical Necessity
                """), null);
        Extraction medicaid = Texts.EXTRACTOR.extract(List.of("""
                Hearing Aid Services Clinical Coverage Policy No: 1-J Amended Date: March 1, 2026
                1.0 Description of the Procedure, Product, or Service
                """), null);

        assertThat(lcd.title().value()).isEqualTo("CARDIAC MONITORING SERVICES");
        assertThat(medicaid.title().value()).isEqualTo("Hearing Aid Services");
    }

    @Test
    void itemsOnLinesOfTheirOwnWithDifferentDatesDateNoNoticeAndShortDotsAreNoNumber() {
        Extraction items = Texts.EXTRACTOR.extract(List.of("""
                Medical policy updates
                Sleep Testing
                Effective May 1, 2026
                Home Oxygen
                Effective June 1, 2026
                The changes above apply to all commercial plans.
                """), null);
        Extraction dated = Texts.EXTRACTOR.extract(List.of("""
                Obsolete Diagnostic Tests
                05.01.24
                Policy
                The following tests are considered not medically necessary.
                """), null);
        Extraction subject = Texts.EXTRACTOR.extract(List.of("""
                Subject: COVID-19
                Policy Number: RX-77
                """), null);

        assertThat(items.docKind()).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(items.dates().effective()).isNull();
        assertThat(dated.policyNumber()).isNull();
        assertThat(subject.title().value()).isEqualTo("COVID-19");
    }

    @Test
    void aHealthPlansMedicareMembersAreItsMedicareAdvantageMembers() {
        Extraction plan = Texts.EXTRACTOR.extract(List.of("UnitedHealthcare\nPayment Policy: Ultrasounds\nEffective Date: 07/01/2099\n"
                + "LOB: Medicaid, Medicare\nPolicy Number: PP-99\n\nPOLICY\nThe secondary procedure is not separately reimbursed.\n"
                + "Code 76830 is not covered for Medicare members.\n"));
        assertThat(plan.productLineSet()).containsExactlyInAnyOrder(ProductLine.MEDICAID, ProductLine.MEDICARE_ADVANTAGE);
        assertThat(plan.statements()).filteredOn(st -> st.text().contains("76830")).extracting(Statement::scope)
                .containsExactly(java.util.Set.of(ProductLine.MEDICARE_ADVANTAGE));
        Extraction medigap = Texts.EXTRACTOR.extract(List.of("UnitedHealthcare\nPayment Policy: Ultrasounds\nEffective Date: 07/01/2099\n"
                + "LOB: Medicare Supplement\nPolicy Number: PP-99\n\nPOLICY\nThe secondary procedure is not separately reimbursed.\n"));
        assertThat(medigap.productLineSet()).containsExactly(ProductLine.MEDICARE);
    }
}
