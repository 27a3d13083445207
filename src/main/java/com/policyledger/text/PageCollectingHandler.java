package com.policyledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML events into plain text per page. PDF parsers wrap each page in
 * {@code <div class="page">} (and OCR output in {@code <div class="ocr">}); formats without pages
 * produce one page (or one per form feed).
 */
final class PageCollectingHandler extends DefaultHandler {

    private static final Set<String> LINE_BREAKING = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "ul", "ol", "dt", "dd", "pre", "blockquote", "title");

    private final List<StringBuilder> pages = new ArrayList<>();
    private final List<Boolean> ocrPages = new ArrayList<>();
    private final StringBuilder outsidePages = new StringBuilder();
    private StringBuilder current;
    private int pageDepth;
    private int depth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        String cssClass = atts.getValue("class");
        if ("div".equals(localName) && "page".equals(cssClass) && current == null) {
            current = new StringBuilder();
            pages.add(current);
            ocrPages.add(false);
            pageDepth = depth;
        } else if ("div".equals(localName) && "ocr".equals(cssClass) && current != null) {
            ocrPages.set(ocrPages.size() - 1, true);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (current != null && depth == pageDepth && "div".equals(localName)) {
            current = null;
        } else if ("td".equals(localName) || "th".equals(localName)) {
            append("\t");
        } else if (LINE_BREAKING.contains(localName)) {
            append("\n");
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        target().append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        target().append(ch, start, length);
    }

    private void append(String s) {
        target().append(s);
    }

    private StringBuilder target() {
        return current != null ? current : outsidePages;
    }

    /**
     * The pages' raw text. Unpaged formats are one page, unless form feeds split them (plain text
     * made by pdftotext and similar tools keeps its page breaks that way).
     */
    List<String> pageTexts() {
        if (pages.isEmpty()) {
            return List.of(outsidePages.toString().split("\f", -1));
        }
        return pages.stream().map(StringBuilder::toString).toList();
    }

    boolean isOcr(int pageIndex) {
        return pageIndex < ocrPages.size() && ocrPages.get(pageIndex);
    }
}
