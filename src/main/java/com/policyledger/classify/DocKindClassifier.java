package com.policyledger.classify;

import com.policyledger.extract.DocKind;
import com.policyledger.extract.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSampleStream;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Payer policy, policy bulletin or informational. An OpenNLP document categorizer, trained once
 * at construction from {@code classify/doc-kinds.train}, reads the wording; structural evidence
 * (policy number, dated header, code listing, coverage statement) then shifts the scores, since
 * an article may sound like a policy but never has a policy's skeleton: with two or more pieces
 * of structure a document is not informational, with none it is whatever its wording says.
 * Thread-safe: a categorizer is made
 * per call from the shared, immutable model. Only the head of a document is read: its genre shows
 * there, and the body's clinical vocabulary is shared by all three kinds.
 */
public final class DocKindClassifier {
    private static final String TRAINING = "/classify/doc-kinds.train";
    private static final int MAX_TOKENS = 250;
    private static final int HEAD_CHARS = 4000;
    /** Pieces of structural evidence that rule out "informational" whatever the wording. */
    private static final int POLICY_SKELETON = 2;
    /** How much each piece of structural evidence moves probability towards the policy kinds. */
    private static final double STRUCTURE_WEIGHT = 0.1;

    private final DoccatModel model;

    public DocKindClassifier() {
        this.model = train();
    }

    private static DoccatModel train() {
        InputStreamFactory data = () -> {
            InputStream in = DocKindClassifier.class.getResourceAsStream(TRAINING);
            if (in == null) {
                throw new IOException(TRAINING + " is missing from the classpath");
            }
            return in;
        };
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        try (DocumentSampleStream samples = new DocumentSampleStream(new PlainTextByLineStream(data, StandardCharsets.UTF_8))) {
            return DocumentCategorizerME.train("en", samples, params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the document-kind categorizer", e);
        }
    }

    public DocKind classify(SourceText text) {
        double[] p = wordingScores(text.text());
        StructuralEvidence evidence = StructuralEvidence.of(text);
        double shift = STRUCTURE_WEIGHT * evidence.count();
        double policy = p[index("payer_policy")] + shift;
        double bulletin = p[index("policy_bulletin")];
        double informational = evidence.count() >= POLICY_SKELETON ? -1 : p[index("informational")] - shift;
        if (informational >= policy && informational >= bulletin) {
            return DocKind.INFORMATIONAL;
        }
        return policy >= bulletin ? DocKind.PAYER_POLICY : DocKind.POLICY_BULLETIN;
    }

    /** Categorizer probabilities, indexed by the model's category order. */
    public double[] wordingScores(String text) {
        return new DocumentCategorizerME(model).categorize(headTokens(text));
    }

    /** The first tokens, read from a growing head of the text: splitting a whole long document would be wasted. */
    private static String[] headTokens(String text) {
        for (int chars = HEAD_CHARS; ; chars *= 2) {
            String head = text.substring(0, Math.min(text.length(), chars));
            String[] tokens = Arrays.stream(head.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(t -> !t.isEmpty()).toArray(String[]::new);
            // One token more than needed proves the last one kept was not cut by the head's end.
            if (tokens.length > MAX_TOKENS || head.length() == text.length()) {
                return Arrays.copyOf(tokens, Math.min(tokens.length, MAX_TOKENS));
            }
        }
    }

    private int index(String category) {
        return new DocumentCategorizerME(model).getIndex(category);
    }
}
