package dev.ordinal.select;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry of matchmaking strategies by the names users type. Options are name → value
 * strings (as a CLI or a configuration file gives them), e.g. {@code c=0.5} for {@code ksort};
 * every call gives a new strategy.
 */
public final class MatchmakingStrategies {
    /**
     * The strategy to use when nobody chose one: {@code ksort}. On the documented simulations
     * (docs/simulate.md, 20 seeds each) it is the fastest or tied fastest pairwise strategy (1.3×
     * uniform random pairs with online Elo at 20 items, 1.4× at 100) and with K = 4 reaches
     * τ ≥ 0.9 with 4.1× (20 items) and 5.4× (100 items) fewer votes than that baseline, with
     * nearly unbiased ratings; the uncertainty- and Thompson-style strategies converge more slowly.
     * Both K = 4 figures are within seed noise of 5×: over 200 and 100 seeds they are 5.2× and 4.9×,
     * a little ahead of uniform 4-sets at both sizes (docs/simulate.md, "How much of it is seed noise").
     */
    public static final String DEFAULT = "ksort";

    /** Every name {@link #byName} accepts, in the order tools list them. */
    public static final List<String> NAMES = List.of("uniform", "balanced", "ksort", "uncertainty", "info-gain",
            "thompson", "rucb", "dts");

    private static final List<Description> DESCRIPTIONS = List.of(
            new Description("uniform", "uniformly random K-sets (the baseline)", "Chiang et al. 2024, Chatbot Arena",
                    Map.of()),
            new Description("balanced", "least-appearing pivot, least-compared opponents",
                    "count balancing (balanced incomplete blocks)", Map.of()),
            new Description("ksort", "least-appearing pivot, opponents by -|dmu| + c*sqrt(2 ln t / n_pair)",
                    "Li et al. 2024/2025, K-Sort Arena", Map.of("c", "1")),
            new Description("uncertainty", "widest-interval pivot, opponents whose outcome is least predictable",
                    "Lewis & Gale 1994; MacKay 1992 probit approximation", Map.of()),
            new Description("info-gain", "widest-interval pivot, opponents of largest expected information gain",
                    "Houlsby et al. 2011, BALD", Map.of()),
            new Description("thompson", "sampled top K-1 against a challenger from a second draw",
                    "Thompson 1933; Russo 2016, top-two Thompson sampling",
                    Map.of("epsilon", "0.05", "draws", "16")),
            new Description("rucb", "dueling bandit: relative upper confidence bounds from win counts",
                    "Zoghi et al. 2014, RUCB", Map.of("alpha", "0.51")),
            new Description("dts", "dueling bandit: double Thompson sampling from win counts",
                    "Wu & Liu 2016, D-TS", Map.of("alpha", "0.51", "epsilon", "0.05", "draws", "4")));

    /**
     * What {@code --list} shows for one strategy.
     *
     * @param parameters option name → default value
     */
    public record Description(String name, String summary, String source, Map<String, String> parameters) {
        public Description {
            parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        }
    }

    private MatchmakingStrategies() {
    }

    /** Every strategy, in the order of {@link #NAMES}. */
    public static List<Description> descriptions() {
        return DESCRIPTIONS;
    }

    /** A strategy with its defaults. */
    public static MatchmakingStrategy byName(String name) {
        return byName(name, Map.of());
    }

    /** A strategy with the given options; options a strategy does not take are an error. */
    public static MatchmakingStrategy byName(String name, Map<String, String> options) {
        Description description = DESCRIPTIONS.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown matchmaking strategy '" + name
                        + "'; expected one of " + String.join(", ", NAMES)));
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(description.parameters().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("strategy '" + name + "' has no option " + String.join(", ", unknown)
                    + (description.parameters().isEmpty() ? "; it takes none"
                    : "; it takes " + String.join(", ", new TreeSet<>(description.parameters().keySet()))));
        }
        Options values = new Options(name, description.parameters(), options);
        return switch (name) {
            case "uniform" -> new UniformSampling();
            case "balanced" -> new CountBalancing();
            case "ksort" -> new KSortArena(values.real("c"));
            case "uncertainty" -> new UncertaintySampling();
            case "info-gain" -> new InformationGain();
            case "thompson" -> new ThompsonTopK(values.real("epsilon"), values.whole("draws"));
            case "rucb" -> new RelativeUcb(values.real("alpha"));
            case "dts" -> new DoubleThompson(values.real("alpha"), values.real("epsilon"), values.whole("draws"));
            default -> throw new IllegalStateException("registered without a factory: " + name);
        };
    }

    /** Option values given or defaulted, parsed with errors that name the strategy and option. */
    private record Options(String strategy, Map<String, String> defaults, Map<String, String> given) {
        String text(String option) {
            return given.getOrDefault(option, defaults.get(option));
        }

        double real(String option) {
            try {
                return Double.parseDouble(text(option).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + option + " of strategy '" + strategy
                        + "' must be a number, got '" + text(option) + "'");
            }
        }

        int whole(String option) {
            try {
                return Integer.parseInt(text(option).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + option + " of strategy '" + strategy
                        + "' must be a whole number, got '" + text(option) + "'");
            }
        }
    }
}
