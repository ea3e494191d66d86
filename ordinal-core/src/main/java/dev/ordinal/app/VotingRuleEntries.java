package dev.ordinal.app;

import dev.ordinal.vote.ApprovalVoting;
import dev.ordinal.vote.Baldwin;
import dev.ordinal.vote.Black;
import dev.ordinal.vote.Bucklin;
import dev.ordinal.vote.Condorcet;
import dev.ordinal.vote.Coombs;
import dev.ordinal.vote.Copeland;
import dev.ordinal.vote.DefeatStrength;
import dev.ordinal.vote.EqualShares;
import dev.ordinal.vote.InstantRunoff;
import dev.ordinal.vote.Kemeny;
import dev.ordinal.vote.MajorityJudgment;
import dev.ordinal.vote.MaximalLottery;
import dev.ordinal.vote.Minimax;
import dev.ordinal.vote.Nanson;
import dev.ordinal.vote.Phragmen;
import dev.ordinal.vote.Plurality;
import dev.ordinal.vote.PluralityRunoff;
import dev.ordinal.vote.PositionalScoring;
import dev.ordinal.vote.ProportionalApproval;
import dev.ordinal.vote.RangeVoting;
import dev.ordinal.vote.RankedPairs;
import dev.ordinal.vote.Schulze;
import dev.ordinal.vote.Schwartz;
import dev.ordinal.vote.SequentialPav;
import dev.ordinal.vote.SingleTransferableVote;
import dev.ordinal.vote.Slater;
import dev.ordinal.vote.Smith;
import dev.ordinal.vote.SplitCycle;
import dev.ordinal.vote.Star;
import dev.ordinal.vote.StrengthModelRule;
import dev.ordinal.vote.Trait;
import dev.ordinal.vote.UncoveredSet;
import dev.ordinal.vote.VotingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every voting rule by the name users type, with its parameters and its {@link Trait}s (as
 * lower-case words: {@code condorcet-winner}, {@code multi-winner}). The traits are read from the
 * rule built with its defaults, so the list cannot disagree with what the property tests check.
 */
final class VotingRuleEntries {
    /** Committee size, taken by the multi-winner rules only. */
    static final String SEATS = "seats";

    private static final Parameter TRUNCATED = Parameter.choice("truncated", "average", List.of("average", "zero"),
            "average: unranked candidates share the average of the points of the positions left; zero: no points");
    private static final Parameter SEATS_PARAMETER = Parameter.integer(SEATS, 1, Range.atLeast(1),
            "committee size");
    private static final Parameter APPROVE_TOP = Parameter.optionalInteger("approve-top", Range.atLeast(1),
            "read each ballot as approving its top K candidates (ties kept whole); needed when ballots are not "
                    + "dichotomous");
    private static final List<Parameter> LINEAR_ORDERING = List.of(
            Parameter.integer("exact-limit", 22, Range.closed(0, 25), "largest component of the majority graph "
                    + "solved exactly; larger ones get local search and a bound (2^25 doubles is the memory cap)"),
            Parameter.integer("restarts", 8, Range.atLeast(1), "local-search starts beyond the exact limit"),
            Parameter.seed("seed", 1, "seed of the random local-search starts"));
    private static final List<Parameter> STRENGTH_MODEL = List.of(
            Parameter.real("prior", 4, Range.above(0), "σ of the N(0, σ²) log-strength prior used when no finite "
                    + "maximum-likelihood estimate exists"),
            Parameter.choice("unranked", "below", List.of("below", "unknown"),
                    "below: ranked candidates beat unranked ones; unknown: unranked says nothing"));
    private static final List<Parameter> COMMITTEE = List.of(SEATS_PARAMETER, APPROVE_TOP);

    private final List<Entry<VotingRule>> entries = new ArrayList<>();

    private VotingRuleEntries() {
    }

    static Registry<VotingRule> registry() {
        VotingRuleEntries rules = new VotingRuleEntries();
        rules.scoringAndSequential();
        rules.condorcetFamily();
        rules.cardinalAndCommittee();
        rules.statistical();
        return new Registry<>("rule", "voting rules applied to ballots by ordinal vote and ordinal aggregate",
                rules.entries);
    }

    private void scoringAndSequential() {
        add("plurality", "one point for each ballot's first choice", "", List.of(), s -> new Plurality());
        add("borda", "Borda count: m−1 points for a first place, down to 0 for the last",
                "Borda 1781; Young 1974, J. Economic Theory 9", List.of(TRUNCATED),
                s -> PositionalScoring.borda(truncated(s)));
        add("dowdall", "Dowdall (Nauru): 1, 1/2, 1/3, ... points by position", "Reilly 2002, Int. Political "
                + "Science Review 23", List.of(TRUNCATED), s -> PositionalScoring.dowdall(truncated(s)));
        add("anti-plurality", "one point for every candidate but each ballot's last-ranked (veto)", "",
                List.of(TRUNCATED), s -> PositionalScoring.antiPlurality(truncated(s)));
        add("positional", "points by position from a given non-increasing score vector", "Young 1975, SIAM J. "
                + "Applied Mathematics 28", List.of(Parameter.reals("scores", Range.any(), "points by position, best "
                + "first, one per candidate (e.g. 3,2,1,0); Borda's when absent"), TRUNCATED),
                s -> s.reals("scores").map(scores -> PositionalScoring.positional(scores, truncated(s)))
                        .orElseGet(() -> PositionalScoring.positional(truncated(s))));
        add("irv", "instant runoff: eliminate the fewest first choices until a majority", "Hare 1859; Holliday & "
                + "Pacuit, pref_voting 2025", List.of(), s -> new InstantRunoff());
        add("coombs", "eliminate the most last places until a majority of first choices", "Coombs 1964; Grofman & "
                + "Feld 2004, Electoral Studies 23", List.of(), s -> new Coombs());
        add("baldwin", "eliminate the lowest Borda score, recounting each round", "Baldwin 1926, Proc. Royal "
                + "Society of Victoria 39", List.of(), s -> new Baldwin());
        add("nanson-strict", "eliminate every Borda score below the mean, recounting each round", "Nanson 1882; "
                + "Niou 1987, Public Choice 54", List.of(), s -> new Nanson(true));
        add("nanson-weak", "eliminate every Borda score at or below the mean, recounting each round", "Nanson 1882; "
                + "Niou 1987, Public Choice 54", List.of(), s -> new Nanson(false));
        add("bucklin", "add ranks until someone has a majority; most votes then win", "Bucklin 1907 (Grand "
                + "Junction charter); Erdélyi et al. 2015", List.of(), s -> new Bucklin());
        add("plurality-runoff", "the top two by first choices (all tied ones) go to a runoff", "", List.of(),
                s -> new PluralityRunoff());
    }

    private void condorcetFamily() {
        add("condorcet", "the Condorcet winner if there is one, else every candidate ties", "Condorcet 1785",
                List.of(), s -> new Condorcet());
        add("copeland", "pairwise wins plus a score for each pairwise tie", "Copeland 1951 (Univ. of Michigan "
                + "seminar); Saari & Merlin 1996", List.of(Parameter.real("tie", 0.5, Range.closed(0, 1),
                "score of a pairwise tie")), s -> new Copeland(s.real("tie")));
        add("llull", "Copeland where a pairwise tie counts as a win", "Llull c. 1299, Ars electionis; Hägele & "
                + "Pukelsheim 2001", List.of(), s -> Copeland.llull());
        add("minimax", "the weakest worst pairwise defeat (Simpson–Kramer)", "Tideman 2006, Collective Decisions "
                + "and Voting, ch. 13", List.of(strength(DefeatStrength.MARGINS)),
                s -> new Minimax(defeatStrength(s)));
        add("schulze", "beat paths: strongest paths of pairwise defeats", "Schulze 2011, Social Choice and Welfare "
                + "36", List.of(strength(DefeatStrength.WINNING_VOTES)), s -> new Schulze(defeatStrength(s)));
        add("ranked-pairs", "Tideman: lock pairs by decreasing margin unless they close a cycle", "Tideman 1987, "
                + "Social Choice and Welfare 4", List.of(), s -> new RankedPairs());
        add("split-cycle", "undefeated once the weakest margins of every majority cycle are cut", "Holliday & "
                + "Pacuit 2023, Public Choice 197", List.of(), s -> new SplitCycle());
        add("black", "the Condorcet winner if there is one, else the Borda winners", "Black 1958, The Theory of "
                + "Committees and Elections", List.of(), s -> new Black());
        add("smith", "the Smith set: the smallest set that beats everyone outside it", "Smith 1973, Econometrica "
                + "41", List.of(), s -> new Smith());
        add("schwartz", "the Schwartz set: the union of minimal undominated sets", "Schwartz 1972, Noûs 6",
                List.of(), s -> new Schwartz());
        add("uncovered", "the uncovered set (Gillies covering)", "Gillies 1959; Duggan 2013, Social Choice and "
                + "Welfare 41", List.of(), s -> new UncoveredSet());
        add("top-cycle", "the top cycle of the weak majority relation (the Smith set)", "Schwartz 1986, The Logic "
                + "of Collective Choice", List.of(), s -> Smith.topCycle());
        add("kemeny", "the order agreeing with the most pairwise preferences (Kemeny–Young), exact per majority "
                + "component", "Kemeny 1959; Young & Levenglick 1978, SIAM J. Applied Mathematics 35",
                LINEAR_ORDERING, s -> new Kemeny(s.integer("exact-limit"), s.integer("restarts"), s.whole("seed")));
        add("slater", "the order contradicting the fewest pairwise majorities", "Slater 1961, Biometrika 48",
                LINEAR_ORDERING, s -> new Slater(s.integer("exact-limit"), s.integer("restarts"), s.whole("seed")));
        add("maximal-lottery", "the lottery no other lottery beats in expected majority (Fishburn)", "Fishburn 1984, "
                + "Review of Economic Studies 51; Brandl, Brandt & Seedig 2016, Econometrica 84",
                List.of(Parameter.choice("margins", "sign", List.of("sign", "margins"), "sign: the game of majority "
                        + "signs (C1); margins: the margins themselves")),
                s -> new MaximalLottery(s.text("margins").equals("margins")));
    }

    private void cardinalAndCommittee() {
        add("score", "range voting: candidates ranked by total score (needs score ballots)", "Smith 2000; Laslier & "
                + "Sanver 2010, Handbook on Approval Voting", List.of(Parameter.choice("missing", "zero",
                List.of("zero", "ignore"), "zero: a missing score counts 0; ignore: rank by the average over the "
                        + "ballots that score")), s -> new RangeVoting(s.text("missing").equals("ignore")));
        add("star", "Score Then Automatic Runoff: the two highest totals meet in a head-to-head runoff (needs score "
                + "ballots)", "Frohnmayer 2014; Equal Vote Coalition", List.of(), s -> new Star());
        add("majority-judgment", "highest median grade, ties by the majority gauge (needs score ballots)",
                "Balinski & Laraki 2007, PNAS 104", List.of(), s -> new MajorityJudgment());
        add("approval", "approval voting: most approvals win; with seats k the k most approved", "Brams & Fishburn "
                + "1978, APSR 72", COMMITTEE, s -> new ApprovalVoting(s.integer(SEATS), approveTop(s)));
        add("pav", "proportional approval voting, exact (branch and bound): committee maximising Σ H(approved "
                + "members)", "Thiele 1895; Lackner & Skowron 2023, Multi-Winner Voting with Approval Preferences",
                COMMITTEE, s -> new ProportionalApproval(s.integer(SEATS), approveTop(s)));
        add("seq-pav", "sequential PAV: seats filled one by one by the largest PAV score gain", "Thiele 1895; "
                + "Lackner & Skowron 2023", COMMITTEE, s -> new SequentialPav(s.integer(SEATS), approveTop(s)));
        add("phragmen", "Phragmén's sequential rule: seats filled one by one keeping the largest voter load "
                + "smallest", "Phragmén 1894; Brill, Freeman, Janson & Lackner 2017 (AAAI)", COMMITTEE,
                s -> new Phragmen(s.integer(SEATS), approveTop(s)));
        add("equal-shares", "Method of Equal Shares (unit costs) completed by seq-Phragmén", "Peters & Skowron 2020 "
                + "(EC)", COMMITTEE, s -> new EqualShares(s.integer(SEATS), approveTop(s)));
        add("stv", "single transferable vote: Droop quota, weighted inclusive Gregory surpluses (Scottish rules, "
                + "unrounded)", "Scottish Statutory Instrument 2007 No. 42", List.of(SEATS_PARAMETER),
                s -> new SingleTransferableVote(s.integer(SEATS)));
    }

    private void statistical() {
        add("bt", List.of("bradley-terry"), "Bradley–Terry strengths fitted to the pairwise comparisons the ballots "
                + "imply", "Zermelo 1929; Bradley & Terry 1952, Biometrika 39", STRENGTH_MODEL,
                s -> StrengthModelRule.bradleyTerry(s.real("prior"), unrankedUnknown(s)));
        add("plackett-luce", List.of("pl"), "Plackett–Luce strengths fitted to the ballots as (top-k) rankings",
                "Luce 1959; Plackett 1975, JRSS C 24", STRENGTH_MODEL,
                s -> StrengthModelRule.plackettLuce(s.real("prior"), unrankedUnknown(s)));
    }

    private void add(String name, String summary, String citation, List<Parameter> parameters,
            Function<Settings, VotingRule> factory) {
        add(name, List.of(), summary, citation, parameters, factory);
    }

    private void add(String name, List<String> aliases, String summary, String citation, List<Parameter> parameters,
            Function<Settings, VotingRule> factory) {
        Set<String> traits = factory.apply(Settings.parse(name, parameters, Map.of())).traits().stream()
                .map(trait -> trait.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.toUnmodifiableSet());
        entries.add(new Entry<>(name, aliases, summary, citation, parameters, traits, factory));
    }

    private static Parameter strength(DefeatStrength fallback) {
        return Parameter.choice("strength", fallback.label(), List.of(DefeatStrength.MARGINS.label(),
                DefeatStrength.WINNING_VOTES.label()), "how strong a pairwise defeat is");
    }

    private static DefeatStrength defeatStrength(Settings settings) {
        return settings.text("strength").equals(DefeatStrength.MARGINS.label()) ? DefeatStrength.MARGINS
                : DefeatStrength.WINNING_VOTES;
    }

    private static PositionalScoring.Truncated truncated(Settings settings) {
        return settings.text("truncated").equals("zero") ? PositionalScoring.Truncated.ZERO
                : PositionalScoring.Truncated.AVERAGE;
    }

    /** 0 when absent: the ballots must then be dichotomous. */
    private static int approveTop(Settings settings) {
        return settings.optionalInteger("approve-top").orElse(0);
    }

    private static boolean unrankedUnknown(Settings settings) {
        return settings.text("unranked").equals("unknown");
    }
}
