package dev.ordinal.vote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        add("borda", "Borda count: m−1 points for a first place, down to 0 for the last",
                Map.of("truncated", PositionalScoring.TRUNCATED_PARAMETER),
                options -> PositionalScoring.borda(PositionalScoring.truncated(options)));
        add("dowdall", "Dowdall (Nauru): 1, 1/2, 1/3, ... points by position",
                Map.of("truncated", PositionalScoring.TRUNCATED_PARAMETER),
                options -> PositionalScoring.dowdall(PositionalScoring.truncated(options)));
        add("anti-plurality", "one point for every candidate but each ballot's last-ranked (veto)",
                Map.of("truncated", PositionalScoring.TRUNCATED_PARAMETER),
                options -> PositionalScoring.antiPlurality(PositionalScoring.truncated(options)));
        add("positional", "points by position from a given non-increasing score vector",
                Map.of("scores", "points by position, best first, one per candidate (e.g. 3,2,1,0); Borda's when absent",
                        "truncated", PositionalScoring.TRUNCATED_PARAMETER),
                options -> options.numbers("scores") == null
                        ? PositionalScoring.positional(PositionalScoring.truncated(options))
                        : PositionalScoring.positional(options.numbers("scores"), PositionalScoring.truncated(options)));
        add("irv", "instant runoff: eliminate the fewest first choices until a majority", Map.of(),
                options -> new InstantRunoff());
        add("coombs", "eliminate the most last places until a majority of first choices", Map.of(),
                options -> new Coombs());
        add("baldwin", "eliminate the lowest Borda score, recounting each round", Map.of(), options -> new Baldwin());
        add("nanson-strict", "eliminate every Borda score below the mean, recounting each round", Map.of(),
                options -> new Nanson(true));
        add("nanson-weak", "eliminate every Borda score at or below the mean, recounting each round", Map.of(),
                options -> new Nanson(false));
        add("bucklin", "add ranks until someone has a majority; most votes then win", Map.of(), options -> new Bucklin());
        add("plurality-runoff", "the top two by first choices (all tied ones) go to a runoff", Map.of(),
                options -> new PluralityRunoff());

        // Condorcet family
        add("condorcet", "the Condorcet winner if there is one, else every candidate ties", Map.of(),
                options -> new Condorcet());
        add("copeland", "pairwise wins plus a score for each pairwise tie",
                Map.of("tie", "score of a pairwise tie, between 0 and 1 (default 0.5)"),
                options -> new Copeland(options.number("tie", 0.5)));
        add("llull", "Copeland where a pairwise tie counts as a win", Map.of(), options -> Copeland.llull());
        add("minimax", "the weakest worst pairwise defeat (Simpson–Kramer)",
                Map.of("strength", "margins (default) or winning-votes"),
                options -> new Minimax(DefeatStrength.parse(options, DefeatStrength.MARGINS)));
        add("schulze", "beat paths: strongest paths of pairwise defeats",
                Map.of("strength", "winning-votes (default) or margins"),
                options -> new Schulze(DefeatStrength.parse(options, DefeatStrength.WINNING_VOTES)));
        add("ranked-pairs", "Tideman: lock pairs by decreasing margin unless they close a cycle", Map.of(),
                options -> new RankedPairs());
        add("split-cycle", "undefeated once the weakest margins of every majority cycle are cut", Map.of(),
                options -> new SplitCycle());
        add("black", "the Condorcet winner if there is one, else the Borda winners", Map.of(), options -> new Black());
        add("smith", "the Smith set: the smallest set that beats everyone outside it", Map.of(),
                options -> new Smith());
        add("schwartz", "the Schwartz set: the union of minimal undominated sets", Map.of(),
                options -> new Schwartz());
        add("uncovered", "the uncovered set (Gillies covering)", Map.of(), options -> new UncoveredSet());
        add("top-cycle", "the top cycle of the weak majority relation (the Smith set)", Map.of(),
                options -> Smith.topCycle());

        // Kemeny, Slater and maximal lotteries
        add("kemeny", "the order agreeing with the most pairwise preferences (Kemeny–Young), exact per majority component",
                LinearOrdering.PARAMETERS, options -> new Kemeny(LinearOrdering.of(options)));
        add("slater", "the order contradicting the fewest pairwise majorities", LinearOrdering.PARAMETERS,
                options -> new Slater(LinearOrdering.of(options)));
        add("maximal-lottery", "the lottery no other lottery beats in expected majority (Fishburn)",
                Map.of("margins", "sign: the game of majority signs, C1 (default); margins: the margins themselves"),
                options -> new MaximalLottery(options.choice("margins", "sign", "sign", "margins").equals("margins")));

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
        add("bradley-terry", "Bradley–Terry strengths fitted to the pairwise comparisons the ballots imply",
                StrengthModelRule.PARAMETERS, StrengthModelRule::bradleyTerry);
        add("plackett-luce", "Plackett–Luce strengths fitted to the ballots as (top-k) rankings",
                StrengthModelRule.PARAMETERS, StrengthModelRule::plackettLuce);
    }

    private VotingRules() {
    }

    private static void add(String name, String summary, Map<String, String> parameters,
            Function<RuleOptions, VotingRule> factory) {
        if (ENTRIES.put(name, new Entry(name, summary, new TreeMap<>(parameters), factory)) != null) {
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
