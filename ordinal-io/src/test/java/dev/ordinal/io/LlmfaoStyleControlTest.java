package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ordinal.audit.Answers;
import dev.ordinal.audit.Label;
import dev.ordinal.audit.StyleControl;
import dev.ordinal.audit.StyleControlResult;
import dev.ordinal.audit.StyleFeature;
import dev.ordinal.judgment.Outcome;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Style control on the LLMFAO crowd and judge labels (examples/llmfao, CC BY 4.0): the figures of
 * docs/style-control.md. Run with -Dstyle.print=true to print them.
 */
class LlmfaoStyleControlTest {

    /** The labels of one LLMFAO comparison file: unit {@code id}, context {@code prompt}, judge {@code worker}. */
    static List<Label> labels(String file, String source) throws IOException {
        List<Label> labels = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new File(Inputs.example(file)))) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                Outcome outcome = switch (row.get("winner")) {
                    case "left" -> Outcome.A;
                    case "right" -> Outcome.B;
                    default -> Outcome.TIE;
                };
                labels.add(new Label(source, row.getOrDefault("worker", source), row.get("id"), row.get("prompt"),
                        row.get("left"), row.get("right"), outcome));
            }
        }
        return labels;
    }

    static StyleControlResult run(String file, String source) throws IOException {
        Answers answers = AnswerFiles.read(Inputs.example("llmfao/results.jsonl"), AnswerFields.llmfao());
        StyleControlResult result = StyleControl.arena().run(labels(file, source), answers);
        if (Boolean.getBoolean("style.print")) {
            print(source, result);
        }
        return result;
    }

    private static void print(String source, StyleControlResult result) {
        System.out.printf(Locale.ROOT, "%s: %d judgments (%d without answers), %d cells, log-likelihood %.1f -> %.1f%n",
                source, result.judgments(), result.judgmentsWithoutAnswers(), result.cells(),
                result.plainLogLikelihood(), result.styleLogLikelihood());
        for (StyleControlResult.FeatureEffect effect : result.effects()) {
            System.out.printf(Locale.ROOT, "  %-8s %+.3f [%+.3f, %+.3f] scale %.3f%n", effect.feature().label(),
                    effect.coefficient(), effect.interval().lower(), effect.interval().upper(), effect.scale());
        }
        for (StyleControlResult.ItemShift item : result.items()) {
            System.out.printf(Locale.ROOT, "  %-32s %4d -> %4d  %7.1f -> %7.1f%n", item.item(), item.plainRank(),
                    item.styleRank(), item.plainRating(), item.styleRating());
        }
    }

    @Test
    void crowdLabelsShowALengthEffect() throws IOException {
        StyleControlResult result = run("llmfao/crowd-comparisons.csv", "crowd");
        assertThat(result.judgments()).isEqualTo(8_931);
        assertThat(result.judgmentsWithoutAnswers()).isZero();
        assertThat(result.items()).hasSize(59);
        assertThat(result.warnings()).isEmpty();
        StyleControlResult.FeatureEffect length = result.effect(StyleFeature.LENGTH);
        assertThat(length.interval().lower()).isLessThan(length.coefficient());
        assertThat(length.coefficient()).isLessThan(length.interval().upper());
        assertThat(result.styleLogLikelihood()).isGreaterThan(result.plainLogLikelihood());
    }

    @Test
    void theGpt3LabelsHoldTheCountsTheExamplesReadmeStates() throws IOException {
        List<Label> labels = labels("llmfao/gpt3-crowd-comparisons.csv", "gpt3");
        assertThat(labels).hasSize(2_139);
        assertThat(labels.stream().filter(l -> l.outcome() == Outcome.A)).hasSize(1_352);
        assertThat(labels.stream().filter(l -> l.outcome() == Outcome.B)).hasSize(593);
        assertThat(labels.stream().filter(l -> l.outcome() == Outcome.TIE)).hasSize(194);
    }

    @Test
    void judgeLabelsRunToo() throws IOException {
        for (String judge : List.of("gpt4", "gpt3")) {
            StyleControlResult result = run("llmfao/" + judge + "-crowd-comparisons.csv", judge);
            assertThat(result.judgments()).isEqualTo(2_139);
            assertThat(result.effects()).extracting(StyleControlResult.FeatureEffect::feature)
                    .contains(StyleFeature.LENGTH);
        }
    }
}
