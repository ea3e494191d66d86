package dev.ordinal.io.report;

import dev.ordinal.leaderboard.Leaderboard;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two leaderboards side by side, each item's position on the left joined by a line to its position
 * on the right: green when it stands higher on the right, orange when lower, grey when level. An
 * item on one side only is listed in grey with no line.
 *
 * @param leftTitle  the left leaderboard's name, e.g. {@code crowd}
 * @param left       its items, best first
 * @param rightTitle the right leaderboard's name, e.g. {@code gpt4}
 * @param right      its items, best first
 */
public record SlopeChart(String leftTitle, List<String> left, String rightTitle, List<String> right) implements Chart {
    private static final double ROW = 16;
    private static final double FONT = 11;
    private static final double GAP = 150;
    private static final double TOP = 26;
    private static final double MAX_LABEL = 240;
    private static final String INK = "#222222";
    private static final String ALONE = "#999999";
    private static final String UP = "#2a9d3a";
    private static final String DOWN = "#e07b16";
    private static final String LEVEL = "#9a9a9a";

    public SlopeChart {
        Objects.requireNonNull(leftTitle, "leftTitle");
        Objects.requireNonNull(rightTitle, "rightTitle");
        left = List.copyOf(left);
        right = List.copyOf(right);
        requireDistinct(leftTitle, left);
        requireDistinct(rightTitle, right);
    }

    /** Two leaderboards' items in their order, best first. */
    public static SlopeChart of(String leftTitle, Leaderboard left, String rightTitle, Leaderboard right) {
        return new SlopeChart(leftTitle, left.items().stream().map(Leaderboard.Entry::name).toList(), rightTitle,
                right.items().stream().map(Leaderboard.Entry::name).toList());
    }

    private static void requireDistinct(String title, List<String> items) {
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!seen.add(item)) {
                throw new IllegalArgumentException("leaderboard '" + title + "' lists '" + item + "' twice");
            }
        }
    }

    @Override
    public Svg draw() {
        double labelWidth = 40;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            if (i < left.size()) {
                labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL, XmlText.width(label(i, left), FONT) + 8));
            }
            if (i < right.size()) {
                labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL, XmlText.width(label(i, right), FONT) + 8));
            }
        }
        double leftX = labelWidth;
        double rightX = labelWidth + GAP;
        Svg svg = new Svg(rightX + labelWidth, TOP + ROW * Math.max(left.size(), right.size()) + 6);
        svg.text(leftX, 10, leftTitle, Svg.Anchor.END, FONT + 1, INK, "title");
        svg.text(rightX, 10, rightTitle, Svg.Anchor.START, FONT + 1, INK, "title");
        Map<String, Integer> rightPosition = new HashMap<>();
        for (int i = 0; i < right.size(); i++) {
            rightPosition.put(right.get(i), i);
        }
        Set<String> onLeft = new HashSet<>(left);
        for (int i = 0; i < left.size(); i++) {
            Integer j = rightPosition.get(left.get(i));
            if (j != null) {
                String colour = j < i ? UP : j > i ? DOWN : LEVEL;
                svg.line(leftX + 4, y(i), rightX - 4, y(j), colour, 1.5, j < i ? "up" : j > i ? "down" : "level");
            }
            svg.text(leftX - 4, y(i), label(i, left), Svg.Anchor.END, FONT, j == null ? ALONE : INK, "left-label");
        }
        for (int j = 0; j < right.size(); j++) {
            svg.text(rightX + 4, y(j), label(j, right), Svg.Anchor.START, FONT, onLeft.contains(right.get(j)) ? INK : ALONE,
                    "right-label");
        }
        return svg;
    }

    private static double y(int position) {
        return TOP + ROW * (position + 0.5);
    }

    private static String label(int position, List<String> items) {
        return (position + 1) + ". " + items.get(position);
    }
}
