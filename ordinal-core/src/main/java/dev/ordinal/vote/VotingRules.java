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
        add("kemeny", "the order agreeing with the most pairwise preferences (Kemeny–Young), exact per majority component",
                LinearOrdering.PARAMETERS, options -> new Kemeny(LinearOrdering.of(options)));
        add("slater", "the order contradicting the fewest pairwise majorities", LinearOrdering.PARAMETERS,
                options -> new Slater(LinearOrdering.of(options)));
        add("maximal-lottery", "the lottery no other lottery beats in expected majority (Fishburn)",
                Map.of("margins", "sign: the game of majority signs, C1 (default); margins: the margins themselves"),
                options -> new MaximalLottery(options.choice("margins", "sign", "sign", "margins").equals("margins")));

        // cardinal and multi-winner rules

        // statistical models
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
