package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.select.Simulation;
import dev.ordinal.select.SimulationConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A matchmaking simulation as a user asks for it: the strategies of {@link Registries#strategies()}
 * to compare with the online-Elo baseline, and the simulated arena.
 *
 * @param config     the simulated arena, voters and fits
 * @param strategies strategy names, in output order
 */
public record SimulateRequest(SimulationConfig config, List<String> strategies) {
    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("items", 20, Range.atLeast(2), "items"),
            Parameter.integer("k", 2, Range.atLeast(2), "items per battle for the strategies; the baseline is "
                    + "pairwise"),
            Parameter.integer("votes", 10_000, Range.atLeast(1), "votes per run"),
            Parameter.integer("seeds", 10, Range.atLeast(1), "independent repetitions"),
            Parameter.text("strategies", "strategies to compare with the baseline, comma-separated (default: every "
                    + "strategy of 'ordinal list strategy')"),
            Parameter.integer("checkpoints", 30, Range.atLeast(1), "vote counts to measure at, spaced geometrically "
                    + "up to votes"),
            Parameter.real("tie-rate", 0, Range.closedOpen(0, 1), "tie probability between equally strong items"),
            Parameter.real("careless", 0, Range.closed(0, 1), "fraction of votes in a uniformly random order"),
            Parameter.real("adversarial", 0, Range.closed(0, 1), "fraction of votes reversed"),
            Parameter.real("intransitive", 0, Range.atLeast(0), "scale of the random skew-symmetric term added to "
                    + "pairwise log-odds"),
            Parameter.real("spread", 1, Range.atLeast(0), "standard deviation of the true log-strengths"),
            Parameter.optionalInteger("refit-every", Range.atLeast(1), "refresh the estimates strategies see every "
                    + "B votes (default: items / 2)"),
            Parameter.optionalReal("prior-sigma", Range.above(0), "prior σ of the Bradley-Terry MAP fit (default: "
                    + "the spread, or 1 when it is 0)"),
            Parameter.real("elo-k", 4, Range.above(0), "K of the online-Elo baseline (the Chatbot Arena's)"),
            Parameter.optionalInteger("top", Range.atLeast(1), "size of the top set for top-t accuracy and bias "
                    + "(default: 5, or all items if fewer)"),
            Parameter.seed("seed", 1, "seed of the first repetition; repetition r uses seed + r"),
            Parameter.optionalInteger("threads", Range.atLeast(1), "worker threads (default: every core); results "
                    + "do not depend on it"));

    public SimulateRequest {
        strategies = List.copyOf(strategies);
        for (String strategy : strategies) {
            if (!Registries.strategies().contains(strategy)) {
                throw new InvalidParameterException("strategies", strategy, "names of 'ordinal list strategy': "
                        + String.join(", ", Registries.strategies().names()));
            }
        }
    }

    public static SimulateRequest parse(Map<String, String> given) {
        Settings s = Settings.parse("simulate", PARAMETERS, given);
        int items = s.integer("items");
        if (s.integer("k") > items) {
            throw new UnsupportedCombinationException(List.of("k", "items"), "k must not exceed items, got k="
                    + s.integer("k") + " and items=" + items);
        }
        if (s.optionalInteger("top").orElse(1) > items) {
            throw new UnsupportedCombinationException(List.of("top", "items"), "top must not exceed items, got top="
                    + s.optionalInteger("top").get() + " and items=" + items);
        }
        if (s.real("careless") + s.real("adversarial") > 1) {
            throw new UnsupportedCombinationException(List.of("careless", "adversarial"), "careless and adversarial "
                    + "fractions must sum to at most 1");
        }
        double spread = s.real("spread");
        SimulationConfig config = SimulationConfig.of(items, s.integer("k"), s.integer("votes"), s.integer("seeds"))
                .withSeed(s.whole("seed")).withSpread(spread)
                .withVoters(s.real("tie-rate"), s.real("careless"), s.real("adversarial"), s.real("intransitive"))
                .withFitting(s.optionalInteger("refit-every").orElse(Math.max(1, items / 2)),
                        s.optionalReal("prior-sigma").orElse(spread > 0 ? spread : 1), s.real("elo-k"))
                .withReporting(s.integer("checkpoints"), s.optionalInteger("top").orElse(Math.min(5, items)),
                        s.optionalInteger("threads").orElse(Runtime.getRuntime().availableProcessors()));
        List<String> strategies = s.optionalText("strategies")
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList())
                .orElse(Registries.strategies().names());
        return new SimulateRequest(config, strategies);
    }

    /** The simulation, drawing its strategies from the registry. */
    public Simulation simulation() {
        return new Simulation(config, Registries.strategies()::create);
    }
}
