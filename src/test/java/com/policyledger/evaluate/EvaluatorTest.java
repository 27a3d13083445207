package com.policyledger.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    @Test
    void goldIsMatchedByFullNameThenByBaseName(@TempDir Path gold) throws Exception {
        Files.createDirectories(gold.resolve("html"));
        Files.writeString(gold.resolve("html/a.html.json"), "{}");
        Files.writeString(gold.resolve("001.json"), "{}");
        assertThat(Evaluator.goldFor(Path.of("html/a.html"), gold)).isEqualTo(gold.resolve("html/a.html.json"));
        assertThat(Evaluator.goldFor(Path.of("001.txt"), gold)).isEqualTo(gold.resolve("001.json"));
        assertThat(Evaluator.goldFor(Path.of("002.txt"), gold)).isNull();
    }

    @Test
    void listFieldsAreScoredAsSetsAndScalarsAfterNormalising(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("g.json");
        Files.writeString(g, "{\"payer\":\"Cigna\",\"policy_number\":\"MM 0552\",\"codes\":[{\"code\":\"0565T\",\"system\":\"CPT\"},"
                + "{\"code\":\"20999\",\"system\":\"CPT\"}],\"malformed_codes\":[\"0552T.1\"]}");
        Path p = dir.resolve("p.json");
        Files.writeString(p, "{\"payer\":\"CIGNA\",\"policy_number\":\"MM0552\",\"codes\":[{\"code\":\"0565T\",\"system\":\"CPT\"},"
                + "{\"code\":\"0360\",\"system\":\"CPT\"}],\"malformed_codes\":[\"| 0552T.1 | CPT | x |\"]}");
        Scorecard.Builder card = Scorecard.builder();
        Evaluator.score("doc", GoldDocument.read(g), GoldDocument.read(p), card);
        Scorecard s = card.build();
        assertThat(s.field("payer").f1()).isEqualTo(1.0);
        assertThat(s.field("policy_number").f1()).isEqualTo(1.0);
        assertThat(s.field("codes").precision()).isEqualTo(0.5);
        assertThat(s.field("codes").recall()).isEqualTo(0.5);
        assertThat(s.field("malformed_codes").f1()).isEqualTo(1.0);
        assertThat(s.table()).contains("codes").contains("0.500");
    }

    @Test
    void aGoldFileThatCannotBeUsedIsReportedByNameAndTheOthersAreStillScored(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(docs.resolve("001.txt"), "Aetna Clinical Policy Bulletin\nNumber: 0123\nCPT 20999 is not covered.");
        Files.writeString(docs.resolve("002.txt"), "CPT 38240 - 38241");
        Files.writeString(docs.resolve("003.txt"), "nothing");
        Files.writeString(gold.resolve("001.json"), "{\"payer\":\"Aetna\"}");
        Files.writeString(gold.resolve("002.json"), "{\"ranges\":[{\"from\":\"38240\",\"to\":\"38241\"}]}");
        Files.writeString(gold.resolve("003.json"), "{\"payer\": ");

        Scorecard card = new Evaluator(new com.policyledger.extract.PolicyExtractor()).evaluate(docs, gold);

        assertThat(card.documents()).isEqualTo(1);
        assertThat(card.field("payer").truePositives()).isEqualTo(1);
        assertThat(card.skipped()).hasSize(2);
        assertThat(card.skipped().get(0)).contains("002.json").contains("ranges[0] has no \"system\"");
        assertThat(card.skipped().get(1)).contains("003.json").contains("not valid JSON");
        assertThat(card.table()).contains("not scored: 2").contains("002.json");
    }
}
