package com.policyledger.sampledocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a {@link SourceDoc} on Letter pages with a real text layer (Helvetica, WinAnsi).
 * Everything is drawn in reading order (header, body top to bottom and left to right, footer)
 * because Tika extracts PDF text in content-stream order; table rows are drawn line by line
 * across their cells so each row's first line comes out as one text line.
 */
final class PdfRenderer {

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float LEFT = 60;
    private static final float RIGHT = PAGE.getWidth() - 60;
    private static final float TOP = PAGE.getHeight() - 72;
    private static final float BOTTOM = 72;
    private static final float CELL = 8.5f;
    private static final float CELL_LEADING = 10.5f;
    private static final float PAD = 4;

    private final PDDocument doc;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, String> replaced = new HashMap<>();
    /** Body text size; {@code @font-size} raises it (the scanned sample uses 12 pt for OCR). */
    private final float bodySize;
    private final float bodyLeading;
    private PDPageContentStream cs;
    private float y;

    private PdfRenderer(PDDocument doc, float bodySize) {
        this.doc = doc;
        this.bodySize = bodySize;
        this.bodyLeading = bodySize * 1.35f;
    }

    /** Renders a source into a new document with fixed metadata; the caller saves and closes it. */
    static PDDocument render(SourceDoc src) throws IOException {
        PDDocument doc = new PDDocument();
        PdfRenderer r = new PdfRenderer(doc, Float.parseFloat(src.setting("font-size", "10")));
        r.body(src.blocks());
        r.runningText(src);
        Pdfs.stamp(doc, src.setting("title", src.name()), src.created(), src.name());
        if (!r.replaced.isEmpty()) {
            System.err.println(src.name() + ": replaced characters outside WinAnsi: " + r.replaced);
        }
        return doc;
    }

    private void body(List<Block> blocks) throws IOException {
        newPage();
        Block previous = null;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                heading(h);
            } else if (block instanceof Block.Paragraph p) {
                lines(wrap(p.text(), regular, bodySize, RIGHT - LEFT), LEFT, regular);
                y -= 6;
            } else if (block instanceof Block.ListItem item) {
                if (!(previous instanceof Block.ListItem)) {
                    // paragraph-sized gap before a list: Tika then sees the first item as a
                    // paragraph start and treats its wrapped lines as a hanging indent
                    y -= 6;
                }
                listItem(item);
            } else if (block instanceof Block.Table t) {
                new PdfTable(this, t).draw();
                y -= 10;
            } else if (block instanceof Block.PageBreak && y < TOP) {
                newPage();
            }
            previous = block;
        }
        cs.close();
    }

    private void heading(Block.Heading h) throws IOException {
        float size = bodySize + (h.level() == 1 ? 4 : h.level() == 2 ? 1.5f : 0.5f);
        float leading = size * 1.3f;
        List<String> wrapped = wrap(h.text(), bold, size, RIGHT - LEFT);
        if (y < TOP) {
            y -= h.level() == 1 ? 8 : 5;
        }
        // keep a heading together with the first two lines of what follows it
        ensure(wrapped.size() * leading + 2 * bodyLeading);
        for (String line : wrapped) {
            y -= leading;
            show(bold, size, LEFT, y + leading * 0.25f, line);
        }
        y -= 3;
    }

    private void listItem(Block.ListItem item) throws IOException {
        float indent = LEFT + 16 * (item.level() - 1);
        float textX = item.marked() ? indent + 12 : indent;
        List<String> wrapped = wrap(item.text(), regular, bodySize, RIGHT - textX);
        ensure(bodyLeading);
        if (item.marked()) {
            show(regular, bodySize, indent + 2, y - bodyLeading + bodyLeading * 0.25f, "\u2022");
        }
        lines(wrapped, textX, regular);
        y -= 3;
    }

    private void lines(List<String> wrapped, float x, PDFont font) throws IOException {
        for (String line : wrapped) {
            ensure(bodyLeading);
            y -= bodyLeading;
            show(font, bodySize, x, y + bodyLeading * 0.25f, line);
        }
    }

    /** Header first (prepended to the page content), footer last, so extraction order is natural. */
    private void runningText(SourceDoc src) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String n = String.valueOf(i + 1);
            try (PDPageContentStream head = new PDPageContentStream(doc, page, AppendMode.PREPEND, true, true)) {
                cs = head;
                float base = PAGE.getHeight() - 44;
                String left = running(src, "header-left", n, total);
                String right = running(src, "header-right", n, total);
                if (!left.isEmpty() || !right.isEmpty()) {
                    show(bold, 9, LEFT, base, left);
                    show(regular, 9, RIGHT - width(regular, 9, right), base, right);
                    rule(base - 6);
                }
            }
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                cs = foot;
                float base = 40;
                String left = running(src, "footer-left", n, total);
                String center = running(src, "footer-center", n, total);
                String right = running(src, "footer-right", n, total);
                if (!left.isEmpty() || !center.isEmpty() || !right.isEmpty()) {
                    rule(base + 12);
                    show(regular, 8.5f, LEFT, base, left);
                    show(regular, 8.5f, (PAGE.getWidth() - width(regular, 8.5f, center)) / 2, base, center);
                    show(bold, 8.5f, RIGHT - width(bold, 8.5f, right), base, right);
                }
            }
        }
    }

    private String running(SourceDoc src, String key, String page, int total) {
        return src.setting(key, "").replace("{page}", page).replace("{pages}", String.valueOf(total));
    }

    private void rule(float at) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(LEFT, at);
        cs.lineTo(RIGHT, at);
        cs.stroke();
    }

    // ---- helpers shared with PdfTable ----

    PDPageContentStream stream() {
        return cs;
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    float left() {
        return LEFT;
    }

    float usableWidth() {
        return RIGHT - LEFT;
    }

    float cellSize() {
        return CELL;
    }

    float cellLeading() {
        return CELL_LEADING;
    }

    float pad() {
        return PAD;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    void ensure(float height) throws IOException {
        if (!fits(height) && y < TOP) {
            newPage();
        }
    }

    void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Greedy word wrap; a word wider than the line is split by characters. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        String safe = encodable(Inline.plain(text), font);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            while (width(font, size, word) > maxWidth) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** Standard 14 fonts only encode WinAnsi; anything else gets an ASCII stand-in. */
    private String encodable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String sub = switch (c) {
                case '\u2265' -> ">=";
                case '\u2264' -> "<=";
                case '\u00a0' -> " ";
                case '\u2010', '\u2011' -> "-";
                default -> null;
            };
            if (sub == null) {
                try {
                    font.encode(String.valueOf(c));
                    sub = String.valueOf(c);
                } catch (IllegalArgumentException | IOException e) {
                    // e.g. u-ring in an author name: keep the base letter rather than "?"
                    String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                    sub = base.isEmpty() || base.charAt(0) > 0x7e ? "?" : base.substring(0, 1);
                }
            }
            if (sub.length() != 1 || sub.charAt(0) != c) {
                replaced.put(c, sub);
            }
            out.append(sub);
        }
        return out.toString();
    }
}
