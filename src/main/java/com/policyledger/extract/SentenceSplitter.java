package com.policyledger.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection with the English UD model, loaded once. The model is loaded by
 * its file name because every OpenNLP model jar has a colliding {@code model.properties}.
 * {@link SentenceDetectorME} is not thread-safe but cheap to create, so one is made per call.
 * Line breaks that end a heading, a list item or a table row also end a sentence: the model
 * would otherwise glue "POLICY STATEMENT Medicare Advantage Plans Mesenchymal..." together.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?<![\\w.])(?:e\\.g|i\\.e|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
            + "|no|nos|approx|vs|dr|st|u\\.s|ref|sec|fig|incl|max|min)\\.$");
    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
        }
    }

    /** Sentence spans (offsets into {@code text}) of the block {@code [start, end)}. */
    public List<Span> sentences(String text, int start, int end) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Span> out = new ArrayList<>();
        int blockStart = start;
        for (int i = start; i <= end; ) {
            int newline = text.indexOf('\n', i);
            i = newline < 0 || newline > end ? end : newline;
            if (i == end || endsBlock(text, blockStart, i)) {
                String block = text.substring(blockStart, i);
                for (Span s : detector.sentPosDetect(block)) {
                    Span sentence = new Span(blockStart + s.getStart(), blockStart + s.getEnd());
                    int last = out.size() - 1;
                    // The model ends sentences after some abbreviations it does not know ("Effective Aug." | "1, 2019, ...",
                    // "(e.g." | "excluded from ..."): such a cut is undone.
                    if (last >= 0 && out.get(last).getEnd() >= blockStart
                            && continuesAfterAbbreviation(text, out.get(last).getStart(), out.get(last).getEnd(), sentence.getStart())) {
                        out.set(last, new Span(out.get(last).getStart(), sentence.getEnd()));
                    } else {
                        out.add(sentence);
                    }
                }
                blockStart = i + 1;
            }
            i++;
        }
        return out;
    }

    /**
     * Whether the text {@code [from, end)} ends with an abbreviation's dot ("Aug.", "e.g.") and the text
     * resumes at {@code resume} with a digit or a lower-case word: the sentence goes on.
     */
    static boolean continuesAfterAbbreviation(String text, int from, int end, int resume) {
        if (resume >= text.length()) {
            return false;
        }
        char opening = text.charAt(resume);
        if (!Character.isDigit(opening) && !Character.isLowerCase(opening)) {
            return false;
        }
        Matcher m = ABBREVIATION.matcher(text).region(Math.max(from, end - 8), end);
        return m.find();
    }

    /** A line ends its block unless it is ordinary prose wrapped by the PDF layout. */
    private static boolean endsBlock(String text, int blockStart, int newline) {
        int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
        String line = text.substring(Math.max(lineStart, blockStart), newline).strip();
        if (line.isEmpty() || line.endsWith(".") || line.endsWith(":") || line.startsWith("|") || line.contains("\t")) {
            return true;
        }
        int next = text.indexOf('\n', newline + 1);
        String following = text.substring(newline + 1, next < 0 ? text.length() : next).strip();
        boolean wrapped = line.length() > 60 && !following.isEmpty() && Character.isLowerCase(following.charAt(0));
        return !wrapped && (line.length() < 60 || following.isEmpty() || following.startsWith("-") || following.startsWith("•"));
    }
}
