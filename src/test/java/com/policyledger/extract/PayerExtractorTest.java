package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayerExtractorTest {
    private final PayerExtractor payers = new PayerExtractor(PayerDirectory.load());
    private final List<Flag> flags = new ArrayList<>();

    @Test
    void aPayerNamedOnlyInBoilerplateIsFoundButFlagged() {
        Located<String> p = payers.extract(Texts.of("POLICY STATEMENT\nNot covered.\n\nBCBSRI reserves the right to review this policy. "
                + "Blue Cross & Blue Shield of Rhode Island is an independent licensee of the Blue Cross and Blue Shield Association."), flags);
        assertThat(p.value()).isEqualTo("Blue Cross & Blue Shield of Rhode Island");
        assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.LOW_CONFIDENCE);
    }

    @Test
    void anAgencyCitedByAPlansUnnamedPolicyIsNotItsPayer() {
        String policy = "Payment Policy: Modifier Validation\nReference Number: PP.999 Product Types: ALL\n\nPolicy Overview\n"
                + "Providers append modifiers to procedure codes to indicate that a service was altered by some circumstance, but the"
                + " definition of the code is unchanged. When a provider bills a modifier that is invalid for the code billed, the claim"
                + " line is denied. This policy is relevant to modifiers identified as affecting payment, which providers append to"
                + " report that a service was altered, not that its definition changed; modifiers that only inform are not edited."
                + " The health plan's code editing software evaluates each claim line. "
                + "The Centers for Medicare and Medicaid Services (CMS) publishes the valid list of modifiers.\n";
        assertThat(payers.extract(Texts.of(policy), flags)).isNull();
        assertThat(payers.extract(Texts.of(policy.replace("The health plan's", "Our")), flags).value())
                .isEqualTo("Centers for Medicare & Medicaid Services");
        // An agency's own guideline names it in its header: it stays the payer whatever plan it mentions.
        assertThat(payers.extract(Texts.of("eviCore healthcare Clinical Guidelines\nSleep Testing\nThese criteria apply unless the health "
                + "plan's own policy states otherwise.\n"), flags).value()).isEqualTo("eviCore healthcare");
    }

    @Test
    void aFamilysOwnNoticeAboutItsPlansStaysTheFamilys() {
        assertThat(payers.extract(Texts.of("Back to Insights\n\nPoint32Health Medical Necessity Guideline updates\n\nAll products\n\n"
                + "Guidelines for our Harvard Pilgrim and Tufts Health Plan lines of business.\nNoncovered Investigational Services: Harvard Pilgrim"
                + " commercial, Tufts Health Plan commercial. Tufts Health Plan members are affected too.\n"), flags).value())
                .isEqualTo("Point32Health");
    }

    @Test
    void aSubsidiaryBeatsItsParentsCopyright() {
        Located<String> p = payers.extract(Texts.of("It is the policy of Coordinated Care of Washington, Inc. that ...\n"
                + "©2018 Centene Corporation. All rights reserved. Centene Corporation owns this."), flags);
        assertThat(p.value()).isEqualTo("Coordinated Care of Washington");
    }

    @Test
    void aBluePlanIsFoundWhicheverWayItJoinsBlueCrossAndBlueShield() {
        assertThat(payers.extract(Texts.of("BlueCross and BlueShield of Montana Medical Policy/Codes\nKnee Braces"), flags).value())
                .isEqualTo("Blue Cross and Blue Shield of Montana");
        assertThat(payers.extract(Texts.of("BlueCross BlueShield of Vermont Medical Policy Manual\nKnee Braces"), flags).value())
                .isEqualTo("Blue Cross and Blue Shield of Vermont");
        // "and" added to a plan listed without it.
        assertThat(payers.extract(Texts.of("Reimbursement Policy\nThis policy addresses Blue Cross and Blue Shield of North Dakota's billing."),
                flags).value()).isEqualTo("Blue Cross Blue Shield of North Dakota");
        // Without "of", the longer place still wins: Kansas City's plan is not Kansas's.
        assertThat(payers.extract(Texts.of("Blue Cross Blue Shield Kansas City Medical Policy: Knee Braces"), flags).value())
                .isEqualTo("Blue Cross and Blue Shield of Kansas City");
    }

    @Test
    void aLongerAliasWinsOverTheGenericBlueName() {
        assertThat(payers.extract(Texts.of("The following Anthem Blue Cross and Blue Shield medical policies were reviewed."), flags).value())
                .isEqualTo("Anthem");
    }

    @Test
    void anAgencyCitedInTheTextLosesToThePayerNamedOnlyInBoilerplate() {
        Located<String> p = payers.extract(Texts.of("POLICY\nKnee bracing is covered when criteria are met, as in the "
                + "Centers for Medicare & Medicaid Services national determination.\n\nDISCLAIMER\n"
                + "Blue Cross Blue Shield of Texas reserves the right to amend this policy."), flags);
        assertThat(p.value()).isEqualTo("Blue Cross and Blue Shield of Texas");
    }

    @Test
    void anAgencyIsThePayerOfADocumentThatNamesNoOther() {
        assertThat(payers.extract(Texts.of("National Coverage Determination\nThe Centers for Medicare & Medicaid Services "
                + "covers knee bracing when criteria are met."), flags).value()).isEqualTo("Centers for Medicare & Medicaid Services");
    }

    @Test
    void anAgencyInTheReferencesDoesNotCountAtAll() {
        assertThat(payers.extract(Texts.of("POLICY\nKnee bracing is not covered.\n\nREFERENCES\n"
                + "Centers for Medicare and Medicaid Services. Knee orthoses. 2024."), flags)).isNull();
    }

    @Test
    void thePayerOwningThePolicyCommitteeIsNotMereBoilerplate() {
        Located<String> p = payers.extract(Texts.of("POLICY\nKnee bracing is covered.\n\nCOMMITTEE APPROVAL\n"
                + "Approved by the Humana Medical Policy Committee on 01/02/25.\n\nDISCLAIMER\nCigna Companies are mentioned here © 2025."), flags);
        assertThat(p.value()).isEqualTo("Humana");
        assertThat(flags).isEmpty();
    }

    @Test
    void aPayerIsKnownByItsWebOrMailDomain() {
        assertThat(payers.extract(Texts.of("Knee bracing policy\nQuestions: write to policy@floridablue.com or see "
                + "https://providers.floridablue.com/policies.\nBenefits are decided by the Centers for Medicare & Medicaid Services rules."), flags)
                .value()).isEqualTo("Florida Blue");
    }

    @Test
    void aGovernmentDomainNamesNoPayer() {
        assertThat(payers.extract(Texts.of("Knee bracing policy\nSee cms.gov and fda.gov for device status."), flags)).isNull();
    }

    @Test
    void inAFlattenedOneLineDocumentACopyrightFarAwayDoesNotMakeAMentionBoilerplate() {
        Located<String> p = payers.extract(Texts.of("Knee bracing. Humana considers knee bracing medically necessary when criteria are met. "
                + "Criteria text follows. ".repeat(12) + "© 2025 American Medical Association. All rights reserved."), flags);
        assertThat(p.value()).isEqualTo("Humana");
        assertThat(flags).isEmpty();
    }

    private String payerOf(String text) {
        Located<String> p = payers.extract(Texts.of(text), flags);
        return p == null ? null : p.value();
    }

    @Test
    void medicareContractorsGoByTheNamesProvidersUse() {
        assertThat(payerOf("Contractor Name: Noridian Healthcare Solutions, LLC\nLCD ID: L12345\n")).isEqualTo("Noridian");
        assertThat(payerOf("Contractor Name: First Coast Service Options, Inc.\nLCD ID: L12346\n")).isEqualTo("First Coast Service Options");
        assertThat(payerOf("Contractor Name: Novitas Solutions, Inc.\nLCD ID: L12347\n")).isEqualTo("Novitas");
        assertThat(payerOf("Next-generation sequencing (NGS) panels are considered investigational.\n")).isNull();
    }

    @Test
    void aBenefitManagerIsThePayerOnlyWhenNoPlanIsNamed() {
        assertThat(payerOf("Blue Cross and Blue Shield of Texas has contracted with eviCore healthcare (eviCore) to manage "
                + "preauthorization. eviCore will review requests; eviCore's guidelines apply; call eviCore to start.\n"))
                .isEqualTo("Blue Cross and Blue Shield of Texas");
        assertThat(payerOf("eviCore healthcare Clinical Guidelines\nCardiac Imaging\nVersion 1.0\n")).isEqualTo("eviCore healthcare");
    }

    @Test
    void anInNetworkHeadingNamesNoPayer() {
        assertThat(payers.extract(Texts.of("In-Network Health Plan Benefits\nOut-of-Network Health Plan Benefits\nPriority Health Medical Policy\n"),
                flags).value()).isEqualTo("Priority Health");
    }

    @Test
    void aPlanFamilyAndItsStatePlansAreTheirOwnPayers() {
        assertThat(payers.extract(Texts.of("Medical Policy Update\nThe Regence Group and its affiliated Plans use medical policies as "
                + "guidelines for coverage.\n"), flags).value()).isEqualTo("Regence");
        assertThat(payers.extract(Texts.of("Regence BlueCross BlueShield of Oregon\nMedical Policy Manual\n"), flags).value())
                .isEqualTo("Regence BlueCross BlueShield of Oregon");
        assertThat(payers.extract(Texts.of("Prior authorization\nAmeriHealth Caritas Ohio reserves the right to adjust any payment.\n"),
                flags).value()).isEqualTo("AmeriHealth Caritas Ohio");
    }

    @Test
    void aPlanNamedBesideTheBrandItSellsUnderIsThePayer() {
        assertThat(payers.extract(Texts.of("Prior Authorization Updates\nEffective December 1, 2027, Buckeye Health Plan (Buckeye) and Ambetter "
                + "are making changes for Medicaid and Marketplace (Ambetter) members.\n"), flags).value()).isEqualTo("Buckeye Health Plan");
        assertThat(payers.extract(Texts.of("Ambetter Health\nAmbetter covers preventive care.\n"), flags).value()).isEqualTo("Ambetter");
    }

    @Test
    void aFamilysDocumentThatNamesSeveralOfItsPlansStaysTheFamilys() {
        assertThat(payers.extract(Texts.of("Regence Medical Policy Manual\nHyperbaric Oxygen Therapy\nPolicy\nIt is covered.\n"
                + "Regence BlueShield of Idaho, Regence BlueCross BlueShield of Oregon, Regence BlueShield and Regence BlueCross "
                + "BlueShield of Utah are independent licensees of the Blue Cross and Blue Shield Association.\n"), flags).value()).isEqualTo("Regence");
    }

    @Test
    void aPointerToTheFederalEmployeeProgramsManualDoesNotMakeItThePayer() {
        assertThat(payers.extract(Texts.of("Premera Blue Cross Medical Policy\nHyperbaric Oxygen Therapy\nPolicy\nIt is covered.\n"
                + "FEP members should refer to the FEP Medical Policy Manual.\n"), flags).value()).isEqualTo("Premera Blue Cross");
    }

    @Test
    void aBrandsHeaderKeepsItsPayerAndAPlansHeaderBeatsItsFamilysCopyright() {
        assertThat(payers.extract(Texts.of("Ambetter Health\nAmbetter covers preventive care.\nAmbetter members pay no copay.\n"
                + "Members transferring from a WellCare Medicare Advantage plan keep their benefits.\n"), flags).value()).isEqualTo("Ambetter");
        String footer = "\n©2027 Centene Corporation. All rights reserved.";
        assertThat(payers.extract(Texts.of("Superior HealthPlan\nClinical Policy: Sleep Studies\nSleep studies are covered.\n"
                + "Members who came from WellCare keep their benefits." + footer.repeat(10)), flags).value()).isEqualTo("Superior HealthPlan");
    }

    /**
     * Prose that carries a citation past a document's header: an agency named in the header is the
     * document's own, whoever else speaks in it.
     */
    private static final String BODY_PAST_THE_HEADER = "Please note that two suppliers are in-network durable medical equipment"
            + " providers. They can provide in-network supplies and replacement parts for their branded cochlear implants. When you"
            + " prescribe implants made by an in-network vendor, replacement parts are easier and more cost-effective to obtain. As"
            + " always, be sure to check eligibility and benefits before rendering services. Policies are developed from a review"
            + " of the scientific literature, the opinions of practising physicians, and the positions of specialty societies;"
            + " each is reviewed at least once a year, and more often when new evidence is published.\n\n";

    @Test
    void aPlanSpeakingOfOurMembersIsNotTheAgencyItCites() {
        String notice = "This article is for all providers caring for our members.\n\n" + BODY_PAST_THE_HEADER
                + "The AMA has released a series of dedicated telehealth evaluation and management codes. We will not"
                + " be reimbursing these codes. This decision aligns with the Centers for Medicare and Medicaid Services (CMS).\n";
        assertThat(payers.extract(Texts.of(notice), flags)).isNull();
        assertThat(payers.extract(Texts.of(notice.replace("our members", "beneficiaries")), flags).value())
                .isEqualTo("Centers for Medicare & Medicaid Services");
    }

    @Test
    void theBlueAssociationIsCitedByItsPlansNotTheirPayer() {
        String policy = "Medical Policy Guidelines and Definitions\nThe purpose of this document is to provide guidelines to which Company"
                + " associates may refer when utilizing Medical Policies.\n\n" + BODY_PAST_THE_HEADER
                + "Most Company Medical Policies are adopted from the Blue Cross Blue Shield Association (BCBSA) Medical Policy"
                + " Reference Manual.\n";
        assertThat(payers.extract(Texts.of(policy), flags)).isNull();
        assertThat(payers.extract(Texts.of(policy.replace("Company", "Premera Blue Cross")), flags).value()).isEqualTo("Premera Blue Cross");
    }
}
