package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private final DateExtractor dates = new DateExtractor();
    private final List<Flag> flags = new ArrayList<>();

    private LocalDate effective(SourceText text, DocKind kind) {
        return dates.extract(text, kind, flags).effective().value();
    }

    @Test
    void labelledEffectiveAndReviewedDates() {
        PolicyDates d = dates.extract(Texts.of("EFFECTIVE DATE: 01|01|2026\n\nPOLICY LAST REVIEWED: 09|17|2025\n"), flags);
        assertThat(d.effective().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.lastReviewed().value()).isEqualTo(LocalDate.of(2025, 9, 17));
        assertThat(d.effective().where().page()).isEqualTo(1);
    }

    @Test
    void aLineDatingTheCriteriaDatesThePolicyButTheSamePhraseInASentenceDoesNot() {
        PolicyDates own = dates.extract(Texts.of("Hyperbaric Oxygen Therapy\nEffective for dates of service on and after November 16, 2024:\n"
                + "Hyperbaric oxygen therapy is covered when criteria are met.\n"), flags);
        assertThat(own.effective().value()).isEqualTo(LocalDate.of(2024, 11, 16));
        PolicyDates item = dates.extract(Texts.of("Code updates\nWe added codes that are effective for dates of service on and after "
                + "January 1, 2025.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(item.effective()).isNull();
        PolicyDates paragraph = dates.extract(Texts.of("Knee Braces\nVersion 1.0 Effective February 14, 2020\n"
                + "Effective for dates of service on or after October 1, 2015, use ICD-10 codes.\n"), flags);
        assertThat(paragraph.effective().value()).as("a paragraph that opens with the phrase").isEqualTo(LocalDate.of(2020, 2, 14));
    }

    @Test
    void aNoticesSubtitleOrBulletEndingInItsDateDatesIt() {
        PolicyDates subtitle = dates.extract(Texts.of("Medical policy updates\n\nNew and updated policies effective November 1, 2099\n\n"
                + "Knee Braces: criteria clarified.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(subtitle.effective().value()).isEqualTo(LocalDate.of(2099, 11, 1));
        PolicyDates bullet = dates.extract(Texts.of("Medical Policy and Coding Updates\n  • Effective February 7, 2099\n"
                + "    Knee Braces, 1.01.500  Drug added\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(bullet.effective().value()).isEqualTo(LocalDate.of(2099, 2, 7));
        PolicyDates several = dates.extract(Texts.of("Medical Policy Updates\n  • Effective February 7, 2099\n    Knee Braces\n"
                + "  • Effective March 1, 2099\n    Ankle Braces\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(several.effective()).as("items dated differently").isNull();
    }

    @Test
    void anOriginationDateIsTheLastResortForTheEffectiveDate() {
        PolicyDates d = dates.extract(Texts.of("Policy No: 1234\nOrigination Date: 5/2010\nLast Reviewed: April 2026\n"), flags);
        assertThat(d.effective().value()).isEqualTo(LocalDate.of(2010, 5, 1));
        assertThat(d.lastReviewed().value()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void dotLeadersTableCellsAndRevisionDates() {
        assertThat(dates.extract(Texts.of("Effective Date .......... 04/15/2026\nNext Review Date ...... 04/15/2027"), flags).lastReviewed()).isNull();
        assertThat(dates.extract(Texts.of("| Effective Date | December 16, 2025 |"), flags).effective().value())
                .isEqualTo(LocalDate.of(2025, 12, 16));
        PolicyDates d = dates.extract(Texts.of("Date of Last Revision: 02/25\nEffective Date: 07/01/25"), flags);
        assertThat(d.lastRevised().value()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(d.effective().value()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void theCurrentRevisionBeatsTheOriginalEffectiveDate() {
        PolicyDates d = dates.extract(Texts.of("Original Effective Date: 03/15/03\nReviewed: 02/26/26\nRevised: 03/15/26"), flags);
        assertThat(d.effective().value()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(d.lastReviewed().value()).isEqualTo(LocalDate.of(2026, 2, 26));
        // A flattened page drops the space inside a label: still the original date, still the next review.
        PolicyDates glued = dates.extract(Texts.of("OriginalEffective Date: 01/01/2001\nEffective Date: 06/01/2024\n"
                + "NextReview Date: 05/01/2025\n"), flags);
        assertThat(glued.effective().value()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(glued.lastReviewed()).isNull();
    }

    @Test
    void aBlankFieldDoesNotBorrowTheNextFieldsDate() {
        PolicyDates d = dates.extract(Texts.of("Effective Date:  LOB: Medicaid Review Date:  Page 1 of 3 created 01/02/2020"), flags);
        assertThat(d.effective()).isNull();
        assertThat(d.lastReviewed()).isNull();
    }

    @Test
    void anImpossibleDateIsFlaggedWithItsRawText() {
        PolicyDates d = dates.extract(Texts.of("Effective Date: 13/45/2025"), flags);
        assertThat(d.effective()).isNull();
        assertThat(flags).extracting(Flag::kind, Flag::raw).containsExactly(org.assertj.core.groups.Tuple.tuple(FlagKind.BAD_DATE, "13/45/2025"));
    }

    @Test
    void moreWaysToPrintTheReviewAndEffectiveLabels() {
        assertThat(dates.extract(Texts.of("Date Last Reviewed: 06/30/2025"), flags).lastReviewed().value()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(dates.extract(Texts.of("Last reviewed on 3 March 2025"), flags).lastReviewed().value()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(dates.extract(Texts.of("Most Recent Review: 2025-01-09"), flags).lastReviewed().value()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(dates.extract(Texts.of("Annual Review: 11/04/2024"), flags).lastReviewed().value()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(dates.extract(Texts.of("Date Effective: 01/01/2026"), flags).effective().value()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aNarrativeAnnualReviewIsNoLabel() {
        assertThat(dates.extract(Texts.of("The committee completed its annual review 11/04/2024 of all policies."), flags).lastReviewed()).isNull();
    }

    @Test
    void labelsRunIntoThePreviousFieldsValueAreStillLabels() {
        Extraction e = Texts.EXTRACTOR.extract(List.of("""
                Medical Policy
                Subject: Knee Braces
                Document #: ADMIN.00099Publish Date: 06/28/2099
                Status: ReviewedLast Review Date: 05/09/2099

                Description
                Knee braces are considered medically necessary after ligament repair.
                """), null);

        assertThat(e.policyNumber().value()).isEqualTo("ADMIN.00099");
        assertThat(e.dates().effective().value()).isEqualTo(java.time.LocalDate.of(2099, 6, 28));
        assertThat(e.dates().lastReviewed().value()).isEqualTo(java.time.LocalDate.of(2099, 5, 9));
    }

    @Test
    void aRetiredPolicysDateIsNoEffectiveDate() {
        PolicyDates d = dates.extract(Texts.of("Medical policy updates\n\nKnee Braces policy retired effective March 1, 2099\n\n"
                + "Ankle Braces: criteria clarified.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(d.effective()).isNull();
    }

    @Test
    void aNoticeWhoseParagraphsOpenOnOneDateTakesEffectThen() {
        PolicyDates one = dates.extract(Texts.of("Prior authorization update\n\nEffective June 1, 2099, the following codes will no "
                + "longer require prior authorization:\nE0601\n\nEffective June 1, 2099, E0431 is added.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(one.effective().value()).isEqualTo(LocalDate.of(2099, 6, 1));
        PolicyDates two = dates.extract(Texts.of("Prior authorization update\n\nEffective June 1, 2099, E0601 no longer needs it.\n"
                + "Effective July 1, 2099, E0431 needs it.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(two.effective()).as("items dated differently").isNull();
    }

    @Test
    void aParagraphsOpeningDateDoesNotOverruleItemsDatedOtherwise() {
        PolicyDates lines = dates.extract(Texts.of("Policy update\n\nSleep studies effective June 1, 2099\n\nEffective June 1, 2099, "
                + "E0601 needs authorization.\n\nOxygen effective July 1, 2099\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(lines.effective()).isNull();
        PolicyDates beginning = dates.extract(Texts.of("Policy update\n\nEffective June 1, 2099, E0601 needs authorization.\n\n"
                + "Beginning July 1, 2099, E0431 needs it too.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(beginning.effective()).isNull();
        PolicyDates midLine = dates.extract(Texts.of("Policy update\n\nGood news! Starting Jan. 1, 2099, we remove 99 codes.\n"
                + "Starting Feb. 1, 2099, five codes need authorization.\n"), DocKind.POLICY_BULLETIN, flags);
        assertThat(midLine.effective()).as("a second date opens a sentence inside a line").isNull();
    }

    @Test
    void aClauseOpeningOnTheOnlyDateDatesANoticeWithoutLabels() {
        SourceText text = Texts.of("Consultation codes: questions and answers\n\nTo reduce costs, effective March 1, 2027, the plan will "
                + "stop paying consultation codes.\n");
        assertThat(effective(text, DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aPolicyWithNoDateLabelTakesTheDateItsOpeningParagraphStartsOn() {
        SourceText text = Texts.of("Preauthorization Code List for Example Health Members\n\nBeginning Feb.1, 2027, providers must obtain "
                + "preauthorization for the procedures below.\n\n27447 Total knee arthroplasty\n");
        assertThat(effective(text, DocKind.PAYER_POLICY)).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aSpaceBeforeTheCommaStillEndsAnOpeningDate() {
        SourceText text = Texts.of("Revenue code changes\n\nEffective Sept. 15, 2027 , and for all plans, unlisted revenue codes will be denied.\n");
        assertThat(effective(text, DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void stackedOriginalAndCurrentLabelsTakeTheSecondValue() {
        SourceText text = Texts.of("Cochlear Implant Policy # 00123 Original Effective Date: Current Effective Date: 03/01/2014 06/15/2027 "
                + "Applies to all products.\n");
        assertThat(effective(text, DocKind.PAYER_POLICY)).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void anImplementationDateIsTheDateOfAPolicyWithNoOther() {
        assertThat(effective(Texts.of("CODING/REIMBURSEMENT POLICY\n\nEVALUATION VISITS\n\nPolicy # 33 Implementation Date: 8/1/26\n"),
                DocKind.PAYER_POLICY)).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void aNoticesLineSayingItsPoliciesAreEffectiveOnADateBeforeAColonDatesIt() {
        assertThat(effective(Texts.of("New and updated policies now available online\n\n01/29/2027\n\nThe following policies are effective "
                + "Jan. 1, 2027:\n\n  • Payment Policy: Prolonged Services\n"), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(effective(Texts.of("Coverage Updates\n\nOctober 30, 2027\n\nThe following changes are effective for dates of service on "
                + "or after January 1, 2028, for Medicare Preferred HMO members:\n\nPrior authorization for 0037U.\n"), DocKind.POLICY_BULLETIN))
                .isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aLastReviewOrEffectiveLabelUnderAHistoryHeadingDatesThePolicyWhenNoneIsPrintedElsewhere() {
        String page = "Physical Therapy\nNumber: 0999\n\nPolicy\nPhysical therapy is considered medically necessary.\n\n"
                + "Policy History\n\nLast Review 06/02/2027\nNext Review: 03/25/2028\nReview History\n";
        assertThat(dates.extract(Texts.of(page), flags).lastReviewed().value()).isEqualTo(LocalDate.of(2027, 6, 2));
        assertThat(dates.extract(Texts.of(page.replace("Next Review", "Effective: 07/20/1999\nNext Review")), flags).effective().value())
                .isEqualTo(LocalDate.of(1999, 7, 20)); // printed nowhere else
        assertThat(dates.extract(Texts.of("Effective Date: 01/01/2028\n" + page.replace("Next Review", "Effective: 07/20/1999\nNext Review")),
                flags).effective().value()).isEqualTo(LocalDate.of(2028, 1, 1));
        // A history's rows are earlier versions': a row's effective date, or several "last reviewed" rows, date nothing.
        String rows = "Knee Braces\nPolicy\nBraces are covered.\n\nPolicy History\n01/01/2010 New policy. Effective: 03/01/2010\n"
                + "Last reviewed: 01/15/2019\nLast reviewed: 01/20/2020\n";
        assertThat(dates.extract(Texts.of(rows), flags).effective()).isNull();
        assertThat(dates.extract(Texts.of(rows), flags).lastReviewed()).isNull();
        // A label that does not say "last" in a history is an earlier version's.
        assertThat(dates.extract(Texts.of(page.replace("Last Review", "Reviewed:")), flags).lastReviewed()).isNull();
    }

    @Test
    void aTitleCaseHeadingOverANoticesItemsDatesItBeforeAColon() {
        String notice = "October 2027 Medical Policy Updates\n\nNotification of Policy Revisions Effective October 13, 2027:\n\n"
                + "Knee Braces Panel review 9/27/2027. No change to policy statement.\n";
        assertThat(effective(Texts.of(notice), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThat(dates.extract(Texts.of(notice.replace("Notification of Policy Revisions Effective", "We notified you of revisions effective")),
                DocKind.POLICY_BULLETIN, flags).effective()).isNull();
        // A labelled date above it dates the notice.
        assertThat(effective(Texts.of("Effective Date: 04/01/2027\n" + notice), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aLabelStackedOverItsDateInATablesCellsLabelsIt() {
        String notice = "Policy Updates\n\nPG0311 Knee Braces\n\nRevised\nPENDING\nEffective\n01/25/28\n\n11/28/27: Removed a code.\n\n"
                + "PG0294 Ankle Braces\n\nRevised\nPENDING\nEffective\n01/25/28\n\n11/28/27: Added codes.\n";
        assertThat(effective(Texts.of(notice), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2028, 1, 25));
        // Items effective on different dates: the notice has none of its own.
        assertThat(dates.extract(Texts.of(notice.replaceFirst("01/25/28", "02/25/28")), DocKind.POLICY_BULLETIN, flags).effective()).isNull();
        // An original date's stacked cell is not the version's.
        assertThat(effective(Texts.of("Knee Braces\nOriginal\nEffective\n01/01/2001\nRevision Date: 02/01/2027\n"), DocKind.PAYER_POLICY))
                .isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aNoticesDefaultDateForItsItemsDatesItWhateverItsExceptionsSay() {
        String notice = "Medical policy changes\n\nMarch 2027 updates\n\nUnless otherwise noted, the policy updates below go into "
                + "effect Apr. 1, 2027.\n\nKnee Braces (#91001)\nEffective May 1, 2027\nCriteria clarified.\n\nAnkle Braces (#91002)\n"
                + "Effective June 1, 2027\nRetired.\n";
        assertThat(effective(Texts.of(notice), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(effective(Texts.of(notice.replace("go into effect Apr. 1, 2027", "are effective for dates of service on or after April 1, 2027")),
                DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 4, 1));
        // Without the default, the items' several dates date nothing.
        assertThat(dates.extract(Texts.of(notice.replace("Unless otherwise noted, the", "The")), DocKind.POLICY_BULLETIN, flags)
                .effective()).isNull();
    }

    @Test
    void aDateInAPolicysBackgroundDoesNotDateThePolicy() {
        assertThat(dates.extract(Texts.of("Screening Mammography\nPolicy\nScreening mammography is considered medically necessary once a year.\n"
                + "Digital breast tomosynthesis is considered medically necessary when performed with screening mammography.\n"
                + "Diagnostic mammography is considered medically necessary when the member has signs or symptoms of breast disease, "
                + "a personal history of breast cancer, or an abnormal screening result that requires further evaluation.\n"
                + "Screening mammography performed more often than once every 12 months is considered not medically necessary unless "
                + "the member is at high risk as defined by current guidelines of the national societies.\n"
                + "Background\nDigital mammography replaced film mammography in most facilities over the last two decades. "
                + "In its 2017 physician fee schedule, effective January 1, 2017, CMS replaced HCPCS code G0202 with CPT code 77067.\n"),
                DocKind.PAYER_POLICY, flags).effective()).isNull();
    }

    @Test
    void aListOfReviewDatesWasLastReviewedOnItsLatest() {
        PolicyDates d = dates.extract(Texts.of("Acupuncture Criteria\nNumber: UR 45 Effective: Sept 1999 Reviewed: 11/04; 9/05; 10/06; 1/07; "
                + "04/09; Review Responsibility: UROC\n"), flags);
        assertThat(d.lastReviewed().value()).isEqualTo(LocalDate.of(2009, 4, 1));
        assertThat(d.effective().value()).isEqualTo(LocalDate.of(1999, 9, 1));
    }

    @Test
    void aLabelledDateBeatsALeadInAndAChangeRequestsImplementationDateDatesNothing() {
        assertThat(effective(Texts.of("Prior Authorization Update\nEffective Date: January 1, 2027\n\nThe following codes were previously added "
                + "to prior authorization effective October 1, 2026:\n\n  • 97110\n"), DocKind.POLICY_BULLETIN)).isEqualTo(LocalDate.of(2027, 1, 1));
        String coding = "Coding\n" + "The codes below follow CMS guidance for the service. ".repeat(14)
                + "(CMS Transmittal 11118, Change Request 12488, Implementation Date: January 3, 2022)\n";
        assertThat(dates.extract(Texts.of("Sleep Studies\nLast Reviewed: 03/2027\nPolicy\nSleep studies are covered.\n" + coding),
                DocKind.PAYER_POLICY, flags).effective()).isNull();
    }
}
