package com.policyledger.sampledocs;

/**
 * Plain text in the shape of the seed texts: one paragraph per line, blank lines between blocks,
 * tables as tab-separated rows. A forced page break inside a table repeats the header row, which
 * is what copying text out of a multi-page PDF table gives you.
 */
final class TextWriter {

    private TextWriter() {
    }

    static String write(SourceDoc src) {
        StringBuilder out = new StringBuilder();
        for (Block block : src.blocks()) {
            if (block instanceof Block.Heading h) {
                out.append(Inline.plain(h.text())).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append(Inline.plain(p.text())).append("\n\n");
            } else if (block instanceof Block.ListItem item) {
                String indent = " ".repeat(item.level() - 1);
                out.append(indent).append(item.marked() ? "- " : "").append(Inline.plain(item.text())).append("\n\n");
            } else if (block instanceof Block.Table t) {
                out.append(String.join("\t", t.header())).append('\n');
                for (int i = 0; i < t.rows().size(); i++) {
                    if (t.breaksBefore().contains(i)) {
                        out.append('\n').append(String.join("\t", t.header())).append('\n');
                    }
                    out.append(Inline.plain(String.join("\t", t.rows().get(i)))).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }
}
