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
    void aBluePlansNumberedPolicyBehindItsSitesSignOnIsAPolicy() {
        assertThat(kind("Example Blue Logo\n\nExpress Sign-on\n\nThank you for registering with Example Blue\n\n"
                + "If you are an Individual or Family Member under age 65, please register here.\n\n"
                + "MP 7.01.99 Percutaneous Disc Annuloplasty\n\nMedical Policy\nSection\nSurgery\nOriginal Policy Date\n12/1/99\n"
                + "Return to Medical Policy Index\n\nDescription\n\nAnnuloplasty uses energy to treat disc pain. It has been proposed that "
                + "heat may seal fissures.\n")).isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void newsOfAPayersChangeInTheOpeningIsABulletin() {
        String news = "Skip to main content\nThanks to advocacy from two therapy associations, a major commercial insurer has reversed course"
                + " and decided to hold off on a payment cut for assistants. The insurer also said it will stop covering several codes"
                + " delivered by telehealth. The associations had sent a joint letter asking for reconsideration.\n";
        assertThat(kind(news)).isEqualTo(DocKind.POLICY_BULLETIN);
        // A payment policy stating its own change stays a policy.
        assertThat(kind("Payment Policy: Telehealth Services\nReference Number: PP.999\nEffective Date: 01/01/2028\nPolicy Overview\n"
                + "Telehealth visits are reimbursed at the office rate. The plan will stop paying the facility fee Q3014 for visits from home.\n"))
                .isEqualTo(DocKind.PAYER_POLICY);
        assertThat(DocKindClassifier.tellsOfAChange(SourceText.of(List.of("A guide to therapy billing.\n" + "x".repeat(2000)
                + " The plan will stop covering the code.\n")))).isFalse(); // past the opening
    }

    @Test
    void anArticleAskingInItsTitleIsInformational() {
        String article = "Skip to main content\nWhy Did My Plan Send a 99214 Letter?\nBy Jo Park, CPC (posted May 1, 2027)\n"
                + "Did you get a letter from your insurance plan about how often you bill 99214? The plan's representative told us the "
                + "letter is educational: it compares your use of the code with your peers'. Here is what to keep in your notes.\n";
        assertThat(kind(article)).isEqualTo(DocKind.INFORMATIONAL);
        assertThat(DocKindClassifier.asksInItsTitle(SourceText.of(List.of(article)))).isTrue();
        assertThat(DocKindClassifier.asksInItsTitle(SourceText.of(List.of(article.replace("Letter?", "Letter"))))).isFalse();
    }

    @Test
    void aThirdPartyNoticeAboutAPolicyIsABulletin() {
        assertThat(kind("Cigna Healthcare modified MM 0552, effective December 16, 2025. Here's what billing teams need to do.\n"
                + "| Policy Code | MM 0552 |\n| Change Type | Modified |\n| Key Action | Remove CPT 0565T from your charge capture |\n"
                + "| Code | Status |\n|---|---|\n| 0565T | Not Medically Necessary |\n")).isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void anLcdOrABillingArticleLedByItsIdIsAPolicyWhateverItCites() {
        assertThat(kind("Billing and Coding: Remote Monitoring Services (A54321)\nArticle Text\nCR 12345 tells you that Medicare"
                + " will cover G0555. Read the full MLN Matters article for details.\n")).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(DocKindClassifier.isMedicareCoverageDocument(SourceText.of(List.of("LCD L12345: Wound Care\nVersion 3\n")))).isTrue();
        assertThat(DocKindClassifier.isMedicareCoverageDocument(SourceText.of(List.of("The following LCDs were revised:\nWound Care (L12345)\n"))))
                .isFalse();
    }

    @Test
    void aMemoToProvidersIsNoArticle() {
        String memo = "Notice of Rule Making\n\nTO: All Providers\nDATE: March 1, 2099\nSUBJECT: 2099 Procedure Code Conversion\n\n"
                + "The program will begin accepting the new procedure codes for dates of service on and after March 1, 2099. "
                + "Fee schedules will be updated soon after the conversion. Call the help desk with questions.\n";
        assertThat(DocKindClassifier.isMemoToProviders(SourceText.of(List.of(memo)))).isTrue();
        assertThat(kind(memo)).isNotEqualTo(DocKind.INFORMATIONAL);
        assertThat(DocKindClassifier.isMemoToProviders(SourceText.of(List.of("To: Jane\nSubject: lunch\n")))).isFalse();
    }

    @Test
    void aBulletinNamesItselfSoButAPolicyBulletinIsAPolicy() {
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Letters to Providers\nThe following letters...\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Provider Bulletin\nBulletin Number: PB-7\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Clinical Policy Bulletin: Knee Braces\nNumber: 0999\n"))))
                .isFalse();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Clinical Policy  Bulletin: Knee Braces\nNumber: 0999\n"))))
                .isFalse();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Medical Policy\nBulletin Number: MP-0999\n")))).isFalse();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Notice of Proposed Rule Making\nThe agency proposes...\n"))))
                .isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("New and Revised Pharmacy and Medical Coverage Policies Available\n"))))
                .isTrue();
        // A form a policy may be about is no notice of the payer's.
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Notice of Medicare Non-Coverage (NOMNC)\nPolicy\n"))))
                .isFalse();
    }

    @Test
    void aPortalsNewsHeadingDoesNotMakeAnArticleANotice() {
        assertThat(kind("""
                News and Alerts

                Tips to find coverage articles on our website
                We often receive suggestions through our website surveys to make it easier to find articles. Here is how to
                search the index, open a document and print it. This is an example of what the index shows for one test:
                LCD   LCD #   Article #   Related codes
                Tilt Table Testing   L99236   A99024   95921, 95922
                """)).isEqualTo(DocKind.INFORMATIONAL);
    }

    @Test
    void aWebPagesFieldLabelAboveItsDateIsADatedHeader() {
        assertThat(StructuralEvidence.of(SourceText.of(List.of("Knee Braces\n\nEffective Date\n\n04/11/2099\n\nLast Reviewed\n\n05/02/2099\n")))
                .dateLabel()).isTrue();
        assertThat(StructuralEvidence.of(SourceText.of(List.of("Knee Braces\n\nEffective date\n\nis set by the plan.\n"))).dateLabel())
                .isFalse();
    }

    @Test
    void aNoticeNamedABulletinIsNoArticleEvenWhenItsWordingIs() {
        // The wording alone reads as a patient article; the title names the document a provider bulletin.
        assertThat(kind("""
                March 2099 Provider Bulletin
                Patients often ask how to read their explanation of benefits. This issue explains deductibles, copays and
                coinsurance, and how members can call customer service.
                """)).isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void aReadingTimeBylineIsFoundInTheFirstLinesOnly() {
        assertThat(DocKindClassifier.hasReadingTime(SourceText.of(List.of("Prior Authorization Basics\n- Dana R\n- Mar 3\n- 6 min read\nText."))))
                .isTrue();
        assertThat(DocKindClassifier.hasReadingTime(SourceText.of(List.of("Coding Tips\n5 minute read\nText.")))).isTrue();
        assertThat(DocKindClassifier.hasReadingTime(SourceText.of(List.of("Policy\nThe review takes 5 min. Read the criteria.\n")))).isFalse();
        assertThat(DocKindClassifier.hasReadingTime(SourceText.of(List.of("A\nB\nC\nD\nE\nF\nG\nH\nI\n6 min read\n")))).isFalse();
    }

    @Test
    void aPolicySkeletonOutweighsAReadingTime() {
        assertThat(kind("3 min read\nClinical Policy: Stem Cell Therapy\nReference Number: WA.CP.MP.526\nEffective Date: 07/01/25\n"
                + "Policy/Criteria\nIt is the policy of the health plan that stem cell therapy is not medically necessary.\n"
                + "CPT® Codes\tDescription\n38241\tHPC transplant\n")).isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aNoticeSavedFromTheWebNamesItselfBelowTheSkipLink() {
        String notice = "Medical Policy Updates\nEffective 05/15/2024\nKnee Arthroscopy: revised criteria.\n";
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Skip to Main Content\nSearch\n" + notice)))).isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Skip to Main Content\nProviders\nPharmacy\n" + notice)))).isFalse();
        // A field label is no web chrome: the lines below it are not read as the first ones.
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Policy Number\nMP-045\nSummary of Changes\n")))).isFalse();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Date Posted: 05/01/2024 Medical Policy Updates\nText\n"))))
                .isTrue();
    }

    @Test
    void anArticleThatMentionsPayersAndACodeIsInformational() {
        assertThat(kind("Patients who explore regenerative medicine ask: will my insurance pay for this? "
                + "Most commercial insurers, Medicare, and Medicaid classify these procedures as experimental. "
                + "PRP is often billed under CPT code 86999. Ask your clinic and get it in writing.")).isEqualTo(DocKind.INFORMATIONAL);
    }

    @Test
    void aCoverageDeterminationWhoseHeadIsCopyrightNoticesIsAPayerPolicy() {
        // A printed LCD opens with its contractor table and the AMA, ADA and AHA copyright notices.
        assertThat(kind("FUTURE Local Coverage Determination (LCD): (L39000)\n" +
                "\n" +
                "Links in PDF documents are not guaranteed to work. To follow a web link, please use the MCD Website.\n" +
                "\n" +
                "Contractor Information\n" +
                "\n" +
                "Contractor Name Contract Number Contract Type Jurisdiction Noridian Healthcare Solutions, LLC 02102 A and B MAC J - F Back to Top LCD Information\n" +
                "\n" +
                "Document Information\n" +
                "\n" +
                "LCD ID L39000 Original ICD-9 LCD ID N/A LCD Title Allergy Testing Original Effective Date For services performed on or after 01/01/2026 AMA CPT / ADA CDT / AHA NUBC Copyright Statement CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All Rights Reserved. Applicable FARS/HHSARS apply. Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice medicine or dispense medical services. The AMA assumes no liability for data contained or not contained herein. Current Dental Terminology is copyright American Dental Association. All rights reserved.\n")).isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aNoticeNamedSoIsABulletinEvenWhenItQuotesPolicyStatements() {
        assertThat(kind("Medical Policy Updates\n"
                + "Notification of Policy Revisions Effective October 1, 2026 (Posted July 1, 2026)\n"
                + "Medical Policy Revision: Sacroiliac Joint Fusion\n"
                + "The \"When Not Covered\" section was revised. Percutaneous fusion is considered investigational.\n"
                + "Medical Policy Revision: Genetic Testing for Cardiomyopathy\n"
                + "Testing is considered medically necessary when criteria are met.\n"))
                .isEqualTo(DocKind.POLICY_BULLETIN);
        // A "policy bulletin" is what some payers call their policies.
        assertThat(kind("Clinical Policy Bulletin: Lumbar Fusion\nNumber: 0743\nPolicy\n"
                + "The plan considers lumbar fusion medically necessary when the following criteria are met.\n"))
                .isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aProviderNoticeWithoutAPolicysSkeletonIsABulletinNotAnArticle() {
        // Its wording leans to "policy" (0.6) and it has no number, dates or codes: a notice about policies.
        assertThat(kind("Coverage reminders for providers\n\n"
                + "Starting next quarter, prior authorization is required for genetic testing and outpatient sleep studies."
                + " Requests that do not meet the medical policy criteria will be denied as not medically necessary."
                + " Call us with questions.\n")).isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void aDatabaseExportOfACoverageArticleIsAPayerPolicyWhateverItsBoilerplate() {
        assertThat(kind("Document viewer\nDownload\n1 Local Coverage Article: Billing for Unlisted Procedures (A56789) Links in PDF "
                + "documents are not guaranteed to work. Contractor Information Contractor Name Contract Type Example Solutions, LLC "
                + "A and B MAC J - E California. The AMA does not directly or indirectly practice medicine or dispense medical services."))
                .isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aHeaderOfOriginationAndReviewFieldsIsAPolicysSkeleton() {
        assertThat(kind("Corporate Medical Policy\nMassage Therapy\nFile Name: massage_therapy\nOrigination: 3/2004\n"
                + "Last CAP Review: 5/2019\nNext CAP Review: 5/2020\nLast Review: 5/2019\nDescription of Procedure or Service\n"
                + "Massage therapy is the manipulation of soft tissue by hand to relieve pain and improve circulation."))
                .isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void providerNewsAboutAClaimReviewAndAnMlnArticleAreBulletins() {
        assertThat(kind("Mon, Mar 2, 2026\nStarting May 4, 2026 Example Health will begin reviewing outpatient claims billed "
                + "with the highest visit levels. Claims may be paid at a lower level when the diagnosis is of low complexity. "
                + "For more information, refer to the reimbursement policy for your region. Make sure your billing staff know."))
                .isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(kind("MLN Matters Number: MM99999\nRelated Change Request (CR) Number: 99999\nProvider Action Needed\n"
                + "CR 99999 tells you that Medicare contractors will pay for a new screening test for dates of service on or after "
                + "July 1, 2026. Make sure your billing staffs are aware of these changes. Background. Additional Information."))
                .isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void tokensAreTheRunsThatSplittingAtNonWordCharactersLeaves() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        String[] pieces = {"a", "Z", "7", " ", "-", ".", "é", "İ", "½", "²", "Ⅻ", "®", "\n", "\uD835\uDC00", "\uD83D\uDE00", "'"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            String[] expected = java.util.Arrays.stream(nonWord.split(text.toLowerCase(java.util.Locale.ROOT)))
                    .filter(t -> !t.isEmpty()).toArray(String[]::new);
            assertThat(DocKindClassifier.tokens(text)).as(text).containsExactly(expected);
        }
    }

    @Test
    void aPayersAuthorizationListIsAPolicyButItsUpdateIsANotice() {
        String list = "The medical authorization table is your best resource for viewing medical policies and criteria used by "
                + "the plan. It is also your first stop in learning whether an authorization is required. Obtain approval in "
                + "advance to help prevent delays and unexpected costs.\n";
        assertThat(kind("Medical Authorization Table\n\n" + list)).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("Prior Authorization List Updates\n\n" + list)).isEqualTo(DocKind.POLICY_BULLETIN);
        assertThat(kind("Why authorization matters\n\n" + list)).as("prose naming the table is no title").isNotEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("Prior Authorization and Notification List\n\n" + list)).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("List of Services Requiring Prior Authorization\n\n" + list)).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("Appendix B: Outpatient Services (Auto Auth List)\n\n" + list)).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("Chapter 17. Medicaid Provider Manual\n\n" + list)).isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aPolicyHeaderWithItsFieldsOutweighsWordingThatSoundsLikeANotice() {
        String header = "Example Plan Medical Policy/Codes\nSpinal Cord Stimulation\nChapter: Surgery: Procedures\n"
                + "Current Effective Date: September 24, 2099\n"
                + "Original Effective Date: June 09, 2095\nPublish Date: September 24, 2099\n";
        String changes = "Revised Dates: December 21, 2096; June 1, 2097; March 21, 2098; July 29, 2099\nNew codes were added on "
                + "the dates shown.\nDescription\nSpinal cord stimulation uses electrical stimulation devices which are implanted "
                + "into the epidural space as a treatment of chronic pain.\n";
        assertThat(kind(header + changes)).isEqualTo(DocKind.PAYER_POLICY);
        assertThat(kind("Medical Policy Updates\n" + header + changes)).isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void aPayerPageListingTheServicesThatNeedAuthorizationIsAPolicy() {
        assertThat(kind("Skip to Main content\n\nPrior authorization\n\nPrior authorization is not a guarantee of payment. Example Health "
                + "reserves the right to adjust any payment after review.\n\nServices that require prior authorization\n\n"
                + "  • All elective inpatient admissions.\n  • Sleep studies (codes 95810 and 95811 only).\n  • Bariatric surgery.\n"))
                .isEqualTo(DocKind.PAYER_POLICY);
    }

    @Test
    void aGuidelineNumberWithoutADotAfterNoIsAPolicyNumberLabel() {
        assertThat(StructuralEvidence.of(SourceText.of(List.of("PAYMENT GUIDELINE Guideline No: GL-016 Read First\n"))).policyNumber()).isTrue();
        assertThat(StructuralEvidence.of(SourceText.of(List.of("This policy no longer applies to student plans.\n"))).policyNumber()).isFalse();
    }

    @Test
    void aListOfNonCoveredServicesIsAPolicy() {
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("Medical Policy Medical Technology Assessment Investigational "
                + "(Non-Covered) Services List\n\nThe services listed below are considered investigational.\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("<<\n\nEffective: 9/13/2027\n\n"
                + "Medicaid Services that require Prior Authorization List\n\nThe plan must be notified of admissions.\n")))).isTrue();
    }

    @Test
    void aMedicalSocietysNewsOfOnePayersPaymentChangeIsABulletin() {
        assertThat(kind("Starting March 1, a regional Blue plan will no longer pay physicians for consultations reported with CPT codes "
                + "99242 - 99245. Instead, the payer says physicians should report office visit codes. According to the health plan, "
                + "consultation claims reported after that date will be denied. Association billing staff caution that payment may be slow.\n"))
                .isEqualTo(DocKind.POLICY_BULLETIN);
    }

    @Test
    void aLongUpdateTitleOrAnOpeningThatAnnouncesPoliciesNamesANotice() {
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Skip to main content\n\nUpdate to the Provider Procedures "
                + "Manual and the Special Services Program Provider Manual for Dental Anesthesia Services in Children\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Clinical Coverage Policies\n\nTuesday, May 4, 2027\n\n"
                + "The following new or amended clinical coverage policies are available on the program's website:\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfANotice(SourceText.of(List.of("Sleep Studies\n\nThe following services are covered:\n"))))
                .isFalse();
    }

    @Test
    void anImplementationDateIsADateLabel() {
        assertThat(StructuralEvidence.of(SourceText.of(List.of("Policy # 33 Implementation Date: 8/1/06 Revision Dates: 1/1/07\n"))).dateLabel())
                .isTrue();
    }

    @Test
    void anArticlesQuestionOrASiteMenusManualIsNoListTitle() {
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("Physicians Practice\nPractice Management\n"
                + "Why prior authorization keeps getting harder\nHow to read a payer's prior authorization list\nA survey found ...\n")))).isFalse();
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("MedPractice Today Home\nNews\nProvider Manual\n"
                + "Payers tighten imaging rules\nA survey found ...\n")))).isFalse();
    }

    @Test
    void aManualNamedInTheFirstLinesIsAPolicyButAMenusManualLinkIsNot() {
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("NY Manual\nSHP Manual\n\nNew York Provider Manual\n"
                + "Appendix XIV — Codes, Claims and Reimbursable Services\n")))).isTrue();
    }

    @Test
    void aPaMatrixOfServicesRequiringAuthorizationIsAList() {
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("Example Health of Michigan services requiring\nAdvertisement\n"
                + "Example Health of Michigan - PA Matrix Services Requiring Authorization and Benefit Exclusions\n"
                + "This document is updated quarterly.\n")))).isTrue();
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("Practice news\nWhy more services requiring authorization "
                + "frustrate practices across the country and what state lawmakers plan to do about it this year\n")))).isFalse();
    }

    @Test
    void anArticlesQuestionAboutServicesRequiringAuthorizationIsNoList() {
        assertThat(DocKindClassifier.namesItselfAList(SourceText.of(List.of("Why Some Services Require Prior Authorization\n"
                + "Your plan may ask your doctor to get approval first.\n")))).isFalse();
    }
}
