package dev.ordinal.vote;

import dev.ordinal.error.Require;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Identifiability;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.PlackettLuce;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A statistical strength model used as a voting rule: candidates are ranked by their fitted
 * log-strength. {@code bradley-terry} breaks each ballot into its pairwise judgments (a candidate
 * ranked above another wins; two ranked candidates in one group tie, read as half a win each;
 * two unranked candidates say nothing about each other) and fits Bradley–Terry (Zermelo 1929;
 * Bradley and Terry 1952). {@code plackett-luce} fits Plackett–Luce (Luce 1959; Plackett 1975)
 * to the ballots themselves, a truncated ballot read as a top-k ranking (its ranked candidates
 * chosen, in order, over all the unranked ones). With {@code unranked=unknown} an unranked
 * candidate is instead one the ballot says nothing about (a benchmark task that did not score a
 * system): Bradley–Terry drops its pairs and Plackett–Luce reads the ballot as a ranking of its
 * ranked candidates only.
 *
 * <p>The maximum-likelihood estimate is used when it exists; when it does not (some group of
 * candidates never loses to the rest, e.g. a unanimous profile) the fit is the MAP estimate
 * under a N(0, σ²) prior on every log-strength, σ = {@code prior} (default 4), and the
 * explanation says so. Strengths are rounded to 1e-9 before ranking so that candidates the data
 * cannot tell apart tie exactly.
 */
public final class StrengthModelRule implements VotingRule {
    private final String name;
    private final StrengthModel model;
    private final double priorSigma;
    private final boolean unrankedUnknown;

    /** The parameters both rules take, as the registry lists them. */
    static final Map<String, String> PARAMETERS = Map.of(
            "prior", "σ of the N(0, σ²) log-strength prior used when no finite MLE exists (default 4)",
            "unranked", "below (default: ranked candidates beat unranked ones) or unknown (unranked says nothing)");

    private StrengthModelRule(String name, StrengthModel model, RuleOptions options) {
        this.priorSigma = Require.positive("prior", options.number("prior", 4));
        this.unrankedUnknown = options.choice("unranked", "below", "below", "unknown").equals("unknown");
        this.name = name;
        this.model = model;
    }

    public static StrengthModelRule bradleyTerry(RuleOptions options) {
        return new StrengthModelRule("bradley-terry", new BradleyTerry(TieModel.HALF), options);
    }

    public static StrengthModelRule plackettLuce(RuleOptions options) {
        return new StrengthModelRule("plackett-luce", new PlackettLuce(), options);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        Items candidates = ballots.candidates();
        VoteResult.Builder result = VoteResult.builder(name, candidates);
        if (candidates.size() == 1) {
            return result.rankByScores("log-strength", new double[] {0}).build();
        }
        double[][] record = new double[3][candidates.size()];
        Likelihood likelihood = model instanceof PlackettLuce
                ? model.likelihood(rankings(ballots)) : model.likelihood(pairs(ballots, record));
        FitOptions options = FitOptions.defaults();
        if (Identifiability.hasFiniteEstimate(likelihood)) {
            result.note("Maximum-likelihood fit of " + name + ".");
        } else {
            options = options.withPrior(priorSigma);
            result.note("No finite maximum-likelihood estimate exists (some candidates never lose to the others), "
                    + "so this is the MAP fit under a N(0, " + Explanation.number(priorSigma) + "²) prior on log-strengths.");
        }
        Fit fit = MaximumLikelihood.fit(likelihood, candidates, options);
        double[] strengths = Arrays.stream(fit.strengths()).map(s -> Math.rint(s * 1e9) / 1e9).toArray();
        result.rankByScores("log-strength", strengths);
        if (model instanceof PlackettLuce) {
            return result.explain(Explanation.builder()
                    .scores("Fitted log-strengths (centred)", "log-strength", strengths, candidates).build()).build();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            rows.add(List.of(candidates.name(c), Explanation.number(record[0][c]), Explanation.number(record[1][c]),
                    Explanation.number(record[2][c]), Explanation.number(strengths[c])));
        }
        return result.table("Pairwise record (weighted) and fitted log-strengths (centred)",
                List.of("candidate", "wins", "losses", "ties", "log-strength"), rows).build();
    }

    /** The pairwise judgments the ballots imply; {@code record} receives each candidate's wins, losses and ties. */
    private ComparisonTable pairs(Ballots ballots, double[][] record) {
        int m = ballots.candidateCount();
        ComparisonTable.Builder table = ComparisonTable.builder();
        for (int c = 0; c < m; c++) {
            table.item(ballots.candidates().id(c));
        }
        for (int b = 0; b < ballots.size(); b++) {
            double weight = ballots.weight(b);
            for (int x = 0; x < m; x++) {
                for (int y = x + 1; y < m; y++) {
                    boolean bothRanked = ballots.ranks(b, x) && ballots.ranks(b, y);
                    if (unrankedUnknown && !bothRanked) {
                        continue;
                    }
                    if (ballots.prefers(b, x, y) || ballots.prefers(b, y, x)) {
                        boolean xWins = ballots.prefers(b, x, y);
                        table.add(x, y, xWins ? Outcome.A : Outcome.B, weight);
                        record[0][xWins ? x : y] += weight;
                        record[1][xWins ? y : x] += weight;
                    } else if (bothRanked) {
                        table.add(x, y, Outcome.TIE, weight);
                        record[2][x] += weight;
                        record[2][y] += weight;
                    }
                }
            }
        }
        return table.build();
    }

    private RankingProfile rankings(Ballots ballots) {
        Items candidates = ballots.candidates();
        RankingProfile.Builder profile = RankingProfile.builder();
        for (int c = 0; c < candidates.size(); c++) {
            profile.item(candidates.id(c));
        }
        for (int b = 0; b < ballots.size(); b++) {
            List<List<String>> groups = new ArrayList<>();
            for (int[] group : ballots.groups(b)) {
                groups.add(Arrays.stream(group).mapToObj(candidates::id).toList());
            }
            List<String> unranked = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                if (!ballots.ranks(b, c)) {
                    unranked.add(candidates.id(c));
                }
            }
            if (!unranked.isEmpty() && !unrankedUnknown) {
                groups.add(unranked);
            }
            if (ballots.weight(b) > 0 && groups.size() > 1) {
                profile.add(new RankingJudgment(groups, Optional.empty(), ballots.weight(b)));
            }
        }
        return profile.build();
    }
}
