package dev.ordinal.audit.run;

import dev.ordinal.audit.Answers;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an audit reads: the sources' labels in order, the reference the others are compared with,
 * and the optional inputs of some sections — the items' families and the families of the sources
 * whose family bias to measure, the judged answers (style control), and the consistency inputs
 * (scores, rating distributions, preference probabilities, each keyed by a source or a name of its
 * own). Start from {@link #of(List)} and add with the {@code with...} methods; each checks what it
 * is given, naming the parameter as {@code ordinal audit}'s option without dashes.
 *
 * @param sources       the sources, at least one, with distinct names
 * @param reference     the name of the source the others are compared with (default: the first)
 * @param itemFamilies  each item's family, for the family-bias section
 * @param judgeFamilies a source's own family, per source whose family bias to measure (needs itemFamilies)
 * @param answers       the judged answers, for the style-control section
 * @param scores        judges' scores of single items, keyed by a source
 * @param ratings       judges' rating distributions, keyed by a source or a name also in preferences
 * @param preferences   judges' preference probabilities, keyed by a source or a name of their own
 * @param settings      rounds, seed, level and thresholds
 */
public record AuditRequest(List<AuditSource> sources, String reference, Optional<Map<String, String>> itemFamilies,
                           Map<String, String> judgeFamilies, Optional<Answers> answers,
                           Map<String, List<ScoreLabel>> scores, Map<String, List<RatingDistribution>> ratings,
                           Map<String, List<PreferenceProbability>> preferences, AuditSettings settings) {
    public AuditRequest {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new DataException("an audit needs at least one source of labels", "add a source");
        }
        Set<String> names = new HashSet<>();
        for (AuditSource source : sources) {
            if (!names.add(source.name())) {
                throw new DataException("two sources are named '" + source.name() + "'",
                        "give each source a name of its own");
            }
        }
        List<String> sourceNames = sources.stream().map(AuditSource::name).toList();
        if (!names.contains(reference)) {
            throw new InvalidParameterException("reference", reference, "one of the sources " + sourceNames);
        }
        itemFamilies = itemFamilies.map(AuditRequest::copy);
        judgeFamilies = copy(judgeFamilies);
        for (String judge : judgeFamilies.keySet()) {
            if (!names.contains(judge)) {
                throw new InvalidParameterException("judge-family", judge + "=" + judgeFamilies.get(judge),
                        "SOURCE=FAMILY naming one of the sources " + sourceNames);
            }
        }
        if (!judgeFamilies.isEmpty() && itemFamilies.isEmpty()) {
            throw new UnsupportedCombinationException(List.of("judge-family", "families"),
                    "judge-family needs families: each item's family");
        }
        Objects.requireNonNull(answers, "answers");
        scores = copy(scores);
        ratings = copy(ratings);
        preferences = copy(preferences);
        for (String name : scores.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidParameterException("scores", name, "the name of a source (scores are checked "
                        + "against a source's verdicts): one of " + sourceNames);
            }
        }
        for (String name : ratings.keySet()) {
            if (!names.contains(name) && !preferences.containsKey(name)) {
                throw new InvalidParameterException("ratings", name, "the name of a source or of preferences (ratings "
                        + "are checked against a source's verdicts or the same name's preferences): one of "
                        + sourceNames);
            }
        }
        Objects.requireNonNull(settings, "settings");
    }

    /** The sources with the first as reference, no optional input, and the default settings. */
    public static AuditRequest of(List<AuditSource> sources) {
        if (sources.isEmpty()) {
            throw new DataException("an audit needs at least one source of labels", "add a source");
        }
        return new AuditRequest(sources, sources.get(0).name(), Optional.empty(), Map.of(), Optional.empty(),
                Map.of(), Map.of(), Map.of(), AuditSettings.defaults());
    }

    public AuditRequest withReference(String name) {
        return new AuditRequest(sources, name, itemFamilies, judgeFamilies, answers, scores, ratings, preferences,
                settings);
    }

    /** Each item's family, for the family-bias section. */
    public AuditRequest withFamilies(Map<String, String> items) {
        return new AuditRequest(sources, reference, Optional.of(items), judgeFamilies, answers, scores, ratings,
                preferences, settings);
    }

    /** The families of the sources (judges) whose family bias to measure; needs {@link #withFamilies}. */
    public AuditRequest withJudgeFamilies(Map<String, String> judges) {
        return new AuditRequest(sources, reference, itemFamilies, judges, answers, scores, ratings, preferences,
                settings);
    }

    public AuditRequest withAnswers(Answers judged) {
        return new AuditRequest(sources, reference, itemFamilies, judgeFamilies, Optional.of(judged), scores, ratings,
                preferences, settings);
    }

    /** The consistency inputs, each map in the order its names were given. */
    public AuditRequest withConsistency(Map<String, List<ScoreLabel>> newScores,
                                        Map<String, List<RatingDistribution>> newRatings,
                                        Map<String, List<PreferenceProbability>> newPreferences) {
        return new AuditRequest(sources, reference, itemFamilies, judgeFamilies, answers, newScores, newRatings,
                newPreferences, settings);
    }

    public AuditRequest withSettings(AuditSettings newSettings) {
        return new AuditRequest(sources, reference, itemFamilies, judgeFamilies, answers, scores, ratings, preferences,
                newSettings);
    }

    /** The sources' names, in order. */
    public List<String> names() {
        return sources.stream().map(AuditSource::name).toList();
    }

    /** The reference source. */
    public AuditSource referenceSource() {
        return source(reference);
    }

    /** The sources other than the reference, in order. */
    public List<AuditSource> others() {
        return sources.stream().filter(source -> !source.name().equals(reference)).toList();
    }

    /** The source of that name. */
    public AuditSource source(String name) {
        return sources.stream().filter(source -> source.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every source's labels, in order. */
    public List<dev.ordinal.audit.Label> allLabels() {
        return sources.stream().flatMap(source -> source.labels().stream()).toList();
    }

    /** An unmodifiable copy that keeps the order given. */
    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
