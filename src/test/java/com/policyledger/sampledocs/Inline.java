package com.policyledger.sampledocs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only inline markup: {@code [text](target)} links. Only HTML keeps the target; every other
 * format prints the text, as a printed PDF of a web policy would.
 */
final class Inline {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]*)\\)");

    private Inline() {
    }

    static String plain(String text) {
        return LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            out.append("<a href=\"").append(escape(m.group(2))).append("\">")
                    .append(escape(m.group(1))).append("</a>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
