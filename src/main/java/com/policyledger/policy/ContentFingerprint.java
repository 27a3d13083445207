package com.policyledger.policy;

import com.policyledger.extract.Extraction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * What makes two publications of a policy the same version: the same dates, product lines, codes
 * with their determinations and statements. Layout, file format and file name do not count.
 */
final class ContentFingerprint {

    private ContentFingerprint() {
    }

    static String of(Extraction e) {
        StringBuilder canonical = new StringBuilder()
                .append(e.effectiveDate()).append('|').append(e.lastReviewedDate()).append('|')
                .append(e.productLineSet()).append('\n');
        e.codes().stream()
                .map(c -> c.code() + ":" + c.determination() + ":" + c.productLines().stream().sorted().toList())
                .sorted().forEach(line -> canonical.append(line).append('\n'));
        e.ranges().forEach(r -> canonical.append(r.from()).append('-').append(r.to()).append('\n'));
        // Statements as the diff sees them: distinct texts, order aside (a sentence repeated under two
        // headings, or laid out in another order in HTML than in PDF, is not a new version).
        canonical.append(e.statements().stream().map(s -> s.text().replaceAll("\\s+", " ").trim()).distinct()
                .sorted().collect(Collectors.joining("\n")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
