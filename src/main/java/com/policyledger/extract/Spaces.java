package com.policyledger.extract;

/**
 * Whitespace collapsed as {@code Pattern.compile("\\s+").matcher(s).replaceAll(" ")} would, without a
 * regular expression: snippets and heading tests do it for many lines of every document.
 */
final class Spaces {

    private Spaces() {
    }

    /** Each run of {@code \s} characters (space, tab, line feed, vertical tab, form feed, carriage return) as one space. */
    static String collapse(String s) {
        int i = 0;
        // Most lines have no run to collapse: return them as they are.
        while (i < s.length() && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (!isSpace(c)) {
                out.append(c);
                continue;
            }
            out.append(' ');
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
