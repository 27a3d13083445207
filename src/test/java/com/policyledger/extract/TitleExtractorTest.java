package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {
    private final TitleExtractor titles = new TitleExtractor();
    private final List<Flag> flags = new ArrayList<>();

    private String title(String text, String metadataTitle) {
        Located<String> found = titles.extract(Texts.of(text), metadataTitle, flags);
        return found == null ? null : found.value();
    }

    @Test
    void aBrowserPrintHeaderGivesThePageTitleWithoutItsSiteSuffix() {
        assertThat(title("3/2/25, 9:14 AMKnee Orthoses - Medical Policies | Example Health https://example.org/mp/12.html 1/9\n"
                + "Knee orthoses are covered when criteria are met.", null)).isEqualTo("Knee Orthoses");
    }

    @Test
    void aMetadataTitleLosesItsSiteSuffixAndPolicyNumberPrefix() {
        assertThat(title("Body text only.", "Knee Orthoses - Clinical Policy Bulletins | Example Health")).isEqualTo("Knee Orthoses");
        assertThat(title("Body text only.", "Humana MP 0123: Knee Orthoses")).isEqualTo("Knee Orthoses");
        assertThat(title("Body text only.", "COVID-19: Testing Sites")).isEqualTo("COVID-19: Testing Sites");
    }

    @Test
    void aMarkdownMastheadOfSameLevelHeadingsIsOneTitle() {
        assertThat(title("<!-- image -->\n\n## PROVIDER PULSE\n\n## A Newsletter for Network Dentists\n\n## March 2024\n\n"
                + "Body paragraph.\n\n## Fluoride Varnish\n\nMore text.", null))
                .isEqualTo("PROVIDER PULSE - A Newsletter for Network Dentists - March 2024");
    }

    @Test
    void aMastheadStopsAtAKnownSectionHeading() {
        assertThat(title("# Knee Orthoses\n\n## Description\n\nText.", null)).isEqualTo("Knee Orthoses");
    }

    @Test
    void aTitleThatNamesCodingIsATitleButACodingHeadingIsNot() {
        assertThat(title("Billing and Coding: Outpatient Wound Care\n\nA51234\nContractor Information", null))
                .isEqualTo("Billing and Coding: Outpatient Wound Care");
        assertThat(title("Medical Policy and Coding Updates\n\nWe review our policies every quarter.", null))
                .isEqualTo("Medical Policy and Coding Updates");
        assertThat(title("CPT Codes\n\n0263T\n0264T", null)).isNull();
        assertThat(title("Coding Updates\n\nWe review our coding every quarter.", null)).isNull();
    }

    @Test
    void aMedicareArticlePagesStatusAndKindLineIsNoTitle() {
        assertThat(title("SUPERSEDED LCD Reference Article Billing and Coding Article\n\n"
                + "Billing and Coding: Outpatient Wound Care\n\nA51234\n", null)).isEqualTo("Billing and Coding: Outpatient Wound Care");
    }

    @Test
    void aNoticesTitleKeepsItsDateButADateStampIsNoTitle() {
        assertThat(title("Policy Updates August 2020\n\nImportant Information\n\nSome updates need a login.", null))
                .isEqualTo("Policy Updates August 2020");
        assertThat(title("Last updated on March 3, 2024\nKnee Braces\nKnee braces are covered when criteria are met.", null))
                .isEqualTo("Knee Braces");
        assertThat(title("Update: 03/15/2026\nKnee Braces\nKnee braces are covered when criteria are met.", null))
                .isEqualTo("Knee Braces");
    }

    @Test
    void aTableDrawnMastheadLeavesNoCellBorderOnTheTitle() {
        assertThat(title("Medical Policy Update, February 1, 2023 |\nChanges to our policies are summarised below.", null))
                .isEqualTo("Medical Policy Update, February 1, 2023");
        assertThat(title("Knee Braces* | |\nKnee braces are covered when criteria are met.", null)).isEqualTo("Knee Braces");
    }

    @Test
    void portalWidgetsAreNoTitle() {
        assertThat(title("Asset Publisher\n\nmp-038\n\nprint Print Back Back\n\nContinuous Glucose Monitoring\n\nText.", null))
                .isEqualTo("Continuous Glucose Monitoring");
    }

    @Test
    void portalLinksAreNoTitleNorItsContinuation() {
        assertThat(title("Contact Us\nCategory Filter\nKnee Braces\nText.", null)).isEqualTo("Knee Braces");
        assertThat(title("Skip Navigation\nKnee Braces\nText.", null)).isEqualTo("Knee Braces");
        assertThat(title("Knee Braces\nPolicy Number\nMP-045\nText.", null)).isEqualTo("Knee Braces");
        assertThat(title("Knee Braces\nAdvanced Search\n\nText.", null)).isEqualTo("Knee Braces");        assertThat(title("Home > Clinical & Pharmacy\nWeb Content Viewer\nPrior authorization requirements resume May 17\nText.", null))
                .isEqualTo("Prior authorization requirements resume May 17");
        assertThat(title("Decrease (-) Restore Default Increase (+) Print Email\nKnee Braces\nText.", null)).isEqualTo("Knee Braces");
        // A web page's title: the page's name, a bar, the site's.
        assertThat(title("Experimental/Investigational | BCBSND (2099)\n\nThis policy addresses services.", null))
                .isEqualTo("Experimental/Investigational");
    }

    @Test
    void aFieldLabelPrintedAboveItsValueIsNoTitle() {
        assertThat(title("Medical Policy\n\nD-1050-003\n\nPolicy Id\n\nHHO-DE-MP-1050\n\nKnee Braces\n\nText.", null))
                .isEqualTo("Knee Braces");
    }

    @Test
    void aHeaderFlattenedLabelsFirstGivesTheTitleBeforeTheNumber() {
        Located<String> interleaved = titles.extract(Texts.of("Subject: Document #: Status: Percutaneous Facet Neurolysis SURG.00066 "
                + "Current Effective Date: 10/22/2008\nDescription"), null, flags);
        assertThat(interleaved.value()).isEqualTo("Percutaneous Facet Neurolysis");
        assertThat(interleaved.where().snippet()).startsWith("Percutaneous");
        assertThat(title("Subject: Radiation Oncology: Proton Beam: Prostate Cancer CG.RAD.12 Status: Active\n", null))
                .as("a title's own colons are no field labels").startsWith("Radiation Oncology: Proton Beam: Prostate Cancer");
        assertThat(title("Policy and Procedure Title: Payment Policy: E&M and Preventive Medicine Policy Division: Claims\n", null))
                .as("a title with a colon of its own").isEqualTo("Payment Policy: E&M and Preventive Medicine");
    }

    @Test
    void aReimbursementPolicysHeaderOfMastheadClaimFormsAndNoticeLiesAboveItsTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                UnitedHealthcare® Commercial and Individual Exchange
                Reimbursement Policy
                CMS 1500
                UB04
                Policy Number 2099R0042A

                Proprietary information of UnitedHealthcare. Copyright 2099 United HealthCare Services, Inc.

                Hearing Screening Policy, Professional and Facility

                Policy
                UnitedHealthcare will not reimburse hearing screening billed with an evaluation on the same day.
                """), null);

        assertThat(e.title().value()).isEqualTo("Hearing Screening Policy, Professional and Facility");
        assertThat(e.payer().value()).isEqualTo("UnitedHealthcare");
    }

    @Test
    void aTitleLedByThePayersNameIsTheRestOfIt() {
        Extraction humana = Texts.EXTRACTOR.extract(List.of("""
                Humana Knee Braces, Adults

                Effective Date: 03/01/2099
                Policy Number: HUM-0999-001
                """), null);
        assertThat(humana.title().value()).isEqualTo("Knee Braces, Adults");

        // A state's Blue plan named without "of" is that plan, and its name is not part of the title.
        Extraction blue = Texts.EXTRACTOR.extract(List.of("""
                Blue Cross Blue Shield Vermont March 2099 Medical Policy Updates

                Notification of policy revisions effective March 1, 2099:
                Knee Braces: references updated. No change to policy statement.
                """), null);
        assertThat(blue.payer().value()).isEqualTo("Blue Cross and Blue Shield of Vermont");
        assertThat(blue.title().value()).isEqualTo("March 2099 Medical Policy Updates");
    }

    @Test
    void aLineOfBusinessTheTitleNamesIsTheDocumentsScope() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Effective: 09/13/2099

                Medicaid Services that Require Prior Authorization

                Any service listed below requires prior authorization when provided by a non-contracted provider.
                """), null);

        assertThat(e.title().value()).isEqualTo("Medicaid Services that Require Prior Authorization");
        assertThat(e.productLineSet()).containsExactly(ProductLine.MEDICAID);
        assertThat(titledLines("Prior Authorization for Medicare Advantage Members")).containsExactly(ProductLine.MEDICARE_ADVANTAGE);
    }

    @Test
    void aLineOfBusinessTheTitleOnlyMentionsIsNoScope() {
        assertThat(titledLines("Therapeutic Apheresis and Plasma Exchange")).isEmpty();
        assertThat(titledLines("Commercial Driver Medical Examinations")).isEmpty();
        assertThat(titledLines("Coordination of Benefits with Medicare")).isEmpty();
        assertThat(titledLines("Commercial Plans Prior Authorization List")).containsExactly(ProductLine.COMMERCIAL);
    }

    private static java.util.Set<ProductLine> titledLines(String title) {
        return Texts.EXTRACTOR.extract(List.of("Medical Policy\n\n" + title + "\n\nPolicy Number: 2099.01\n"), null).productLineSet();
    }

    @Test
    void aTitleEndingWithItsDateDoesNotContinue() {
        assertThat(title("Page 1 of 4\nReimbursement Policy Update Bulletin: August 2099\nNew\nPolicy Title\nEffective Date\n", null))
                .isEqualTo("Reimbursement Policy Update Bulletin: August 2099");
    }

    @Test
    void aFlattenedBulletinHeaderIsTitledByItsSubject() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("Bulletin Michigan Department of Health and Human Services Bulletin Number: "
                + "MSA 99-26 Distribution: All Providers Issued: September 1, 2099 Subject: Updates to the Medicaid Provider Manual; "
                + "New Coverage of Existing Code Effective: As Indicated Programs Affected: Medicaid The department has updated the manual."), null);
        assertThat(e.title().value()).isEqualTo("Updates to the Medicaid Provider Manual; New Coverage of Existing Code");
        assertThat(e.payer().value()).isEqualTo("Michigan Medicaid");
    }

    @Test
    void aMastheadRunIntoTheTitleIsCutOff() {
        assertThat(title("UnitedHealthcare® Medicare Advantage Policy Guideline Category III CPT Codes\n\nGuideline Number: MPG099.01\n", null))
                .isEqualTo("Category III CPT Codes");
        assertThat(title("Medicaid Clinical Policy Knee Braces\n\nPolicy Number: 99.01\n", null)).isEqualTo("Knee Braces");
    }

    @Test
    void aMemosSalutationAndADateLineAreNoTitle() {
        assertThat(title("Attention: Providers\nEffective for dates of service on or after January 1, 2099\nHCPCS Updates for 2099\n"
                + "Text.", null)).isEqualTo("HCPCS Updates for 2099");
        assertThat(title("The following new or amended clinical coverage policies are available on our website at\n"
                + "Knee Braces Update\nText.", null)).isEqualTo("Knee Braces Update");
    }

    @Test
    void aCodeListIsTitledByItsName() {
        assertThat(title("1-888-555-0100, www.example.org\n\nCPT/HCPCS Medication Code Reference List\n\n"
                + "Code Description Prior Authorization Required\n90281 Immune globulin Yes\n", null))
                .isEqualTo("CPT/HCPCS Medication Code Reference List");
        assertThat(title("Modifier Codes Requiring Documentation, Professional\nDescription\nThis policy lists modifiers that need records.\n", null))
                .isEqualTo("Modifier Codes Requiring Documentation, Professional");
    }

    @Test
    void aProgramsNameStaysInItsManualsTitle() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Texas Medicaid Provider Procedures Manual: Vision and Hearing Services Handbook

                Effective: 01/01/2099
                Hearing aids are a benefit of Texas Medicaid for clients who are birth through 20 years of age.
                """), null);
        assertThat(e.title().value()).isEqualTo("Texas Medicaid Provider Procedures Manual: Vision and Hearing Services Handbook");
    }

    @Test
    void aMarkdownCopysBoldLabelsAreLabels() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                # Example Health Plan Reimbursement Policy

                **Policy Number:** 2099R0007A
                **Effective Date:** 04/01/2099
                **Policy Title:** Same Day Visits, Professional

                ## Reimbursement Guidelines
                Example Health Plan will not reimburse a second visit billed on the same day.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("2099R0007A");
        assertThat(e.dates().effective().value()).isEqualTo(java.time.LocalDate.of(2099, 4, 1));
        assertThat(e.title().value()).isEqualTo("Same Day Visits, Professional");
    }

    @Test
    void aDocumentHostsCountersLinksAndListingHeadingsAreNoTitle() {
        assertThat(title("Coverage Policy#: 282\nCategory: Surgery\n\nReduction Mammaplasty\n\nText.", null)).isEqualTo("Reduction Mammaplasty");
        assertThat(title("Quick viewing(Text Mode)\n\nKnee Braces\n\nText.", null)).isEqualTo("Knee Braces");
        assertThat(title("Post on 19-Jun-2099\n\nKnee Braces\n\nText.", null)).isEqualTo("Knee Braces");
        Extraction hosted = Texts.EXTRACTOR.extract(List.of("""
                Download Knee Braces for Adults

                16 Views
                1 Downloads
                Last View : 9d ago
                Size: px
                Start display at page:
                Transcription
                Knee braces are considered medically necessary after ligament repair.
                """), null);
        assertThat(hosted.title().value()).isEqualTo("Knee Braces for Adults");

        Extraction listed = Texts.EXTRACTOR.extract(List.of("""
                Skip to main content
                Coverage criteria policies

                Knee braces for adults

                Knee braces are generally covered subject to the indications listed below.
                """), null);
        assertThat(listed.title().value()).isEqualTo("Knee braces for adults");
    }

    @Test
    void aTitleLedByItsPolicyNumberIsTheRestOfIt() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                MA07.012c, Knee Braces for Adults
                Medical Policy
                Effective date: 10/01/2099
                Knee braces are considered medically necessary after ligament repair.
                """), null);

        assertThat(e.title().value()).isEqualTo("Knee Braces for Adults");
        assertThat(e.policyNumber().value()).isEqualTo("MA07.012c");
    }

    @Test
    void aNoticesTitleKeepsItsMasthead() {
        assertThat(title("Medicare Advantage Medical Policy Update Bulletin: August 2099\n\nThe following policies changed.\n", null))
                .isEqualTo("Medicare Advantage Medical Policy Update Bulletin: August 2099");
    }

    @Test
    void aFlattenedSubjectStopsAtTheNextLabelAndYieldsToTheMetadataTitle() {
        assertThat(title("Medical Policy Number: 99.01 Subject: Knee Orthopedics Category: Surgery Description This policy describes braces.",
                null)).isEqualTo("Knee Orthopedics");
        assertThat(title("Medical Policy Number: 99.01 Subject: Knee Orthopedics Category: Surgery Description This policy describes braces.",
                "Knee Braces")).isEqualTo("Knee Braces");
    }

    @Test
    void aSectionTagRunIntoItsDateStampIsNoTitle() {
        assertThat(title("MedicaidNovember 21, 2099\nPrior authorization requirement changes\nEffective January 1, 2100\n"
                + "Text.", null)).isEqualTo("Prior authorization requirement changes");
    }

    @Test
    void aReissuedNoticesStatusMarkIsNoPartOfItsTitle() {
        assertThat(title("PROVIDER\n\nALERT\n\n*CORRECTED* Prior Authorization List Updates\n\nEffective 07/01/2099\n\n"
                + "The network will require prior authorization for the following codes.\n", null)).isEqualTo("Prior Authorization List Updates");
    }

    @Test
    void aSiteMenuBarAboveTheTitleIsChrome() {
        assertThat(title("Home Administrative Billing & Reimbursement Claims Pharmacy Products Quality\n\n"
                + "Reimbursement position for consultation codes: Frequently asked questions\n\nMay 3, 2027\n", null))
                .isEqualTo("Reimbursement position for consultation codes: Frequently asked questions");
        assertThat(title("Home Infusion Therapy\n\nInfusions at home are covered when criteria are met.\n", null))
                .isEqualTo("Home Infusion Therapy");
    }

    @Test
    void aPayerAndKindLineJoinedByAMiddleDotIsAMasthead() {
        assertThat(title("Aetna · Clinical coverage policy\nAetna Hearing Aid coverage criteria\nHearing aids are covered once every 3 years.\n", null))
                .isEqualTo("Hearing Aid coverage criteria");
    }

    @Test
    void aLongListTitleIsStillATitle() {
        assertThat(title("Procedure Code List for Preauthorization for Blue Cross and Blue Shield of New Mexico Medicare Advantage Members Only\n\n"
                + "Providers must obtain preauthorization for the procedures below.\n", null))
                .isEqualTo("Procedure Code List for Preauthorization for Blue Cross and Blue Shield of New Mexico Medicare Advantage Members Only");
    }

    @Test
    void aWebPageTitleLosesTheSiteAfterItsDash() {
        assertThat(title("Home Dialysis - exampleprovider.com\nHome dialysis is covered when criteria are met.\n", null))
                .isEqualTo("Home Dialysis");
        assertThat(title("Download Auditory Implant - Blue Cross and Blue Shield of Louisiana\nSurvey\nDocument related concepts\n"
                + "Transcript\nThe implant is covered when criteria are met.\n", null)).isEqualTo("Auditory Implant");
        assertThat(title("Knee Braces - Hinged and Unhinged\nBraces are covered when criteria are met.\n", null))
                .isEqualTo("Knee Braces - Hinged and Unhinged");
    }

    @Test
    void anAssociationNumberLeadingTheTitleLineIsNotTitle() {
        assertThat(title("FEP Medical Policy Manual\n\nFEP 2.01.77 Bone Growth Stimulation of the Spine\n\nEffective Date: July 1, 2027\n", null))
                .isEqualTo("Bone Growth Stimulation of the Spine");
        assertThat(title("Skip all navigation Skip to page navigation\nHearing Aids for Children\nHearing aids are covered.\n", null))
                .isEqualTo("Hearing Aids for Children");
        assertThat(title("Skip to the main content\nHearing Aids for Children\nHearing aids are covered.\n", null))
                .isEqualTo("Hearing Aids for Children");
    }

    @Test
    void aNewslettersNameAndAudienceAboveTheIssueDateAreNoTitle() {
        assertThat(title("The Bulletin - for physicians and other health care providers\nMarch 2027\n\n"
                + "Plan highlights medical policy changes\n\nYou will find the latest codes in the chart below.\n", null))
                .isEqualTo("Plan highlights medical policy changes");
    }

    @Test
    void aListsLabelBelowATitleDoesNotContinueIt() {
        assertThat(title("Billing and Authorization Procedures for Non-Benefit Codes\nProvider Type\n- Physicians\n- Hospitals\nSome codes are not paid.\n", null))
                .isEqualTo("Billing and Authorization Procedures for Non-Benefit Codes");
    }

    @Test
    void aSitesBannersAndGlyphBreadcrumbsAreNoTitle() {
        assertThat(title("Time to renew. Stay covered.\n \nTime to renew. Stay covered.\n\nAuthorization Grids\n\nGrids are now available.\n", null))
                .isEqualTo("Authorization Grids");
        assertThat(title("Monday, May 31 is Memorial Day, our offices will be closed. Have a safe holiday.\n\nHome 5 Providers 5 Claims 5 Billing\n\n"
                + "Submitting & Billing Claims\n\nOur Claims department processes your claims.\n", null)).isEqualTo("Submitting & Billing Claims");
        assertThat(title("Claims are processed daily.\n\nSubmitting Claims\n", null)).isNull(); // prose first: no title line
        assertThat(title("Knee Braces\nKnee Braces\nBraces are covered.\n", null)).isEqualTo("Knee Braces");
        assertThat(title("Breadcrumb\n\nPage Title for page template\n\nExperimental Procedures\n\nOur policies exclude them.\n", null))
                .isEqualTo("Experimental Procedures");
        assertThat(title("All Resources\n\nCoalition Letter on Modifier 25\n\nApril 18, 2027\n\nDear Sir:\n", null))
                .isEqualTo("Coalition Letter on Modifier 25");
        assertThat(title("Showing posts with label Venipuncture - 36415. Show all posts\n\nSpecimen Collection Explained\n\nCodes are used.\n", null))
                .isEqualTo("Specimen Collection Explained");
        assertThat(title("Coverage Policy Manual\nPolicy #: 2027019\nCategory: Medicine\nInitiated: November 2027\n"
                + "  Multiple Sleep Latency Test\n\nDescription: The test measures sleepiness.\n", null)).isEqualTo("Multiple Sleep Latency Test");
    }

    @Test
    void titlesThatLookLikeChromeOrGluedLabelsStayWhole() {
        for (String t : List.of("Applied Behavior Analysis - For Members with Autism Spectrum Disorder", "After-Hours Services When the Office Is Closed",
                "Home & Community-Based Services & Supports Waiver")) {
            assertThat(title(t + "\n\nThe service is covered.\n", null)).as(t).isEqualTo(t);
        }
        assertThat(title("Title: Botulinum Toxins - OnabotulinumtoxinA: Botox Injection\n", null))
                .isEqualTo("Botulinum Toxins - OnabotulinumtoxinA: Botox Injection");
    }

    @Test
    void moreHeadersAndBannersAroundATitle() {
        assertThat(title("INDEX:\nEffective Date: 01/01/2027 Title: Intervertebral Disc Prostheses\nRevision Date: 07/01/2027 Document: BI999:00\n", null))
                .isEqualTo("Intervertebral Disc Prostheses");
        assertThat(title("Lab Program Effective 10/3/27\n\nThe codes below need authorization.\n", null)).isEqualTo("Lab Program");
        assertThat(title("Local Coverage Determination (LCD) for Physical Medicine and Rehabilitation Policy (L28299)\n", null))
                .isEqualTo("Physical Medicine and Rehabilitation Policy");
        assertThat(title("ALERT: Stay healthy this flu season! Learn more\nALERTA: ¡Mantente sano! Más información\nProcedure Code Updates\n"
                + "The codes below were added.\n", null)).isEqualTo("Procedure Code Updates");
        assertThat(title("Colonoscopy Coding for Medicare\n\nScreening colonoscopy is billed with G0121.\n", null))
                .isEqualTo("Colonoscopy Coding for Medicare");
    }

    @Test
    void aLettersAddresseeIsNoTitleAndAnAudienceDoesNotContinueOne() {
        assertThat(title("April 18, 2027\nJane Doe\nChief Executive Officer\nExample Health\n12 Main Road\nDear Ms. Doe:\n"
                + "We ask that you rescind the policy.\n", null)).isNull();
        assertThat(title("Coalition Letter on Modifier 25\n\nApril 18, 2027\n\nJane Doe\nChief Executive Officer\nExample Health\n\n"
                + "Dear Ms. Doe:\nWe ask that you rescind the policy.\n", null)).isEqualTo("Coalition Letter on Modifier 25");
        assertThat(title("Code Editing Policy and Guidelines\n    For Providers\n    November 2027\n\nWe apply the edits.\n", null))
                .isEqualTo("Code Editing Policy and Guidelines");
    }

    @Test
    void aLabelRunIntoTheTitleByAHeaderWithoutSpacesEndsIt() {
        assertThat(title("Manual:Reimbursement PolicyPolicy Title:Routine Venipuncture and/or Collection of SpecimensSection:Laboratory"
                + "Subsection:NoneDate of Origin:1/1/2000Policy Number:RPM099\n", null)).isEqualTo("Routine Venipuncture and/or Collection of Specimens");
    }

    @Test
    void anArticlePagersLinksAreNoTitle() {
        assertThat(title("Previous Article\nNext Article\n\nNew Preauthorization Rules for Sleep Studies\n\nPrint Article\n\n"
                + "Sleep studies now require preauthorization.\n", null)).isEqualTo("New Preauthorization Rules for Sleep Studies");
    }

    @Test
    void aCodingAndReimbursementPolicyMastheadIsNoTitle() {
        assertThat(title("CODING/REIMBURSEMENT POLICY\n\nEVALUATION VISITS FOR EXCLUDED CONDITIONS\n\nPolicy # 33\n", null))
                .isEqualTo("EVALUATION VISITS FOR EXCLUDED CONDITIONS");
    }

    @Test
    void aFlattenedHeadersSubjectEndsBeforeAThreeWordDateLabel() {
        assertThat(title("DISCLAIMER. Subject: Off-Label Use of Drugs and Biologic Agents Original Effective Date: 12/11/26 Policy Number: MCP-1\n",
                null)).isEqualTo("Off-Label Use of Drugs and Biologic Agents");
        assertThat(title("Behavioral Health Care Services Investigative List Effective: September 14, 2027\nThe services below are investigational.\n",
                null)).isEqualTo("Behavioral Health Care Services Investigative List");
    }

    @Test
    void titlesThatStartWithHomeOrRunLongAreReadWithCare() {
        assertThat(title("Home Infusion Therapy Services - Pharmacy and Medical Benefit Claims\nPolicy Number: 1\nHome infusion is covered.\n", null))
                .isEqualTo("Home Infusion Therapy Services - Pharmacy and Medical Benefit Claims");
        assertThat(title("Providers should be aware that beginning with dates of service in the new year, the plan will require prior\n"
                + "authorization for outpatient physical therapy visits beyond the twelfth visit.\n", null)).isNull();
        assertThat(title("Medical Policy Update Bulletin 12.01.27 Summary of Changes\nThe following policies changed.\n", null))
                .isEqualTo("Medical Policy Update Bulletin 12.01.27 Summary of Changes");
    }

    @Test
    void aNumbersLabelEndsAShortTitleAndHostControlNumbersAreNoTitle() {
        assertThat(title("Page 1 of 9 Clinical Policy: Step Therapy Reference Number: CP.CPA.83 Effective Date: 09.01.27\n", null))
                .isEqualTo("Step Therapy");
        assertThat(title("LC2318ALL0919-A GHHKNA9EN Medicare Advantage Preauthorization and Notification List\nThe list below applies.\n", null))
                .isEqualTo("Medicare Advantage Preauthorization and Notification List");
        assertThat(title("CYP2D6 CYP2C19 Pharmacogenomic Testing\nTesting is covered when criteria are met.\n", null))
                .isEqualTo("CYP2D6 CYP2C19 Pharmacogenomic Testing");
        assertThat(title("COVID-19 Vaccine Administration\nThe vaccine is covered.\n", null)).isEqualTo("COVID-19 Vaccine Administration");
    }

    @Test
    void aCodeEditingNoticesTitleNamesCodingButIsATitle() {
        assertThat(title("Claim Code Edits Clarified\n\nThe plan has clarified the following claim code edit.\n", null))
                .isEqualTo("Claim Code Edits Clarified");
        assertThat(title("Skip to main content\n\nThird-Party Claim and Code Review Program\n\nBeginning June 1, 2027, you may see new edits.\n",
                null)).isEqualTo("Third-Party Claim and Code Review Program");
    }

    @Test
    void aLeadingCodeRangeAndANonDateLabelsLastWordStayInTheTitle() {
        assertThat(title("J3490-J3590 Unclassified Drugs\nThe drugs are covered when criteria are met.\n", null))
                .isEqualTo("J3490-J3590 Unclassified Drugs");
        assertThat(title("Title: Growth Hormone Therapy - Initial Policy Number: RX-501\n", null)).isEqualTo("Growth Hormone Therapy - Initial");
    }

    @Test
    void aTablesHeaderRowIsNoTitleAndAHeadlineLedByItsDateIsOne() {
        Extraction notice = Texts.EXTRACTOR.extract(List.of("""
                Effective February 1, 2099: Revised Payment Policy: Leveling of Care
                Date: 10/31/98
                Superior HealthPlan presents a new payment policy.
                | Policy | Effective Date | Applicable Products |
                | Leveling of Care (CC.PP.066) | February 1, 2099 | Medicaid, CHIP |
                """), null);
        assertThat(notice.title().value()).isEqualTo("Effective February 1, 2099: Revised Payment Policy: Leveling of Care");
        assertThat(notice.dates().effective().value()).isEqualTo(java.time.LocalDate.of(2099, 2, 1));
        // A two-cell row still labels the title.
        assertThat(Texts.EXTRACTOR.extract(List.of("| Policy | Knee Braces |\n| Number | KB.01 |\n"), null).title().value())
                .isEqualTo("Knee Braces");
    }

    @Test
    void aPayersNameLeadingItsPublicationsNameStaysInTheTitle() {
        Extraction update = Texts.EXTRACTOR.extract(List.of("""
                Regence Medical Policy Update, July 1, 2099

                Below are summaries of recent changes to medical policies. Knee Braces: references updated.
                """), null);
        assertThat(update.title().value()).isEqualTo("Regence Medical Policy Update, July 1, 2099");
    }

    @Test
    void aTitleMayOpenWithAWordLedByDigitsAndMayNameItselfMedicalPolicyGuidelines() {
        assertThat(Texts.EXTRACTOR.extract(List.of("Local Coverage Determination (LCD)\n\n4Kscore Test Algorithm\n\nL99999\n\n"
                + "Expand All | Collapse All\nProposed LCD\n"), null).title().value()).isEqualTo("4Kscore Test Algorithm");
        assertThat(Texts.EXTRACTOR.extract(List.of("3D Mammography\n\nPolicy\nTomosynthesis is medically necessary for screening.\n"),
                null).title().value()).isEqualTo("3D Mammography");
        // A code leading a line is no title's first word.
        assertThat(Texts.EXTRACTOR.extract(List.of("0554T Bone strength assessment\n"), null).title()).isNull();
        assertThat(Texts.EXTRACTOR.extract(List.of("MEDICAL POLICY\n\nMedical Policy Guidelines and Definitions\n\nNumber 10.01.999\n"),
                null).title().value()).isEqualTo("Medical Policy Guidelines and Definitions");
    }
}
