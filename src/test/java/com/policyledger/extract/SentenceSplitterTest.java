package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String text) {
        return SPLITTER.sentences(text, 0, text.length()).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void anAbbreviationInsideASentenceDoesNotEndIt() {
        assertThat(sentences("Effective Aug. 1, 2027, unlisted codes will be denied. Lines will be denied (e.g. excluded services, etc.). "
                + "Report a specific code."))
                .containsExactly("Effective Aug. 1, 2027, unlisted codes will be denied.",
                        "Lines will be denied (e.g. excluded services, etc.).", "Report a specific code.");
    }
}
