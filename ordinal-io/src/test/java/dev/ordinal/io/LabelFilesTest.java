package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.Label;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.judgment.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Audit labels read from the LLMFAO files and from hand-written inputs. */
class LabelFilesTest {

    private static LoadedLabels text(String source, String fileName, String content, ReadOptions options) {
        return LabelFiles.read(source, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName,
                options);
    }

    private static LoadedLabels text(String source, String fileName, String content) {
        return text(source, fileName, content, ReadOptions.defaults());
    }

    /**
     * The crowd file's counts (8,931 rows, 124 workers, 2,139 pair ids, 59 models; 2,911 left,
     * 2,549 right, 3,471 tie) as counted from the CSV itself; every row is kept, none collapsed.
     */
    @Test
    void keepsEveryCrowdLabelWithWorkerPairIdAndPrompt() {
        LoadedLabels crowd = LabelFiles.read(new LabelSource("crowd", Inputs.example("llmfao/crowd-comparisons.csv")),
                ReadOptions.defaults());
        List<Label> labels = crowd.labels();
        assertThat(labels).hasSize(8931);
        assertThat(crowd.report().judgments()).isEqualTo(8931);
        assertThat(labels.get(0)).isEqualTo(new Label("crowd", "58", "0", "8", "Airoboros L2 70B", "Weaver 12k",
                Outcome.TIE));
        assertThat(labels.get(2).outcome()).isEqualTo(Outcome.B);
        assertThat(labels.stream().map(Label::judge).distinct()).hasSize(124);
        assertThat(labels.stream().map(Label::unit).distinct()).hasSize(2139);
        assertThat(labels.stream().flatMap(label -> java.util.stream.Stream.of(label.left(), label.right())).distinct())
                .hasSize(59);
        Map<Outcome, Long> outcomes = labels.stream().collect(Collectors.groupingBy(Label::outcome, Collectors.counting()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(Outcome.A, 2911L, Outcome.B, 2549L,
                Outcome.TIE, 3471L));
    }

    /** A judge file has no worker column: its source is its judge; its ids are the crowd's units. */
    @Test
    void aFileWithoutJudgesIsItsSourcesOwnAndSharesTheCrowdsUnits() {
        List<LoadedLabels> both = LabelFiles.read(List.of(
                LabelSource.parse("../examples/llmfao/gpt3-crowd-comparisons.csv"),
                LabelSource.parse("crowd=" + Inputs.example("llmfao/crowd-comparisons.csv"))), ReadOptions.defaults());
        LoadedLabels gpt3 = both.get(0);
        assertThat(gpt3.source()).isEqualTo("gpt3-crowd-comparisons");
        assertThat(gpt3.labels()).hasSize(2139).allSatisfy(label -> {
            assertThat(label.judge()).isEqualTo("gpt3-crowd-comparisons");
            assertThat(label.source()).isEqualTo("gpt3-crowd-comparisons");
        });
        assertThat(gpt3.labels().get(0)).isEqualTo(new Label("gpt3-crowd-comparisons", "gpt3-crowd-comparisons", "0",
                "8", "Airoboros L2 70B", "Weaver 12k", Outcome.B));
        Map<String, Label> crowdUnits = both.get(1).labels().stream()
                .collect(Collectors.toMap(Label::unit, Function.identity(), (first, second) -> first));
        assertThat(gpt3.labels()).allSatisfy(label -> {
            Label crowd = crowdUnits.get(label.unit());
            assertThat(crowd).isNotNull();
            assertThat(List.of(crowd.context(), crowd.left(), crowd.right()))
                    .isEqualTo(List.of(label.context(), label.left(), label.right()));
        });
    }

    @Test
    void withoutAnIdTheUnitIsThePromptAndTheUnorderedPair() {
        LoadedLabels labels = text("judge", "votes.csv", """
                prompt,left,right,winner
                p1,x,y,left
                p1,y,x,right
                p2,x,y,tie
                """);
        assertThat(labels.labels()).extracting(Label::unit).containsExactly("p1 | x | y", "p1 | x | y", "p2 | x | y");
        assertThat(text("judge", "votes.csv", "left,right,winner\ny,x,left\n").labels().get(0).unit())
                .isEqualTo("x | y");
    }

    @Test
    void namedUnitAndContextColumnsAreRead() {
        PairwiseColumns columns = PairwiseColumns.of("first", "second", "verdict", PairwiseColumns.parseOutcomes("a=1,b=2"))
                .withJudge("rater").withUnit("question").withContext("task");
        LoadedLabels labels = text("s", "votes.csv", "rater,question,task,first,second,verdict\nann,q7,t1,x,y,2\n",
                ReadOptions.defaults().withColumns(columns));
        assertThat(labels.labels()).containsExactly(new Label("s", "ann", "q7", "t1", "x", "y", Outcome.B));
    }

    @Test
    void readsJsonLinesAndArenaArrays() {
        assertThat(text("j", "votes.jsonl", """
                {"id": 3, "prompt": 8, "worker": "w1", "left": "x", "right": "y", "winner": "left"}
                """).labels()).containsExactly(new Label("j", "w1", "3", "8", "x", "y", Outcome.A));
        assertThat(text("arena", "battles.json", """
                [{"model_a": "x", "model_b": "y", "winner": "tie (bothbad)", "judge": "u1"}]
                """).labels()).containsExactly(new Label("arena", "u1", "x | y", "", "x", "y", Outcome.BOTH_BAD));
    }

    @Test
    void aMissingNamedColumnIsALocatedError() {
        PairwiseColumns columns = PairwiseColumns.leftRight().withUnit("pair");
        assertThatThrownBy(() -> text("s", "votes.csv", "id,prompt,worker,left,right,winner\n1,2,3,x,y,left\n",
                ReadOptions.defaults().withColumns(columns)))
                .isInstanceOf(InputException.class)
                .hasMessage("votes.csv:1: column 'pair' is not in the header [id, prompt, worker, left, right, winner];"
                        + " expected a header naming every column given");
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertThatThrownBy(() -> text("s", "votes.csv", "left,right,winner\n"))
                .isInstanceOf(InputException.class).hasMessage("votes.csv: no labels found");
        assertThatThrownBy(() -> text("s", "votes.csv", "a,b,c\nx,y,z\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("cannot tell which columns hold the judgments");
        assertThatThrownBy(() -> text("s", "votes.csv", "left,right,winner\nx,y,lft\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("votes.csv:2: field 'winner': 'lft' is not a known outcome; expected one of left, right, tie");
        assertThatThrownBy(() -> text("s", "ballots.soc", "# FILE NAME: x\n1: 1,2\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("ballots.soc: holds rankings, which are not pairwise labels; expected pairwise judgments as"
                        + " CSV, a JSON array or JSON Lines");
        LoadedLabels skipped = text("s", "votes.csv", "left,right,winner\nx,y,lft\nx,y,left\n",
                ReadOptions.defaults().withSkipInvalid(true));
        assertThat(skipped.labels()).hasSize(1);
        assertThat(skipped.report().skippedByReason()).containsEntry("unknown outcome", 1L);
    }

    @Test
    void sourcesNeedDistinctNames() {
        assertThat(LabelSource.parse("gpt4=data/x=y.csv")).isEqualTo(new LabelSource("gpt4", "data/x=y.csv"));
        assertThat(LabelSource.parse("data/x=y.csv.gz")).isEqualTo(new LabelSource("x=y", "data/x=y.csv.gz"));
        assertThatThrownBy(() -> LabelSource.parse("=votes.csv"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("source"))
                .hasMessage("source must be NAME=FILE with a name that is not blank, got '=votes.csv'");
        assertThatThrownBy(() -> LabelSource.parse("-"))
                .hasMessage("source must be NAME=- for standard input, which needs a name, got '-'");
        assertThatThrownBy(() -> LabelFiles.read(List.of(new LabelSource("a", "x.csv"), new LabelSource("a", "y.csv")),
                ReadOptions.defaults()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("source must be a name of its own for each source, given as NAME=FILE (two sources have this"
                        + " one), got 'a'");
    }
}
