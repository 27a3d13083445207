package com.policyledger.sampledocs;

import java.util.List;

/**
 * Plain, hand-written-looking HTML: real headings, paragraphs, lists and tables, so the HTML path of
 * the extractor sees structure rather than one blob of text. Running headers/footers are a print
 * artefact and are left out; {@code @title} becomes the {@code <title>} (and the {@code <h1>} when
 * the body has no {@code #} heading of its own).
 */
final class HtmlWriter {

    private HtmlWriter() {
    }

    static String write(SourceDoc src) {
        String title = Inline.escape(src.setting("title", src.name()));
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n</head>\n<body>\n<main>\n");
        if (!src.hasTitleHeading()) {
            out.append("<h1>").append(title).append("</h1>\n");
        }
        int listLevel = 0;
        List<Block> blocks = src.blocks();
        for (Block block : blocks) {
            int level = block instanceof Block.ListItem item ? item.level() : 0;
            String cls = block instanceof Block.ListItem item && !item.marked() ? " class=\"codes\"" : "";
            while (listLevel < level) {
                out.append("<ul").append(cls).append(">\n");
                listLevel++;
            }
            while (listLevel > level) {
                out.append("</ul>\n");
                listLevel--;
            }
            if (block instanceof Block.Heading h) {
                int tag = h.level();
                out.append("<h").append(tag).append('>').append(Inline.html(h.text())).append("</h").append(tag).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append("<p>").append(Inline.html(p.text())).append("</p>\n");
            } else if (block instanceof Block.ListItem item) {
                out.append("<li>").append(Inline.html(item.text())).append("</li>\n");
            } else if (block instanceof Block.Table t) {
                out.append("<table border=\"1\">\n<thead>\n");
                row(out, t.header(), "th");
                out.append("</thead>\n<tbody>\n");
                t.rows().forEach(r -> row(out, r, "td"));
                out.append("</tbody>\n</table>\n");
            }
        }
        while (listLevel-- > 0) {
            out.append("</ul>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder out, List<String> cells, String tag) {
        out.append("<tr>");
        for (String cell : cells) {
            out.append('<').append(tag).append('>').append(Inline.html(cell)).append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }
}
