package com.policyledger.sampledocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed sample source ({@code src/samples/sources/NAME.txt}). The markup is line based, see
 * sample-docs/README.md:
 * <pre>
 * @key: value        settings (title, formats, created, font-size, header-left/right,
 *                    footer-left/center/right; {page} and {pages} in running text)
 * %% text            comment, ignored
 * # / ## / ### text  heading
 * - text / "  - "    bulleted list item (indent = nesting)
 * + text             list item printed without a bullet
 * | a | b |          table row; the first row of a run of rows is the header
 * @pagebreak         page break; inside a table the table continues with its header repeated
 * other line         a paragraph
 * </pre>
 */
record SourceDoc(String name, Map<String, String> settings, List<Block> blocks) {

    static SourceDoc parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> settings = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        TableBuilder table = null;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.startsWith("|")) {
                if (table == null) {
                    table = new TableBuilder();
                }
                table.row(line);
                continue;
            }
            if (line.equals("@pagebreak") && table != null) {
                table.breakHere();
                continue;
            }
            if (table != null) {
                blocks.add(table.build());
                table = null;
            }
            if (line.isBlank() || line.startsWith("%%")) {
                continue;
            }
            if (line.equals("@pagebreak")) {
                blocks.add(new Block.PageBreak());
            } else if (line.startsWith("@")) {
                int colon = line.indexOf(':');
                settings.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
            } else if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                blocks.add(new Block.Heading(level, line.substring(level + 1).trim()));
            } else if (line.stripLeading().startsWith("- ") || line.startsWith("+ ")) {
                int indent = line.length() - line.stripLeading().length();
                String body = line.stripLeading();
                blocks.add(new Block.ListItem(1 + (indent + 1) / 2, body.startsWith("-"), body.substring(2).trim()));
            } else {
                blocks.add(new Block.Paragraph(line.trim()));
            }
        }
        if (table != null) {
            blocks.add(table.build());
        }
        return new SourceDoc(name, settings, blocks);
    }

    /** True if the body has its own {@code #} title; otherwise HTML/DOCX print {@code @title} as one. */
    boolean hasTitleHeading() {
        return blocks.stream().anyMatch(b -> b instanceof Block.Heading h && h.level() == 1);
    }

    String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    List<String> formats() {
        return Arrays.asList(setting("formats", "pdf").split("\\s+"));
    }

    /** Fixed creation date: PDF/DOCX metadata must not change from run to run. */
    Instant created() {
        return Instant.parse(setting("created", "2025-01-01T00:00:00Z"));
    }

    /** Collects {@code | a | b |} rows; markdown separator rows ({@code |---|}) are skipped. */
    private static final class TableBuilder {
        private List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final Set<Integer> breaks = new LinkedHashSet<>();

        void row(String line) {
            String inner = line.trim();
            inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("\\|", -1)) {
                cells.add(cell.trim());
            }
            if (cells.stream().allMatch(c -> c.matches(":?-{3,}:?"))) {
                return;
            }
            if (header == null) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }

        void breakHere() {
            breaks.add(rows.size());
        }

        Block.Table build() {
            return new Block.Table(header, List.copyOf(rows), Set.copyOf(breaks));
        }
    }
}
