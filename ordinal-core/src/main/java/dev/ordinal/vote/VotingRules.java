package dev.ordinal.vote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The registry of voting rules by the names users type; {@code ordinal vote --list} prints it. */
public final class VotingRules {
    /**
     * A registered rule: its name, a one-line summary, the parameters it accepts (name → what it
     * means), and how to build it from options.
     */
    public record Entry(String name, String summary, Map<String, String> parameters,
            Function<RuleOptions, VotingRule> factory) {
        public VotingRule create(RuleOptions options) {
            Set<String> unknown = new TreeSet<>(options.parameters().keySet());
            unknown.removeAll(parameters.keySet());
            if (!unknown.isEmpty()) {
                throw new VoteException("rule '" + name + "' takes no parameter " + String.join(", ", unknown)
                        + (parameters.isEmpty() ? " (it takes none)" : "; it takes " + String.join(", ", parameters.keySet())));
            }
            return factory.apply(options);
        }

        public Set<Trait> traits() {
            return factory.apply(RuleOptions.defaults()).traits();
        }
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        // scoring and sequential rules
        add("plurality", "one point for each ballot's first choice", Map.of(), options -> new Plurality());

        // Condorcet family

        // Kemeny, Slater and maximal lotteries

        // cardinal and multi-winner rules

        // statistical models
        Map<String, String> prior = Map.of("prior", "σ of the N(0, σ²) log-strength prior used when no finite MLE exists (default 4)");
        add("bradley-terry", "Bradley–Terry strengths fitted to the pairwise comparisons the ballots imply", prior,
                options -> StrengthModelRule.bradleyTerry(options.number("prior", 4)));
        add("plackett-luce", "Plackett–Luce strengths fitted to the ballots as (top-k) rankings", prior,
                options -> StrengthModelRule.plackettLuce(options.number("prior", 4)));
    }

    private VotingRules() {
    }

    private static void add(String name, String summary, Map<String, String> parameters,
            Function<RuleOptions, VotingRule> factory) {
        if (ENTRIES.put(name, new Entry(name, summary, new LinkedHashMap<>(parameters), factory)) != null) {
            throw new IllegalStateException("rule " + name + " registered twice");
        }
    }

    /** Every registered rule, in registry order. */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    public static Entry entry(String name) {
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new VoteException("unknown rule '" + name + "'; `ordinal vote --list` lists them: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return entry;
    }

    public static VotingRule create(String name, RuleOptions options) {
        return entry(name).create(options);
    }

    public static VotingRule create(String name) {
        return create(name, RuleOptions.defaults());
    }
}
