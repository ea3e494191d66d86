package dev.ordinal.app;

import dev.ordinal.select.CountBalancing;
import dev.ordinal.select.DoubleThompson;
import dev.ordinal.select.InformationGain;
import dev.ordinal.select.KSortArena;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.select.RelativeUcb;
import dev.ordinal.select.ThompsonTopK;
import dev.ordinal.select.UncertaintySampling;
import dev.ordinal.select.UniformSampling;
import java.util.List;
import java.util.Set;

/** Matchmaking strategies by the names users type; every {@code create} gives a new strategy. */
final class MatchmakingEntries {
    private static final Parameter EPSILON = Parameter.real("epsilon", 0.05, new Range(0, false, 1, true),
            "share of proposals drawn uniformly at random, so that every pair keeps a chance");
    private static final Parameter ALPHA = Parameter.real("alpha", 0.51, Range.above(0.5),
            "exploration of the confidence bounds (above 0.5, as the regret bound needs)");

    private MatchmakingEntries() {
    }

    static Registry<MatchmakingStrategy> registry() {
        return new Registry<>("strategy", "matchmaking strategies: which items meet next (ordinal simulate, the "
                + "arena)", List.of(
                new Entry<>("uniform", List.of(), "uniformly random K-sets (the baseline)",
                        "Chiang et al. 2024, Chatbot Arena (ICML)", List.of(), Set.of("k-wise"),
                        s -> new UniformSampling()),
                new Entry<>("balanced", List.of(), "least-appearing pivot, least-compared opponents",
                        "count balancing (balanced incomplete blocks; Yates 1936)", List.of(), Set.of("k-wise"),
                        s -> new CountBalancing()),
                new Entry<>("ksort", List.of(), "least-appearing pivot, opponents by -|Δμ| + c·√(2 ln t / n_pair)",
                        "Li et al. 2024, K-Sort Arena", List.of(Parameter.real("c", 1, Range.atLeast(0),
                        "weight of the exploration bonus")), Set.of("k-wise"),
                        s -> new KSortArena(s.real("c"))),
                new Entry<>("uncertainty", List.of(), "widest-interval pivot, opponents whose outcome is least "
                        + "predictable", "Lewis & Gale 1994 (SIGIR); MacKay 1992 probit approximation", List.of(),
                        Set.of("k-wise"), s -> new UncertaintySampling()),
                new Entry<>("info-gain", List.of(), "widest-interval pivot, opponents of largest expected information "
                        + "gain", "Houlsby et al. 2011, BALD", List.of(), Set.of("k-wise"),
                        s -> new InformationGain()),
                new Entry<>("thompson", List.of(), "sampled top K-1 against a challenger from a second draw",
                        "Thompson 1933, Biometrika 25; Russo 2016, top-two Thompson sampling (COLT)",
                        List.of(EPSILON, draws(16)), Set.of("k-wise", "propensities"),
                        s -> new ThompsonTopK(s.real("epsilon"), s.integer("draws"))),
                new Entry<>("rucb", List.of(), "dueling bandit: relative upper confidence bounds from win counts",
                        "Zoghi et al. 2014, RUCB (ICML)", List.of(ALPHA), Set.of("pairwise", "bandit"),
                        s -> new RelativeUcb(s.real("alpha"))),
                new Entry<>("dts", List.of(), "dueling bandit: double Thompson sampling from win counts",
                        "Wu & Liu 2016, D-TS (NeurIPS)", List.of(ALPHA, EPSILON, draws(4)),
                        Set.of("pairwise", "bandit", "propensities"),
                        s -> new DoubleThompson(s.real("alpha"), s.real("epsilon"), s.integer("draws")))));
    }

    private static Parameter draws(int defaultDraws) {
        return Parameter.integer("draws", defaultDraws, Range.atLeast(0),
                "re-draws per proposal used to estimate its propensity (0: none)");
    }
}
