package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.select.CheckpointStats;
import dev.ordinal.select.SimulationConfig;
import dev.ordinal.select.SimulationReport;
import dev.ordinal.select.StrategyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what {@code ordinal simulate} found: a side-by-side table at the last checkpoint, the
 * curves as CSV (one row per strategy and checkpoint), or everything as JSON with, per strategy,
 * {@code name}, {@code votes_to_tau_0_9} and {@code speedup_vs_random}. Missing values (Elo has no
 * intervals; a target never reached) are "-" in text and null in JSON.
 */
public final class SimulationWriter {
    private static final String[] CURVE_COLUMNS = {"strategy", "estimator", "k", "votes", "tau", "tau_sd", "top1",
        "top_t", "interval_width", "coverage", "bias", "bias_se", "ipw_bias", "ipw_bias_se"};

    private SimulationWriter() {
    }

    public static void writeTable(SimulationReport report, Writer out) {
        SimulationConfig c = report.config();
        PrintWriter writer = new PrintWriter(out);
        writer.printf("%d items, K=%d, %d votes, %d seeds (from seed %d); voters: tie rate %s, careless %s, "
                + "adversarial %s, intransitive %s%n", c.items(), c.k(), c.votes(), c.seeds(), c.seed(),
                TextCells.fixed(c.tieRate(), 2), TextCells.fixed(c.careless(), 2), TextCells.fixed(c.adversarial(), 2),
                TextCells.fixed(c.intransitive(), 2));
        writer.printf("metrics at %d votes (means over seeds); speedup = votes of %s to reach tau >= 0.9 / the "
                + "strategy's%n%n", c.votes(), report.results().get(0).name());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"strategy", "estimator", "k", "votes_to_tau_0.9", "speedup", "tau", "top1",
            "top" + c.top(), "width95", "coverage95", "bias", "ipw_bias"});
        for (StrategyResult result : report.results()) {
            CheckpointStats last = result.last();
            rows.add(new String[] {result.name(), result.estimator(), Integer.toString(result.k()),
                result.votesToTarget().isPresent() ? Long.toString(result.votesToTarget().getAsLong()) : "> " + c.votes(),
                speedup(result), TextCells.fixed(last.tau(), 3), TextCells.fixed(last.top1(), 2),
                TextCells.fixed(last.topT(), 2), TextCells.fixed(last.intervalWidth(), 3),
                TextCells.fixed(last.coverage(), 3), withError(last.bias(), last.biasSe()),
                withError(last.ipwBias(), last.ipwBiasSe())});
        }
        TextCells.printAligned(writer, rows, 0);
        writer.flush();
    }

    public static void writeCurves(SimulationReport report, Writer out) {
        PrintWriter writer = new PrintWriter(out);
        writer.println(String.join(",", CURVE_COLUMNS));
        for (StrategyResult result : report.results()) {
            for (CheckpointStats s : result.curve()) {
                List<String> cells = new ArrayList<>(List.of(TextCells.csv(result.name()), result.estimator(),
                        Integer.toString(result.k()), Long.toString(s.votes())));
                for (double value : values(s)) {
                    cells.add(Double.isFinite(value) ? TextCells.fixed(value, 6) : "");
                }
                writer.println(String.join(",", cells));
            }
        }
        writer.flush();
    }

    public static void writeJson(SimulationReport report, Writer out) throws IOException {
        SimulationConfig c = report.config();
        ObjectNode root = JsonOutput.object();
        ObjectNode config = root.putObject("config");
        config.put("items", c.items()).put("k", c.k()).put("votes", c.votes()).put("seeds", c.seeds())
                .put("seed", c.seed()).put("spread", c.spread()).put("intransitive", c.intransitive())
                .put("tie_rate", c.tieRate()).put("careless", c.careless()).put("adversarial", c.adversarial())
                .put("refit_every", c.refitEvery()).put("prior_sigma", c.priorSigma()).put("elo_k", c.eloK())
                .put("top", c.top());
        root.put("target_tau", SimulationReport.TARGET_TAU);
        root.put("baseline", report.results().get(0).name());
        ArrayNode strategies = root.putArray("strategies");
        for (StrategyResult result : report.results()) {
            ObjectNode node = strategies.addObject();
            node.put("name", result.name()).put("estimator", result.estimator()).put("k", result.k());
            if (result.votesToTarget().isPresent()) {
                node.put("votes_to_tau_0_9", result.votesToTarget().getAsLong());
            } else {
                node.putNull("votes_to_tau_0_9");
            }
            if (result.speedup().isPresent()) {
                node.put("speedup_vs_random", TextCells.rounded(result.speedup().getAsDouble(), 3));
            } else {
                node.putNull("speedup_vs_random");
            }
            node.put("speedup_is_lower_bound", result.speedupIsLowerBound());
            stats(node.putObject("final"), result.last());
            ArrayNode curve = node.putArray("curve");
            result.curve().forEach(s -> stats(curve.addObject(), s));
        }
        JsonOutput.write(root, out);
    }

    private static void stats(ObjectNode node, CheckpointStats s) {
        node.put("votes", s.votes());
        double[] values = values(s);
        for (int m = 0; m < values.length; m++) {
            String name = CURVE_COLUMNS[4 + m];
            if (Double.isFinite(values[m])) {
                node.put(name, TextCells.rounded(values[m], 6));
            } else {
                node.putNull(name);
            }
        }
    }

    private static double[] values(CheckpointStats s) {
        return new double[] {s.tau(), s.tauSd(), s.top1(), s.topT(), s.intervalWidth(), s.coverage(), s.bias(),
            s.biasSe(), s.ipwBias(), s.ipwBiasSe()};
    }

    private static String speedup(StrategyResult result) {
        if (result.speedup().isEmpty()) {
            return "-";
        }
        return (result.speedupIsLowerBound() ? ">= " : "") + TextCells.fixed(result.speedup().getAsDouble(), 1) + "x";
    }

    private static String withError(double value, double se) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        return TextCells.fixed(value, 3) + (Double.isFinite(se) ? " ± " + TextCells.fixed(se, 3) : "");
    }
}
