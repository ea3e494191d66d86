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
        add("score", "range voting: candidates ranked by total score (needs score ballots)",
                Map.of("missing", "zero (default): a missing score counts 0; ignore: rank by average over the ballots that score"),
                options -> new RangeVoting(options.choice("missing", "zero", "zero", "ignore").equals("ignore")));
        add("star", "Score Then Automatic Runoff: the two highest totals meet in a head-to-head runoff (needs score ballots)",
                Map.of(), options -> new Star());
        add("majority-judgment", "Balinski–Laraki majority judgment: highest median grade, ties by the majority gauge (needs score ballots)",
                Map.of(), options -> new MajorityJudgment());
        add("approval", "approval voting: most approvals win; with --seats k the k most approved",
                ApprovalProfile.APPROVE_TOP_PARAMETER,
                options -> new ApprovalVoting(options.seats(), ApprovalProfile.approveTop(options)));
        add("pav", "proportional approval voting, exact (branch and bound): committee maximising Σ H(approved members)",
                ApprovalProfile.APPROVE_TOP_PARAMETER,
                options -> new ProportionalApproval(options.seats(), ApprovalProfile.approveTop(options)));
        add("seq-pav", "sequential PAV: seats filled one by one by the largest PAV score gain",
                ApprovalProfile.APPROVE_TOP_PARAMETER,
                options -> new SequentialPav(options.seats(), ApprovalProfile.approveTop(options)));
        add("phragmen", "Phragmén's sequential rule: seats filled one by one keeping the largest voter load smallest",
                ApprovalProfile.APPROVE_TOP_PARAMETER,
                options -> new Phragmen(options.seats(), ApprovalProfile.approveTop(options)));
        add("equal-shares", "Method of Equal Shares (unit costs) completed by seq-Phragmén",
                ApprovalProfile.APPROVE_TOP_PARAMETER,
                options -> new EqualShares(options.seats(), ApprovalProfile.approveTop(options)));
        add("stv", "single transferable vote: Droop quota, weighted inclusive Gregory surpluses (Scottish rules, unrounded)",
                Map.of(), options -> new SingleTransferableVote(options.seats()));

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
