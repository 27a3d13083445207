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
    void aSitesAlphabeticalIndexAboveThePageIsNoSection() {
        SourceText text = Texts.of("Coverage Policies\nINDEX:\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z\n\n"
                + "Effective Date: 01/01/2027 Title: Disc Prostheses\nCPT Code(s): 0092T; 0095T; 0163T-0165T; 0375T; 0609T, 0610T, 22100, 22101,"
                + " 22102, 22110, 22206-22207\n");
        SourceText noAlphabet = Texts.of(text.text().replace("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z\n", ""));
        assertThat(noAlphabet.sections().kindAt(noAlphabet.text().indexOf("CPT Code"))).isEqualTo(SectionKind.BOILERPLATE); // a real index
        assertThat(text.sections().kindAt(text.text().indexOf("CPT Code")).carriesCodes()).isTrue();
        SourceText book = Texts.of("Policy\nBraces are covered.\nIndex\nBraces, 4\nSplints, 6\n");
        assertThat(book.sections().kindAt(book.text().indexOf("Splints"))).isEqualTo(SectionKind.BOILERPLATE);
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
