package dev.ordinal.io;

import dev.ordinal.select.CheckpointStats;
import dev.ordinal.select.SimulationReport;
import dev.ordinal.select.StrategyResult;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained SVG of Kendall τ against votes (log scale), one line per strategy: the mean
 * over seeds with a band of ± one standard deviation, a dashed line at the τ = 0.9 target, and a
 * legend with each strategy's speedup.
 */
public final class SimulationPlot {
    private static final String[] COLOURS = {"#444444", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#17becf", "#bcbd22"};
    private static final double WIDTH = 760;
    private static final double HEIGHT = 460;
    private static final double LEFT = 60;
    private static final double RIGHT = 200;
    private static final double TOP = 40;
    private static final double BOTTOM = 50;

    private SimulationPlot() {
    }

    public static void write(SimulationReport report, Writer out) {
        PrintWriter svg = new PrintWriter(out);
        List<StrategyResult> results = report.results();
        double minVotes = results.get(0).curve().get(0).votes();
        double maxVotes = report.config().votes();
        double logMin = Math.log10(Math.max(1, minVotes));
        double logMax = Math.max(Math.log10(maxVotes), logMin + 1e-9);
        double tauMin = 0;
        for (StrategyResult result : results) {
            for (CheckpointStats s : result.curve()) {
                tauMin = Math.min(tauMin, Math.floor((s.tau() - s.tauSd()) * 5) / 5);
            }
        }
        double yMin = Math.max(-1, tauMin);
        Axis axis = new Axis(logMin, logMax, yMin);
        svg.printf(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT);
        svg.printf(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n", WIDTH, HEIGHT);
        var c = report.config();
        svg.printf(Locale.ROOT, "<text x=\"%.0f\" y=\"22\" font-size=\"14\">Kendall τ vs votes: %d items, K=%d, "
                + "%d seeds (mean ± sd)</text>%n", LEFT, c.items(), c.k(), c.seeds());
        for (int e = (int) Math.ceil(logMin); e <= Math.floor(logMax); e++) {
            double x = axis.x(Math.pow(10, e));
            svg.printf(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", x,
                    TOP, x, HEIGHT - BOTTOM);
            svg.printf(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", x,
                    HEIGHT - BOTTOM + 16, label((long) Math.pow(10, e)));
        }
        for (double tau = Math.ceil(yMin * 5) / 5; tau <= 1.0001; tau += 0.2) {
            double y = axis.y(tau);
            svg.printf(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", LEFT,
                    y, WIDTH - RIGHT, y);
            svg.printf(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", LEFT - 6, y + 4, tau);
        }
        double target = axis.y(SimulationReport.TARGET_TAU);
        svg.printf(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888888\" "
                + "stroke-dasharray=\"5,4\"/>%n", LEFT, target, WIDTH - RIGHT, target);
        svg.printf(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#333333\"/>%n", LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        svg.printf(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">votes (log scale)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12);
        svg.printf(Locale.ROOT, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">Kendall τ "
                + "against the truth</text>%n", (TOP + HEIGHT - BOTTOM) / 2);
        for (int r = 0; r < results.size(); r++) {
            StrategyResult result = results.get(r);
            String colour = COLOURS[r % COLOURS.length];
            StringBuilder band = new StringBuilder();
            StringBuilder line = new StringBuilder();
            List<CheckpointStats> curve = result.curve();
            for (CheckpointStats s : curve) {
                band.append(point(axis, s.votes(), upper(s)));
                line.append(point(axis, s.votes(), s.tau()));
            }
            for (int p = curve.size() - 1; p >= 0; p--) {
                band.append(point(axis, curve.get(p).votes(), lower(curve.get(p), yMin)));
            }
            svg.printf("<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"0.15\" stroke=\"none\"/>%n",
                    band.toString().trim(), colour);
            svg.printf("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    line.toString().trim(), colour, r == 0 ? " stroke-dasharray=\"6,3\"" : "");
            double legendY = TOP + 10 + 20 * r;
            svg.printf(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"2\"/>%n", WIDTH - RIGHT + 12, legendY, WIDTH - RIGHT + 32, legendY, colour);
            String speedup = result.speedup().isPresent()
                    ? " (" + (result.speedupIsLowerBound() ? "≥" : "") + TextCells.fixed(result.speedup().getAsDouble(), 1)
                    + "×)" : "";
            svg.printf(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s%s</text>%n", WIDTH - RIGHT + 38, legendY + 4,
                    escape(result.name()), speedup);
        }
        svg.println("</svg>");
        svg.flush();
    }

    private static double upper(CheckpointStats s) {
        return Math.min(1, s.tau() + (Double.isFinite(s.tauSd()) ? s.tauSd() : 0));
    }

    private static double lower(CheckpointStats s, double floor) {
        return Math.max(floor, s.tau() - (Double.isFinite(s.tauSd()) ? s.tauSd() : 0));
    }

    private static String point(Axis axis, long votes, double tau) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", axis.x(votes), axis.y(tau));
    }

    private static String label(long value) {
        return value >= 1_000_000 ? value / 1_000_000 + "M" : value >= 1000 ? value / 1000 + "k" : Long.toString(value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Data to picture coordinates. */
    private record Axis(double logMin, double logMax, double yMin) {
        double x(double votes) {
            return LEFT + (Math.log10(Math.max(votes, 1)) - logMin) / (logMax - logMin) * (WIDTH - LEFT - RIGHT);
        }

        double y(double tau) {
            return HEIGHT - BOTTOM - (tau - yMin) / (1 - yMin) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
