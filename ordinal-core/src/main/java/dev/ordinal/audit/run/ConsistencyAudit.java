package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.audit.Breakdown;
import dev.ordinal.audit.InconsistencyReduction;
import dev.ordinal.audit.PairVerdicts;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.RatingDistribution.Scoring;
import dev.ordinal.audit.ScoreComparison;
import dev.ordinal.audit.ScoreComparisonCount;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.audit.Transitivity;
import dev.ordinal.audit.TransitivityCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the {@link ConsistencySection}: {@link Transitivity} of each source's
 * {@link PairVerdicts}, {@link ScoreComparison} against the scores given, and
 * {@link InconsistencyReduction TrustJudge's remedies} (Wang et al. 2025) — with ratings and
 * preferences of one name, both remedies against the per-order verdicts; with ratings alone (of a
 * source), top against expected grades against the source's verdicts; with preferences alone, the
 * triads.
 */
final class ConsistencyAudit {
    private ConsistencyAudit() {
    }

    static ConsistencySection run(AuditRequest request) {
        List<ConsistencySection.SourceTransitivity> transitivity = new ArrayList<>();
        List<ConsistencySection.JudgeTransitivity> inconsistent = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            Breakdown<TransitivityCount> counts = Transitivity.count(PairVerdicts.of(source.labels()));
            transitivity.add(new ConsistencySection.SourceTransitivity(source.name(), counts));
            if (source.isPanel()) {
                counts.byJudge().forEach((judge, count) -> {
                    if (count.inconsistent() > 0) {
                        inconsistent.add(new ConsistencySection.JudgeTransitivity(judge, count));
                    }
                });
            }
        }
        inconsistent.sort(Comparator.comparingLong(judge -> -judge.counts().inconsistent()));
        double tolerance = request.settings().scoreTolerance();
        List<Attempt<Breakdown<ScoreComparisonCount>>> scoreComparisons = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            List<ScoreLabel> scores = request.scores().get(source.name());
            if (scores != null) {
                try {
                    scoreComparisons.add(Attempt.of(source.name(),
                            ScoreComparison.count(PairVerdicts.of(source.labels()), scores, tolerance)));
                } catch (IllegalArgumentException | DataException e) {
                    scoreComparisons.add(Attempt.failed(source.name(), Attempt.reason(e)));
                }
            }
        }
        return new ConsistencySection(transitivity, inconsistent, scoreComparisons, remedies(request));
    }

    private static List<Attempt<List<ConsistencySection.Remedy>>> remedies(AuditRequest request) {
        Set<String> names = new LinkedHashSet<>();
        request.names().stream().filter(name -> request.ratings().containsKey(name)
                || request.preferences().containsKey(name)).forEach(names::add);
        request.ratings().keySet().stream().sorted().forEach(names::add);
        request.preferences().keySet().stream().sorted().forEach(names::add);
        double tolerance = request.settings().scoreTolerance();
        double margin = request.settings().tieMargin();
        List<Attempt<List<ConsistencySection.Remedy>>> remedies = new ArrayList<>();
        for (String name : names) {
            List<RatingDistribution> ratings = request.ratings().get(name);
            List<PreferenceProbability> preferences = request.preferences().get(name);
            try {
                List<ConsistencySection.Remedy> rows = new ArrayList<>();
                if (ratings != null && preferences != null) {
                    InconsistencyReduction reduction = InconsistencyReduction.measure(ratings, preferences, margin,
                            tolerance);
                    rows.add(scores("top grade, per-order verdicts", "expected grade, per-order verdicts",
                            reduction.scoresTopGrade().total(), reduction.scoresExpected().total()));
                    rows.add(scores("top grade, per-order verdicts", "expected grade, likelihood-aware verdicts",
                            reduction.scoresTopGrade().total(), reduction.scoresBoth().total()));
                    rows.add(triads(reduction.transitivityPerOrder().total(),
                            reduction.transitivityLikelihood().total()));
                } else if (ratings != null) {
                    PairVerdicts verdicts = PairVerdicts.of(request.source(name).labels());
                    rows.add(scores("top grade, the source's verdicts", "expected grade, the source's verdicts",
                            ScoreComparison.count(verdicts, scored(ratings, Scoring.TOP_GRADE), tolerance).total(),
                            ScoreComparison.count(verdicts, scored(ratings, Scoring.EXPECTED), tolerance).total()));
                } else {
                    rows.add(triads(Transitivity.count(PairVerdicts.perOrder(preferences)).total(),
                            Transitivity.count(PairVerdicts.likelihood(preferences, margin)).total()));
                }
                remedies.add(Attempt.of(name, rows));
            } catch (IllegalArgumentException | DataException e) {
                remedies.add(Attempt.failed(name, Attempt.reason(e)));
            }
        }
        return remedies;
    }

    private static ConsistencySection.Remedy scores(String baseline, String remedy, ScoreComparisonCount before,
                                                    ScoreComparisonCount after) {
        return new ConsistencySection.Remedy(ConsistencySection.SCORE_CONFLICTS, baseline, remedy, before.compared(),
                before.conflicts(), after.conflicts(), before.conflictRate(), after.conflictRate());
    }

    private static ConsistencySection.Remedy triads(TransitivityCount before, TransitivityCount after) {
        return new ConsistencySection.Remedy(ConsistencySection.TRANSITIVITY, "per-order verdicts",
                "likelihood-aware verdicts", before.triads(), before.inconsistent(), after.inconsistent(),
                before.rate(), after.rate());
    }

    private static List<ScoreLabel> scored(List<RatingDistribution> ratings, Scoring scoring) {
        return ratings.stream().map(rating -> rating.score(scoring)).toList();
    }
}
