package dev.ordinal.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Style features of one answer text, as the Chatbot Arena style control counts them (T. Li,
 * A. Angelopoulos, W.-L. Chiang, "Does style matter? Disentangling style and substance in Chatbot
 * Arena", LMSYS blog, 29 Aug 2024): length, markdown headers, list items and bold spans, plus
 * fenced code blocks. Markdown is counted line by line, outside fenced code blocks (as FastChat
 * strips code before counting, so that a {@code #} comment in code is not a header):
 * <ul>
 *   <li>a header is an ATX heading: up to three spaces, one to six {@code #}, then a space, a
 *   tab or the end of the line (CommonMark 0.31, section 4.2);</li>
 *   <li>a list item is a line whose first non-blank text is {@code -}, {@code *} or {@code +},
 *   or one to nine digits then {@code .} or {@code )}, followed by a space and some text; a
 *   thematic break such as {@code - - -} or {@code ***} is not one;</li>
 *   <li>a bold span is {@code **text**} or {@code __text__} on one line, the text neither
 *   starting nor ending with a space;</li>
 *   <li>a code block is a fence line of three or more backticks or tildes, up to the closing
 *   fence of the same character (or the end of the text, as CommonMark reads an unclosed fence).</li>
 * </ul>
 * Length is given two ways. {@code tokens} counts maximal runs of letters and digits as one token
 * each and every other non-blank character as a token of its own: close to a word-piece
 * tokenizer's count for English prose (the Arena counts tiktoken tokens), and needing no
 * vocabulary. {@code characters} counts Unicode code points, blanks included. Cost: O(length).
 *
 * @param tokens     word and punctuation tokens
 * @param characters Unicode code points
 * @param headers    markdown ATX headers
 * @param listItems  ordered and unordered list items
 * @param boldSpans  bold spans
 * @param codeBlocks fenced code blocks
 */
public record AnswerFeatures(int tokens, int characters, int headers, int listItems, int boldSpans, int codeBlocks) {
    private static final Pattern HEADER = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S.*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\s](?:[^*\\n]*[^*\\s])?\\*\\*|__[^_\\s](?:[^_\\n]*[^_\\s])?__");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

    public AnswerFeatures {
        if (tokens < 0 || characters < 0 || headers < 0 || listItems < 0 || boldSpans < 0 || codeBlocks < 0) {
            throw new IllegalArgumentException("feature counts cannot be negative");
        }
    }

    /** The features of {@code text}. */
    public static AnswerFeatures of(String text) {
        int headers = 0;
        int listItems = 0;
        int boldSpans = 0;
        int codeBlocks = 0;
        String openFence = null;
        for (String line : text.split("\\R", -1)) {
            Matcher fence = FENCE.matcher(line);
            if (openFence != null) {
                if (fence.matches() && fence.group(1).charAt(0) == openFence.charAt(0)
                        && fence.group(1).length() >= openFence.length() && line.strip().equals(fence.group(1))) {
                    openFence = null;
                }
                continue;
            }
            if (fence.matches()) {
                openFence = fence.group(1);
                codeBlocks++;
                continue;
            }
            if (HEADER.matcher(line).matches()) {
                headers++;
            } else if (LIST_ITEM.matcher(line).matches() && !THEMATIC_BREAK.matcher(line).matches()) {
                listItems++;
            }
            Matcher bold = BOLD.matcher(line);
            while (bold.find()) {
                boldSpans++;
            }
        }
        return new AnswerFeatures(tokens(text), text.codePointCount(0, text.length()), headers, listItems, boldSpans,
                codeBlocks);
    }

    private static int tokens(String text) {
        int tokens = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    tokens++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
