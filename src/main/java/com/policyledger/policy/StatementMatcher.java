package com.policyledger.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.policyledger.policy.VersionDiff.Redline;
import com.policyledger.policy.VersionDiff.RewordedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs the statements of two versions: the same text is unchanged; a removed and an added statement
 * sharing most of their words are one statement reworded; the rest were added or removed.
 */
final class StatementMatcher {

    /** Share of words two statements must have in common to count as one statement reworded. */
    private static final double REWORDED_SIMILARITY = 0.5;

    record Result(List<String> added, List<String> removed, List<RewordedStatement> reworded) {
    }

    static Result match(List<String> from, List<String> to) {
        Set<String> before = new LinkedHashSet<>(from);
        Set<String> after = new LinkedHashSet<>(to);
        List<String> removed = new ArrayList<>(before.stream().filter(s -> !after.contains(s)).toList());
        List<String> added = new ArrayList<>(after.stream().filter(s -> !before.contains(s)).toList());
        List<RewordedStatement> reworded = new ArrayList<>();
        for (String old : List.copyOf(removed)) {
            String best = null;
            double bestScore = REWORDED_SIMILARITY;
            for (String candidate : added) {
                double score = similarity(old, candidate);
                if (score >= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best != null) {
                reworded.add(new RewordedStatement(old, best, redline(old, best)));
                removed.remove(old);
                added.remove(best);
            }
        }
        return new Result(added, removed, reworded);
    }

    static double similarity(String a, String b) {
        Set<String> wordsA = new HashSet<>(words(a.toLowerCase(Locale.ROOT)));
        Set<String> wordsB = new HashSet<>(words(b.toLowerCase(Locale.ROOT)));
        Set<String> union = new HashSet<>(wordsA);
        union.addAll(wordsB);
        wordsA.retainAll(wordsB);
        return union.isEmpty() ? 1 : (double) wordsA.size() / union.size();
    }

    static List<Redline> redline(String from, String to) {
        List<String> oldWords = words(from);
        List<String> newWords = words(to);
        Patch<String> patch = DiffUtils.diff(oldWords, newWords);
        List<Redline> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, "equal", oldWords.subList(position, start));
            add(out, "delete", delta.getSource().getLines());
            add(out, "insert", delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(out, "equal", oldWords.subList(position, oldWords.size()));
        return out;
    }

    private static void add(List<Redline> out, String op, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new Redline(op, String.join(" ", words)));
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
