package com.policyledger.sampledocs;

import java.util.List;
import java.util.Set;

/**
 * One body element of a sample source. The renderers (PDF, HTML, DOCX, TXT) all walk the same
 * list of blocks, so the formats of one document cannot drift apart.
 */
sealed interface Block {

    /** {@code #}, {@code ##}, {@code ###}: rendered bold (PDF/DOCX) or as h1..h3 (HTML). */
    record Heading(int level, String text) implements Block {
    }

    /** One source line of running text; word-wrapped by the renderer. */
    record Paragraph(String text) implements Block {
    }

    /**
     * A list entry. {@code marked} items ({@code - }) print a bullet; unmarked ones ({@code + })
     * print only their text, like the one-code-per-line CODING lists of real policies, but are
     * still a list in HTML.
     */
    record ListItem(int level, boolean marked, String text) implements Block {
    }

    /**
     * A table; {@code header} is repeated at the top of every page the table runs onto.
     * {@code breaksBefore} holds indexes into {@code rows} where the source forces a page break,
     * which is how a sample pins down "header row repeated because the table was split".
     */
    record Table(List<String> header, List<List<String>> rows, Set<Integer> breaksBefore) implements Block {
    }

    /** {@code @pagebreak} between blocks. */
    record PageBreak() implements Block {
    }
}
