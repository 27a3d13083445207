package com.policyledger.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.PolicyLedgerProperties;
import com.policyledger.extract.PolicyExtractor;
import com.policyledger.text.TikaPageExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * Extraction accuracy on the bundled sample documents, read exactly as ingest reads them (Tika, then
 * running headers removed), against the hand-labelled gold in src/test/resources/gold.
 */
class SampleDocsAccuracyTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void extractionMeetsTheAccuracyThresholdsOnEverySampleDocument() throws Exception {
        PolicyLedgerProperties properties = Binder.get(new StandardEnvironment())
                .bindOrCreate("policyledger", PolicyLedgerProperties.class);
        Scorecard card;
        try (TikaPageExtractor tika = new TikaPageExtractor(properties)) {
            card = new Evaluator(new PolicyExtractor()).evaluateDocuments(Path.of("sample-docs"), GOLD,
                    file -> DocumentText.read(tika, file));
        }
        System.out.println(card.table());
        card.mismatches().forEach(System.out::println);

        assertThat(card.documents()).as("every loadable sample has gold").isEqualTo(10);
        assertThat(card.field("codes").f1()).as("codes F1").isGreaterThanOrEqualTo(0.95);
        card.fields().values().stream().filter(f -> !f.field().equals("codes"))
                .forEach(f -> assertThat(f.f1()).as(f.field() + " F1").isGreaterThanOrEqualTo(0.90));
    }
}
