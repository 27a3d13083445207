package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminationPhrasesTest {
    @Test
    void aNegationCarriesOverItsCoordinatedPaymentWord() {
        assertThat(DeterminationPhrases.all("Knee bracing beyond two devices a year is not covered or reimbursable."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Home visits are not covered, payable or reimbursed.")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void coversNeedsAPayerPlanOrProgramAsItsSubject() {
        assertThat(DeterminationPhrases.all("The splint is a rigid shell that covers the forearm.")).isEmpty();
        assertThat(DeterminationPhrases.all("The state program covers hearing aids for children.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Humana covers hearing aids for children.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("This policy covers hearing aids and their fitting.")).isEmpty();
    }

    @Test
    void medicareSaysReasonableAndNecessary() {
        assertThat(DeterminationPhrases.all("Nerve blocks are considered reasonable and necessary after six weeks of therapy."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Repeat ablation within six months is not reasonable and necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("A third session is considered not reasonable and necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void eligibilityUnderThePlanDecidesCoverage() {
        assertThat(DeterminationPhrases.all("Members may be eligible under the Plan for a hearing aid every three years."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Members may NOT be eligible under the Plan for a second hearing aid."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Members may be eligible for case management.")).isEmpty();
    }

    @Test
    void medicaidManualsSayBenefit() {
        assertThat(DeterminationPhrases.all("Hearing aids are a benefit of the state Medicaid program for children."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Cosmetic surgery is not a benefit of the state Medicaid program."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Members should review their benefit booklet.")).isEmpty();
    }

    @Test
    void otherWaysPayersWordCoverageAndItsAbsence() {
        assertThat(DeterminationPhrases.all("Members are eligible for coverage of two fittings a year.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Coverage is provided for one pair of lenses after surgery.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Fittings are payable once a year.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The injection is eligible for reimbursement up to three units.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The injection is not eligible for reimbursement.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The insurer will stop covering many codes used via telehealth.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will stop paying CPT 97014.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will discontinue coverage for the device.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Staff decide whether a claim is eligible for reimbursement.")).isEmpty();
        assertThat(DeterminationPhrases.all("To be eligible for reimbursement, the visit must be billed with an E/M code.")).isEmpty();
        assertThat(DeterminationPhrases.all("Claims must meet these criteria to be eligible for reimbursement.")).isEmpty();
        assertThat(DeterminationPhrases.all("Is CPT 99417 eligible for reimbursement?")).isEmpty();
        for (String no : List.of("Consultation codes are no longer eligible for reimbursement.", "These codes are never eligible for reimbursement.",
                "The codes are not considered eligible for reimbursement.", "Add-on codes are not separately eligible for reimbursement.",
                "The service is ineligible for reimbursement.")) {
            assertThat(DeterminationPhrases.all(no)).as(no).containsExactly(Determination.NOT_COVERED);
        }
    }

    @Test
    void aStatusTheServiceHadBeforeAChangeDecidesNothing() {
        assertThat(DeterminationPhrases.all("When the policy was written, the procedure was considered medically necessary.")).isEmpty();
        // A past tense alone is still a finding.
        assertThat(DeterminationPhrases.all("The committee determined that the following services were considered investigational:"))
                .containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("The following codes were deemed not medically necessary and will be denied."))
                .containsExactlyInAnyOrder(Determination.NOT_MEDICALLY_NECESSARY, Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The procedure, formerly covered, was previously considered not medically necessary.")).isEmpty();
        assertThat(DeterminationPhrases.all("However, the procedure is now considered investigational.")).containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void medicaresTestDefinedForAnyServiceDecidesNothing() {
        assertThat(DeterminationPhrases.all("The service is considered reasonable and necessary if it is determined that the service is safe and effective."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("Manipulation under anesthesia is considered reasonable and necessary when the criteria are met."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The procedure is considered medically necessary if it is determined that the patient meets all criteria."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Teeth whitening is a contract exclusion.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan does not provide coverage for wigs.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Benefits are not available for tattoo removal.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The evidence does not support medical necessity for repeat imaging."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("A fourth session is considered not medically reasonable and necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Whole-genome sequencing is considered investigative.")).containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void aPayerThatWillReimburseCovers() {
        assertThat(DeterminationPhrases.all("The plan will reimburse one fitting per ear.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The plan will not reimburse a second fitting.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will not separately reimburse a second visit on the same date."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will consider reimbursement for one fitting per ear."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The plan will not consider reimbursement for a second fitting."))
                .containsExactly(Determination.NOT_COVERED);
        // A bulletin's bullets under "The new policy will:".
        assertThat(DeterminationPhrases.all("Consider reimbursement of hearing screening once a year.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Not consider reimbursement of:")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will no longer consider reimbursement for hearing screening."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan doesn't consider reimbursement for a second fitting.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan never considers reimbursement for a second fitting.")).containsExactly(Determination.NOT_COVERED);
        // A hedge or a request decides nothing.
        assertThat(DeterminationPhrases.all("The plan may consider reimbursement for a second fitting when records support it.")).isEmpty();
        assertThat(DeterminationPhrases.all("Providers may ask the plan to consider reimbursement for a second fitting.")).isEmpty();
    }

    @Test
    void medicallyNecessaryAsAnAdjectiveOfTheObjectDecidesNothing() {
        assertThat(DeterminationPhrases.all("The program covers medically necessary dental services for adults."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Members may receive medically necessary transport.")).isEmpty();
        assertThat(DeterminationPhrases.all("Hearing aids are medically necessary when the loss exceeds 40 dB."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The device is considered medically necessary for adults."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void definitionsPurposesAndAdjectivesInOneSentenceAllDecideNothing() {
        // The definition, the purpose and two adjectives come first; only the last phrase decides.
        String sentence = "\u201cMedically necessary\u201d means appropriate care; to determine whether any medically necessary care"
                + " was given, the plan reviews notes for medically necessary visits, and the visits are medically necessary for adults.";
        assertThat(DeterminationPhrases.find(sentence)).singleElement().satisfies(hit -> {
            assertThat(hit.determination()).isEqualTo(Determination.MEDICALLY_NECESSARY);
            assertThat(sentence.substring(hit.start(), hit.end())).isEqualTo("medically necessary");
            assertThat(hit.start()).isEqualTo(sentence.lastIndexOf("medically necessary"));
        });
    }

    @Test
    void coversIsFoundInAnyCaseAndCoveredWithoutIt() {
        assertThat(DeterminationPhrases.all("HUMANA COVERS hearing aids for children.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The splint is Covered when fitted.")).containsExactly(Determination.COVERED);
    }

    @Test
    void aDefinitionOrAPurposeOfMedicalNecessityDecidesNothing() {
        assertThat(DeterminationPhrases.all("\"Medically necessary\" means care a prudent clinician would give.")).isEmpty();
        assertThat(DeterminationPhrases.all("Medical necessity (MN) is defined as care that is appropriate.")).isEmpty();
        assertThat(DeterminationPhrases.all("Notes are reviewed to determine whether the splint is medically necessary.")).isEmpty();
        assertThat(DeterminationPhrases.all("The splint does not meet the definition of medical necessity."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void updateBulletinsSayWhatIsNoLongerOrNowCovered() {
        assertThat(DeterminationPhrases.all("These services will no longer be covered:")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will no longer reimburse home sleep tests.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Coverage is no longer available for this device.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Repeat testing will no longer be considered medically necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Capsule endoscopy is now covered for members over 18.")).containsExactly(Determination.COVERED);
        // A service that stopped being investigational is not thereby investigational.
        assertThat(DeterminationPhrases.all("The test is no longer considered experimental or investigational.")).isEmpty();
    }

    @Test
    void aDefinitionAQuestionOrAHedgeOfADeterminationDecidesNothing() {
        assertThat(DeterminationPhrases.all("A drug, device or procedure is considered experimental or investigational if any of the"
                + " following applies:")).isEmpty();
        assertThat(DeterminationPhrases.all("When determining whether a treatment is experimental or investigational, the plan"
                + " reviews published evidence.")).isEmpty();
        assertThat(DeterminationPhrases.all("Definition of Investigational: \u201cInvestigational Services\u201d means services not"
                + " generally accepted.")).isEmpty();
        assertThat(DeterminationPhrases.all("These services may or may not be covered by every plan.")).isEmpty();
        assertThat(DeterminationPhrases.all("Medical necessity is used in deciding whether a service is eligible for coverage.")).isEmpty();
        // The same words deciding: the determination stands.
        assertThat(DeterminationPhrases.all("Whole-body thermography is considered experimental or investigational."))
                .containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("If criteria are met, the test is covered when ordered by a specialist."))
                .containsExactly(Determination.COVERED);
    }

    @Test
    void benefitPlanBoilerplateAndCriteriaListsDecideNothing() {
        assertThat(DeterminationPhrases.all("Although a service or supply may be medically necessary, it may be subject to plan"
                + " exclusions.")).isEmpty();
        assertThat(DeterminationPhrases.all("If a service, supply or procedure is not covered and the member obtains it, the"
                + " member may be billed.")).isEmpty();
        assertThat(DeterminationPhrases.all("Medically necessary services include, but are not limited to, diagnostic tests.")).isEmpty();
        assertThat(DeterminationPhrases.all("3. Not experimental or investigational;")).isEmpty();
        assertThat(DeterminationPhrases.all("In order to be covered the service must be ordered by the treating physician.")).isEmpty();
        // Decisions stand beside them.
        assertThat(DeterminationPhrases.all("Acupuncture may be medically necessary when the criteria below are met."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The device is not medically necessary and is considered investigational."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY, Determination.INVESTIGATIONAL);
    }

    @Test
    void aSpecificServiceConsideredInvestigationalUnderConditionsIsADecision() {
        assertThat(DeterminationPhrases.all("Sacral nerve stimulation is considered investigational when any of the following apply:"))
                .containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("For lymphedema, medically necessary treatment includes complete decongestive therapy."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The plan will no longer pay for 81479.")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void criteriaPreamblesTermsAndAlternativesDecideNothing() {
        assertThat(DeterminationPhrases.all("To be considered medically necessary, the device must be prescribed by a specialist.")).isEmpty();
        assertThat(DeterminationPhrases.all("In order for a test to be considered reasonable and necessary, it must change management.")).isEmpty();
        assertThat(DeterminationPhrases.all("Revised the Medically Necessary and Investigational criteria for gait trainers.")).isEmpty();
        assertThat(DeterminationPhrases.all("\"Cryoablation\" added to the \"When Not Covered\" section.")).isEmpty();
        assertThat(DeterminationPhrases.all("Codes are non-covered unless described as \"medically necessary\" in another policy."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("This list holds services considered covered or non-covered under national guidance.")).isEmpty();
        assertThat(DeterminationPhrases.all("Contractors specify whether a device is reasonable and necessary for a benefit category.")).isEmpty();
        assertThat(DeterminationPhrases.all("Medically Necessary or Medical Necessity is defined as care a prudent clinician would give.")).isEmpty();
    }

    @Test
    void theSameWordsStillDecideWhereTheyAreFindings() {
        assertThat(DeterminationPhrases.all("Gait trainers are considered medically necessary for children with cerebral palsy."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Hair analysis is not covered or not medically necessary for any indication."))
                .containsExactlyInAnyOrder(Determination.NOT_COVERED, Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Continuous monitoring will continue to be considered medically necessary for type 1 diabetes."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void sectionNamesAndConditionsOfCoverageDecideNothing() {
        assertThat(DeterminationPhrases.all("4.0 When the Procedure, Product, or Service Is Not Covered")).isEmpty();
        assertThat(DeterminationPhrases.all("When not covered")).isEmpty();
        assertThat(DeterminationPhrases.all("When the service is covered, the member pays the specialist copay.")).isEmpty();
        assertThat(DeterminationPhrases.all("These services do not meet the criteria for \"medically necessary services\".")).isEmpty();
        assertThat(DeterminationPhrases.all("Speech therapy is covered when provided by a licensed therapist."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("When the criteria are not met, the service is not covered."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("When the above criteria are met, the device is covered."))
                .containsExactly(Determination.COVERED);
    }

    @Test
    void whatAServiceWasBeforeAChangeDecidesNothing() {
        assertThat(DeterminationPhrases.all("Bone stimulation for stress fractures changed from investigational to not medically necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Status moved from not covered to covered when criteria are met."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Results from investigational studies are mixed, so the test is investigational."))
                .containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("Gene therapy moved from investigational/experimental to medically necessary."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The test changed from \"investigational\" status to not medically necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Coverage moves from investigational to date-of-service review; it stays investigational."))
                .containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void bothOutcomesInParenthesesDecideNothing() {
        assertThat(DeterminationPhrases.all("NCDs outline the conditions for which a service is considered to be covered (or not covered)."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("Services covered (or not covered) under this NCD are listed below.")).isEmpty();
    }

    @Test
    void theFdasTrialTermsAreNoFindings() {
        assertThat(DeterminationPhrases.all("It is the subject of a current investigational new drug or new device application on file with the FDA."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("The device is used under an investigational device exemption.")).isEmpty();
        assertThat(DeterminationPhrases.all("The drug is investigational for this indication.")).containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void notProvenOrMedicallyNecessaryIsBothUnprovenAndNotMedicallyNecessary() {
        assertThat(DeterminationPhrases.all("Spinraza is not proven or medically necessary for: patients on ventilation."))
                .containsExactlyInAnyOrder(Determination.INVESTIGATIONAL, Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Spinraza is proven and medically necessary for the treatment of SMA."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The device has not been proven to improve outcomes.")).containsExactly(Determination.INVESTIGATIONAL);
    }

    @Test
    void aChartsLegendDecidesNothing() {
        assertThat(DeterminationPhrases.all("New procedures that are not covered will appear under Experimental Procedures.")).isEmpty();
        assertThat(DeterminationPhrases.all("Codes that are not covered are listed under Noncovered Services.")).isEmpty();
        assertThat(DeterminationPhrases.all("The procedure is not covered under the medical benefit.")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void aNoticeOfAddedCoverageCovers() {
        assertThat(DeterminationPhrases.all("Q2024 Injection, bevacizumab: new coverage effective for dates of service on and after 10/1/99."))
                .containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("CPT code 69220 will be activated for coverage for physicians.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("Medicaid will begin covering the test on May 1.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("See the new coverage policy on our website.")).isEmpty();
    }

    @Test
    void negatedOrHedgedCoveragePhrasesDoNotCover() {
        assertThat(DeterminationPhrases.all("The plan would consider reimbursement for a second fitting if asked.")).isEmpty();
        assertThat(DeterminationPhrases.all("There is no new coverage for the device.")).doesNotContain(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The code has not been activated for coverage.")).doesNotContain(Determination.COVERED);
        assertThat(DeterminationPhrases.all("The drug has not been proven to be less safe than the alternatives.")).isEmpty();
        assertThat(DeterminationPhrases.all("Tests that are investigational appear under Table 2, and the plan does not cover them."))
                .containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void nonReimbursableConditionalsAndOtherDocumentsNamesReadAsTheyMean() {
        assertThat(DeterminationPhrases.all("Providers will not be reimbursed for services considered to be Non-Reimbursable."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Providers will be notified if a new procedure code will not be reimbursed.")).isEmpty();
        assertThat(DeterminationPhrases.all("The plan removed these services from the Medical Necessity Guidelines for Noncovered "
                + "Investigational Services as they are now covered services.")).containsExactly(Determination.COVERED);
        assertThat(DeterminationPhrases.all("These services are noncovered and investigational.")).contains(Determination.NOT_COVERED);
    }

    @Test
    void contractionsAndQuotedWordingAreNegativesToo() {
        assertThat(DeterminationPhrases.all("Digital therapeutics aren't medically necessary for any indication."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The device isn't covered.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The item won't be reimbursed.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Items which are not “reasonable and necessary” for the treatment of an illness."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void anAimADenialReasonOrAPatientsEligibilityDecidesNothing() {
        assertThat(DeterminationPhrases.all("We ensure that our members receive only treatment that is medically necessary.")).isEmpty();
        assertThat(DeterminationPhrases.all("Codes may deny for these reasons: a.) deny for no authorization b.) deny for not "
                + "medically necessary c.) deny experimental/investigational")).isEmpty();
        assertThat(DeterminationPhrases.all("The patient is not eligible for any platinum-containing chemotherapy.")).isEmpty();
        assertThat(DeterminationPhrases.all("The service is not eligible for reimbursement.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan defines the terms \"investigational\" and/or \"experimental\" as services "
                + "that are determined to be either:")).isEmpty();
    }

    @Test
    void requirementsConditionsAndHedgesDecideNothing() {
        assertThat(DeterminationPhrases.all("For any item to be covered, it must: 1) be eligible for a benefit category, "
                + "2) be reasonable and necessary for the treatment of illness.")).isEmpty();
        assertThat(DeterminationPhrases.all("The service must be medically necessary and ordered by a physician.")).isEmpty();
        assertThat(DeterminationPhrases.all("If a medically necessary, lesser cost item exists, a higher cost item will be denied."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("Items classified as equipment may not be covered in every instance.")).isEmpty();
        assertThat(DeterminationPhrases.all("Codes for Potentially Unproven Services (Q2043) need preauthorization.")).isEmpty();
        assertThat(DeterminationPhrases.all("The brace is medically necessary when the member walks.")).containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Claims for the test will be denied.")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void aConditionOrWhatAPolicyIsAboutDecidesNothing() {
        assertThat(DeterminationPhrases.all("When medically necessary, a pelvic ultrasound may be performed at the same encounter."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("This policy is related to correct coding and not medical necessity.")).isEmpty();
        assertThat(DeterminationPhrases.all("Home monitoring is not a medical necessity.")).containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void findingsBesideTheNewConditionsAndRequirementsStillCount() {
        assertThat(DeterminationPhrases.all("If the criteria above are not met, the service is not medically necessary and claims will be denied."))
                .contains(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("If a member has a BMI under 35, bariatric surgery is not medically necessary, and claims will be denied."))
                .contains(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("If billed together, 97140 is not covered and will be denied.")).contains(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("If the supplier bills without an order, the item will be denied.")).isEmpty();
        assertThat(DeterminationPhrases.all("If the supplier bills without an order, the item will be denied as not medically necessary."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The plan will deny investigational services."))
                .containsExactlyInAnyOrder(Determination.NOT_COVERED, Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("Modifier 25 may not be payable with this code.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Code 97140 may not be reimbursed separately when billed with 98940."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Acupuncture is not eligible for additional reimbursement.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The service is not eligible for separate or additional reimbursement."))
                .containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void everyNegativeReadsItsContraction() {
        assertThat(DeterminationPhrases.all("The test isn't reasonable and necessary.")).containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("The device isn't reimbursable.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The device isn't eligible for coverage.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("These services aren't considered investigational.")).isEmpty();
        assertThat(DeterminationPhrases.all("The plan doesn't cover hearing aids.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Home monitoring is considered not a medical necessity."))
                .containsExactly(Determination.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void aConditionAnExampleListOrAQuestionOfCoverageDecidesNothing() {
        assertThat(DeterminationPhrases.all("Therapy may be prescribed by a physician when medically necessary and when the following "
                + "conditions are met:")).isEmpty();
        assertThat(DeterminationPhrases.all("Breast reduction is medically necessary when the criteria are met."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
        assertThat(DeterminationPhrases.all("Medically necessary services also include those defined in the member handbook.")).isEmpty();
        assertThat(DeterminationPhrases.all("Each benefit program defines which services are covered.")).isEmpty();
    }

    @Test
    void claimsThatShouldBeDeniedAreNotCovered() {
        assertThat(DeterminationPhrases.all("Claims for the listed devices should be denied as experimental/investigational."))
                .containsExactly(Determination.NOT_COVERED, Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("If the order is missing, the claim should be denied.")).isEmpty();
    }

    @Test
    void codesNoLongerRecognizedForPaymentAreNotCovered() {
        assertThat(DeterminationPhrases.all("The plan is no longer recognizing codes 99241 through 99245 as being eligible for reimbursement."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Add-on code 99417 is not recognized for Medicare payment.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The condition is not recognized by the FDA for this indication.")).isEmpty();
    }

    @Test
    void examplesInBracketsDecideNothing() {
        assertThat(DeterminationPhrases.all("These lines will be denied as member liability (e.g. excluded services, experimental items, etc.)."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Some services (for example, investigational drugs) need review.")).isEmpty();
    }

    @Test
    void whatAServiceShallBeToBeCoveredIsARequirement() {
        assertThat(DeterminationPhrases.all("In order to be covered by the plan the service shall be reasonable and necessary under the Act.")).isEmpty();
        assertThat(DeterminationPhrases.all("Hearing aids shall be covered for children under 21.")).containsExactly(Determination.COVERED);
    }

    @Test
    void aQuestionOfWhetherSomethingIsCoveredDecidesNothing() {
        assertThat(DeterminationPhrases.all("For information concerning whether a specific service is covered, please refer to the member's agreement."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("Cosmetic surgery is not covered whether or not it is performed in a hospital."))
                .containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void medicallyNecessaryBeforeAnotherAdjectiveOfTheServicesIsAnAdjective() {
        assertThat(DeterminationPhrases.all("Managed care organizations must provide all medically necessary, Medicaid-covered services to clients."))
                .isEmpty();
    }

    @Test
    void whatAPlanDefinesAsCoveredOrExcludedAndTheKindsItDecidesDecideNothing() {
        assertThat(DeterminationPhrases.all("Each benefit plan defines which services are covered, which are excluded, and which are subject to limits."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("It expresses the plan's determination as to whether certain services are medically necessary, "
                + "experimental, investigational or cosmetic.")).isEmpty();
        assertThat(DeterminationPhrases.all("• Experimental/Investigational Procedures")).isEmpty();
        assertThat(DeterminationPhrases.all("• Experimental procedures are not covered.")).containsExactlyInAnyOrder(
                Determination.INVESTIGATIONAL, Determination.NOT_COVERED);
    }

    @Test
    void whetherUsedAloneOrCombinedIsPartOfAFinding() {
        assertThat(DeterminationPhrases.all("Whether performed alone or in combination with surgery, balloon dilation is considered investigational."))
                .containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("Laser therapy is considered investigational whether used alone or with other treatments, and is not covered."))
                .containsExactlyInAnyOrder(Determination.INVESTIGATIONAL, Determination.NOT_COVERED);
    }

    @Test
    void billingEditsThatDoNotRecognizeClaimsOrModifiersAreNoCoverageFinding() {
        assertThat(DeterminationPhrases.all("The plan will not recognize claims submitted after 90 days for reimbursement.")).isEmpty();
        assertThat(DeterminationPhrases.all("The plan no longer recognizes modifier 25 for payment on the same day.")).isEmpty();
    }

    @Test
    void pointersToFindOutWhetherSomethingIsCoveredAndRelativeFindingsReadAsMeant() {
        assertThat(DeterminationPhrases.all("Call Customer Service to find out whether a service is covered.")).isEmpty();
        assertThat(DeterminationPhrases.all("It is not known whether the device is medically necessary for children.")).isEmpty();
        assertThat(DeterminationPhrases.all("Surgical treatment of gynecomastia is a cosmetic procedure, which is not covered."))
                .containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("Experimental/Investigational Procedures")).containsExactly(Determination.INVESTIGATIONAL);
        assertThat(DeterminationPhrases.all("CPT 99241-99245 are not recognized for payment.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan will not recognize CPT 99241-99245 for payment.")).containsExactly(Determination.NOT_COVERED);
    }

    @Test
    void membersLeftOutOfAProgramAndAProgramsAimDecideNothing() {
        assertThat(DeterminationPhrases.all("The following members are excluded: Medicare Advantage, Medicare supplement and FEP.")).isEmpty();
        assertThat(DeterminationPhrases.all("Cosmetic procedures are excluded.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The program manages select services to ensure medically necessary care is being provided."))
                .isEmpty();
        assertThat(DeterminationPhrases.all("Home infusion is medically necessary for members who cannot travel."))
                .containsExactly(Determination.MEDICALLY_NECESSARY);
    }

    @Test
    void aPlanNotReimbursingACodeDeniesIt() {
        assertThat(DeterminationPhrases.all("We will not be reimbursing these codes upon release.")).containsExactly(Determination.NOT_COVERED);
        assertThat(DeterminationPhrases.all("The plan is not covering the new telehealth codes.")).containsExactly(Determination.NOT_COVERED);
    }
}
