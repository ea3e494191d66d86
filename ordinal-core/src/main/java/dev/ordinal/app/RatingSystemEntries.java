package dev.ordinal.app;

import dev.ordinal.rating.BatchBradleyTerry;
import dev.ordinal.rating.Elo;
import dev.ordinal.rating.GlickoTwo;
import dev.ordinal.rating.OpenSkill;
import dev.ordinal.rating.RatingSystem;
import dev.ordinal.rating.TrueSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Online rating systems by the names users type, each with the parameters its constructor takes
 * and the published defaults; every {@code create} gives a fresh, empty system.
 */
final class RatingSystemEntries {
    private static final Parameter MU = Parameter.real("mu", OpenSkill.DEFAULT_MU, Range.any(),
            "prior mean of a player never seen");
    private static final Parameter SIGMA = Parameter.real("sigma", OpenSkill.DEFAULT_SIGMA, Range.above(0),
            "prior standard deviation of a player never seen");
    private static final Parameter BETA = Parameter.real("beta", OpenSkill.DEFAULT_BETA, Range.above(0),
            "performance noise per player");
    private static final Parameter TAU = Parameter.real("tau", OpenSkill.DEFAULT_TAU, Range.atLeast(0),
            "dynamics added to σ before every game");
    private static final Parameter KAPPA = Parameter.real("kappa", OpenSkill.DEFAULT_KAPPA, Range.above(0),
            "lower bound on the variance factor (and the Thurstone–Mosteller draw margin)");
    private static final String WENG_LIN = "Weng & Lin 2011, JMLR 12 (A Bayesian approximation method for online "
            + "ranking)";

    private RatingSystemEntries() {
    }

    static Registry<RatingSystem> registry() {
        List<Entry<RatingSystem>> entries = new ArrayList<>();
        entries.add(new Entry<>("elo", List.of(), "Elo: a fixed step K towards the observed result; the Chatbot "
                + "Arena's online Elo by default", "Elo 1978, The Rating of Chessplayers; Chiang et al. 2024 (ICML)",
                List.of(Parameter.real("k", 4, Range.above(0), "the largest change one game can make"),
                        Parameter.real("base", 10, Range.above(1), "base of the logistic curve"),
                        Parameter.real("scale", 400, Range.above(0), "rating points per factor of base in the odds"),
                        Parameter.real("initial-rating", 1000, Range.any(), "the rating of a player never seen")),
                Set.of("online", "teams"), s -> new Elo(s.real("k"), s.real("base"), s.real("scale"),
                        s.real("initial-rating"))));
        entries.add(new Entry<>("glicko2", List.of("glicko-2"), "Glicko-2: ratings with deviations and volatilities, "
                + "updated per rating period", "Glickman 2012, Example of the Glicko-2 system; Glickman 2001, J. "
                + "Applied Statistics 28", List.of(
                        Parameter.real("tau", 0.5, Range.above(0), "system constant τ: how fast volatility may change "
                                + "(Glickman suggests 0.3 to 1.2)"),
                        Parameter.real("initial-rating", 1500, Range.any(), "rating of a player never seen"),
                        Parameter.real("initial-deviation", 350, Range.above(0), "their rating deviation (RD)"),
                        Parameter.real("initial-volatility", 0.06, Range.above(0), "their volatility σ")),
                Set.of("online", "deviation", "rating-periods"),
                s -> new GlickoTwo(s.real("tau"), s.real("initial-rating"), s.real("initial-deviation"),
                        s.real("initial-volatility"))));
        entries.add(new Entry<>("trueskill", List.of(), "TrueSkill: Gaussian skills updated by expectation "
                + "propagation over teams and draws", "Herbrich, Minka & Graepel 2006 (NIPS)", List.of(
                        Parameter.real("mu", TrueSkill.DEFAULT_MEAN, Range.any(), "prior mean of a new player"),
                        Parameter.real("sigma", TrueSkill.DEFAULT_DEVIATION, Range.above(0),
                                "prior standard deviation of a new player"),
                        Parameter.real("beta", TrueSkill.DEFAULT_BETA, Range.above(0), "performance noise"),
                        Parameter.real("tau", TrueSkill.DEFAULT_TAU, Range.atLeast(0),
                                "dynamics added (in variance) before each game"),
                        Parameter.real("draw-probability", TrueSkill.DEFAULT_DRAW_PROBABILITY, Range.closedOpen(0, 1),
                                "probability of a draw between two equal players")),
                Set.of("online", "deviation", "teams", "draws"),
                s -> new TrueSkill(s.real("mu"), s.real("sigma"), s.real("beta"), s.real("tau"),
                        s.real("draw-probability"))));
        openSkill(entries, "openskill-pl", OpenSkill.Model.PLACKETT_LUCE, "Plackett–Luce");
        openSkill(entries, "openskill-bt-full", OpenSkill.Model.BRADLEY_TERRY_FULL, "Bradley–Terry, all pairs");
        openSkill(entries, "openskill-bt-part", OpenSkill.Model.BRADLEY_TERRY_PART, "Bradley–Terry, adjacent pairs");
        openSkill(entries, "openskill-tm-full", OpenSkill.Model.THURSTONE_MOSTELLER_FULL,
                "Thurstone–Mosteller, all pairs");
        openSkill(entries, "openskill-tm-part", OpenSkill.Model.THURSTONE_MOSTELLER_PART,
                "Thurstone–Mosteller, adjacent pairs");
        entries.add(new Entry<>("bt", List.of("bt-batch"), "Bradley–Terry refitted on all games so far (a batch "
                + "baseline, MAP under a Gaussian prior)", "Bradley & Terry 1952, Biometrika 39",
                List.of(Parameter.real("prior", 2, Range.above(0), "σ of the N(0, σ²) prior on log-strengths: weak "
                        + "(±2 in log-odds is a 7:1 edge), only there so that early games have an answer")),
                Set.of("batch", "two-teams"), s -> new BatchBradleyTerry(s.real("prior"))));
        return new Registry<>("rating", "online rating systems replayed by ordinal rate and compared by ordinal "
                + "evaluate", entries);
    }

    private static void openSkill(List<Entry<RatingSystem>> entries, String name, OpenSkill.Model model,
            String summary) {
        entries.add(new Entry<>(name, List.of(), "OpenSkill (Weng–Lin), " + summary, WENG_LIN,
                List.of(MU, SIGMA, BETA, KAPPA, TAU), Set.of("online", "deviation", "teams"),
                s -> new OpenSkill(model, s.real("mu"), s.real("sigma"), s.real("beta"), s.real("kappa"),
                        s.real("tau"))));
    }
}
