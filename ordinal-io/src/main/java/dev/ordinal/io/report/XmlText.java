package dev.ordinal.io.report;

import java.util.Locale;

/**
 * Text and numbers as they go into the report's markup. Escaping covers both HTML and XML (the
 * report is well-formed XML apart from its doctype), so that any label, however hostile, stays text.
 */
public final class XmlText {
    private XmlText() {
    }

    /**
     * {@code text} with {@code & < > " '} as character references, and the control characters XML 1.0
     * forbids (and lone surrogates) replaced by U+FFFD, so the result is safe in element content and in
     * quoted attribute values.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xFFFE || c == 0xFFFF) {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A coordinate: one decimal, locale-independent, "-0.0" written as "0.0". */
    static String coordinate(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text;
    }

    /** A value as the reader sees it: fixed decimals, locale-independent; "–" when not finite. */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "\u2013";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    /** About how wide {@code text} is in the report's sans-serif font at {@code size} pixels. */
    static double width(String text, double size) {
        return text.length() * size * 0.58;
    }
}
