package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void knownHeadingsOpenTheirKindsOfSection() {
        assertThat(Sections.headingKind("Billing and Coding")).isEqualTo(SectionKind.CODING);
        assertThat(Sections.headingKind("History")).isEqualTo(SectionKind.HISTORY);
        assertThat(Sections.headingKind("Application")).isNull(); // a title's or a background's word, but see below
    }

    @Test
    void aLinkOrADatedRowIsNoHeadingWhateverWordsItHolds() {
        assertThat(Sections.headingKind("https://www.cms.gov/Medicare/Coding/OutpatientCodeEdit")).isNull();
        assertThat(Sections.headingKind("04/01/2027 Applicable Codes")).isNull();
    }

    @Test
    void aSectionAfterAHistoryEndsIt() {
        SourceText text = Texts.of("Policy\nKnee braces are covered.\nHistory\n6/1/2027 - New policy. (abc)\nApplication\n"
                + "These rules apply to Medicare Advantage plans.\n");
        assertThat(text.sections().kindAt(text.text().indexOf("New policy"))).isEqualTo(SectionKind.HISTORY);
        assertThat(text.sections().kindAt(text.text().indexOf("These rules"))).isEqualTo(SectionKind.OTHER);
        SourceText background = Texts.of("Background\nStudies were small.\nApplication\nThe device remains investigational per reviews.\n");
        assertThat(background.sections().kindAt(background.text().indexOf("The device"))).isEqualTo(SectionKind.BACKGROUND);
    }
}
