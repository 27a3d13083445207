package com.policyledger.sampledocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws one {@link Block.Table} with cell borders and a shaded header row. Rows never split; a row
 * that does not fit (or a forced {@code @pagebreak}) starts a new page, and the header row is drawn
 * again there, exactly like the split CPT table of the Centene policy.
 */
final class PdfTable {

    private final PdfRenderer page;
    private final Block.Table table;
    private final float[] widths;

    PdfTable(PdfRenderer page, Block.Table table) throws IOException {
        this.page = page;
        this.table = table;
        this.widths = columnWidths();
    }

    void draw() throws IOException {
        List<List<String>> header = cells(table.header(), true);
        float headerHeight = height(header);
        List<List<String>> first = table.rows().isEmpty() ? List.of() : cells(table.rows().get(0), false);
        page.ensure(headerHeight + height(first));
        row(header, true);
        for (int i = 0; i < table.rows().size(); i++) {
            List<List<String>> cells = cells(table.rows().get(i), false);
            if (table.breaksBefore().contains(i) || !page.fits(height(cells))) {
                page.newPage();
                row(header, true);
            }
            row(cells, false);
        }
    }

    /**
     * Water-filling: a column whose widest cell fits in an equal share keeps its natural width, so
     * short cells (codes, dates, statuses) never wrap; the wide text columns share what is left.
     */
    private float[] columnWidths() throws IOException {
        int n = table.header().size();
        float[] natural = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = textWidth(table.header().get(c), true);
            for (List<String> row : table.rows()) {
                natural[c] = Math.max(natural[c], textWidth(cell(row, c), false));
            }
            natural[c] += 2 * page.pad() + 1;
        }
        float[] widths = new float[n];
        boolean[] fixed = new boolean[n];
        float remaining = page.usableWidth();
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float share = remaining / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    widths[c] = natural[c];
                    remaining -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        float openNatural = 0;
        for (int c = 0; c < n; c++) {
            openNatural += fixed[c] ? 0 : natural[c];
        }
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                widths[c] = remaining * natural[c] / openNatural;
            }
        }
        if (open == 0) {
            // everything fits: stretch the last column so the table spans the text width
            widths[n - 1] += remaining;
        }
        return widths;
    }

    private float textWidth(String text, boolean bold) throws IOException {
        List<String> oneLine = page.wrap(text, page.font(bold), page.cellSize(), Float.MAX_VALUE);
        return page.width(page.font(bold), page.cellSize(), oneLine.get(0));
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    private List<List<String>> cells(List<String> row, boolean bold) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            out.add(page.wrap(cell(row, c), page.font(bold), page.cellSize(), widths[c] - 2 * page.pad()));
        }
        return out;
    }

    private float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * page.cellLeading() + 2 * page.pad();
    }

    private void row(List<List<String>> cells, boolean bold) throws IOException {
        PDPageContentStream cs = page.stream();
        float h = height(cells);
        float top = page.y();
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        if (bold) {
            cs.setNonStrokingColor(0.87f);
            cs.addRect(page.left(), top - h, tableWidth, h);
            cs.fill();
            cs.setNonStrokingColor(0f);
        }
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        PDFont font = page.font(bold);
        for (int line = 0; line < lines; line++) {
            float baseline = top - page.pad() - (line + 1) * page.cellLeading() + page.cellLeading() * 0.25f;
            float x = page.left();
            for (int c = 0; c < widths.length; c++) {
                if (line < cells.get(c).size()) {
                    page.show(font, page.cellSize(), x + page.pad(), baseline, cells.get(c).get(line));
                }
                x += widths[c];
            }
        }
        cs.setLineWidth(0.5f);
        float x = page.left();
        for (float w : widths) {
            cs.addRect(x, top - h, w, h);
            x += w;
        }
        cs.stroke();
        page.moveDown(h);
    }
}
