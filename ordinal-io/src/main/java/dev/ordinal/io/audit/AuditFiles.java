package dev.ordinal.io.audit;

import dev.ordinal.audit.Answers;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.audit.run.AuditRequest;
import dev.ordinal.audit.run.AuditSource;
import dev.ordinal.io.AnswerFields;
import dev.ordinal.io.AnswerFiles;
import dev.ordinal.io.ConsistencyFiles;
import dev.ordinal.io.FamilyFiles;
import dev.ordinal.io.FamilyReadOptions;
import dev.ordinal.io.LabelFiles;
import dev.ordinal.io.LabelSource;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.ReadOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The files an audit reads, as {@code ordinal audit} names them: the label sources, the items'
 * families, the judged answers, and the consistency files (scores, rating distributions,
 * preference probabilities, each {@code NAME=FILE}). {@link #read} reads them all — each with its
 * reader's located errors — into the core's {@link AuditRequest}.
 *
 * @param sources      the label files, each named
 * @param families     the family file, if any
 * @param familyFields its member and family fields
 * @param answers      the answers file, if any
 * @param answerFields its item, prompt and text fields
 * @param scores       score files by source name, in the order given
 * @param ratings      rating files by name, in the order given
 * @param preferences  preference files by name, in the order given
 */
public record AuditFiles(List<LabelSource> sources, Optional<String> families, FamilyReadOptions familyFields,
                         Optional<String> answers, AnswerFields answerFields, Map<String, String> scores,
                         Map<String, String> ratings, Map<String, String> preferences) {
    public AuditFiles {
        sources = List.copyOf(sources);
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(familyFields, "familyFields");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(answerFields, "answerFields");
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        preferences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(preferences));
    }

    /**
     * What was read: each source's labels with its read report, and the request they make (the
     * first source as reference, default settings; add the rest with the request's {@code with...}).
     */
    public record Read(List<LoadedLabels> labels, AuditRequest request) {
        public Read {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Reads every file.
     *
     * @param judgeFamilies the families of the sources whose family bias to measure
     * @throws dev.ordinal.io.InputException when a file cannot be read or holds an invalid record
     */
    public Read read(ReadOptions options, Map<String, String> judgeFamilies) {
        List<LoadedLabels> labels = LabelFiles.read(sources, options);
        AuditRequest request = AuditRequest.of(labels.stream()
                .map(source -> new AuditSource(source.source(), source.labels())).toList());
        // The names the options give are checked before the files they name are read: a misnamed source is
        // reported as such, not as an error of a file read with the wrong fields.
        (families.isPresent() ? request.withFamilies(Map.of()) : request).withJudgeFamilies(judgeFamilies)
                .withConsistency(unread(scores), unread(ratings), unread(preferences));
        Optional<Map<String, String>> itemFamilies = families.map(path -> FamilyFiles.read(path, familyFields));
        if (itemFamilies.isPresent()) {
            request = request.withFamilies(itemFamilies.get());
        }
        request = request.withJudgeFamilies(judgeFamilies);
        Optional<Answers> answerTexts = answers.map(path -> AnswerFiles.read(path, answerFields));
        if (answerTexts.isPresent()) {
            request = request.withAnswers(answerTexts.get());
        }
        Map<String, List<ScoreLabel>> scoreLabels = readAll(scores, ConsistencyFiles::scores);
        Map<String, List<RatingDistribution>> ratingDistributions = readAll(ratings, ConsistencyFiles::ratings);
        Map<String, List<PreferenceProbability>> preferenceProbabilities = readAll(preferences,
                ConsistencyFiles::preferences);
        return new Read(labels, request.withConsistency(scoreLabels, ratingDistributions, preferenceProbabilities));
    }

    /** Each name with nothing read yet. */
    private static <T> Map<String, List<T>> unread(Map<String, String> files) {
        Map<String, List<T>> names = new LinkedHashMap<>();
        files.keySet().forEach(name -> names.put(name, List.of()));
        return names;
    }

    private static <T> Map<String, List<T>> readAll(Map<String, String> files,
                                                    BiFunction<String, String, List<T>> reader) {
        Map<String, List<T>> read = new LinkedHashMap<>();
        files.forEach((name, path) -> read.put(name, reader.apply(path, name)));
        return read;
    }
}
