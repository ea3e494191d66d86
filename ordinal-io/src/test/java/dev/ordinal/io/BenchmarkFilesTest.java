package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.BenchmarkTable.Direction;
import dev.ordinal.vote.ExampleScores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchmarkFilesTest {
    private static BenchmarkTable table(String name, String content, String... lowerIsBetter) {
        return BenchmarkFiles.readTable(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name,
                Set.of(lowerIsBetter));
    }

    private static ExampleScores examples(String name, String content, String... lowerIsBetter) {
        return BenchmarkFiles.readExamples(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name,
                Set.of(lowerIsBetter));
    }

    private static void tableFails(String content, String message) {
        assertThatThrownBy(() -> table("t.csv", content)).isInstanceOf(InputException.class).hasMessage(message);
    }

    private static void examplesFail(String content, String message) {
        assertThatThrownBy(() -> examples("e.csv", content)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void wideTableWithDirectionAndWeightRowsAndMissingCells() {
        BenchmarkTable table = table("t.csv", """
                model,accuracy,"perplexity, wiki",f1
                direction,higher,lower,
                weight,2,,0.5
                alpha,0.9,12.5,NA

                "beta, large",0.8,,0.7
                gamma,-,10,n/a
                """);
        assertThat(table.systems().ids()).containsExactly("alpha", "beta, large", "gamma");
        assertThat(table.tasks()).containsExactly(new BenchmarkTable.Task("accuracy", Direction.HIGHER_IS_BETTER, 2),
                new BenchmarkTable.Task("perplexity, wiki", Direction.LOWER_IS_BETTER, 1),
                new BenchmarkTable.Task("f1", Direction.HIGHER_IS_BETTER, 0.5));
        assertThat(table.score(0, 1)).isEqualTo(12.5);
        assertThat(table.has(0, 2)).isFalse();
        assertThat(table.has(1, 1)).isFalse();
        assertThat(table.has(2, 0)).isFalse();
        assertThat(table.score(1, 2)).isEqualTo(0.7);
    }

    @Test
    void lowerIsBetterOptionSetsDirections() {
        BenchmarkTable table = table("t.csv", "system,acc,ppl\na,1,2\nb,2,1\n", "ppl");
        assertThat(table.task(0).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(table.task(1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThatThrownBy(() -> table("t.csv", "system,acc,ppl\na,1,2\n", "ppl", "bleu", "wer"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.csv: --lower-is-better names bleu, wer, not a task here; expected task names among acc, ppl");
        assertThatThrownBy(() -> table("t.csv", "system,acc,ppl\ndirection,higher,higher\na,1,2\n", "ppl"))
                .hasMessage("t.csv:2: field 'ppl': task 'ppl' is higher-is-better here but --lower-is-better names it;"
                        + " expected one direction per task");
    }

    @Test
    void wideTableErrorsAreLocated() {
        tableFails("", "t.csv: no systems found");
        tableFails("system,acc\n", "t.csv: no systems found");
        tableFails("system\na\n", "t.csv:1: the header has no task column; expected a first column naming the "
                + "system, then one column per task");
        tableFails("system,acc,,f1\n", "t.csv:1: column 3 of the header has no name; expected a task name");
        tableFails("system,acc,f1,acc\n", "t.csv:1: field 'acc': task 'acc' names columns 2 and 4; expected each "
                + "task once");
        tableFails("system,acc\na,1\n\nb,0.5\na,2\n", "t.csv:5: field 'system': system 'a' already has a row at "
                + "line 2; expected one row per system");
        tableFails("system,acc\na,1\nb,x1\n", "t.csv:3: field 'acc': 'x1' is not a number; expected a finite "
                + "number, or blank, NA, NaN or - where there is none");
        tableFails("system,acc\na,Infinity\n", "t.csv:2: field 'acc': 'Infinity' is not finite; expected a finite "
                + "number, or blank, NA, NaN or - where there is none");
        tableFails("system,acc\na,1,2\n", "t.csv:2: the row has 3 fields, the header 2; expected one field per "
                + "header column");
        tableFails("system,acc\n,1\n", "t.csv:2: field 'system': missing system name; expected the system's name");
        tableFails("system,acc\ndirection,up\n", "t.csv:2: field 'acc': 'up' is not a direction; expected higher "
                + "or lower (which end of the task's scale is better)");
        tableFails("system,acc\nweight,-1\n", "t.csv:2: field 'acc': '-1' is not a valid weight; expected a "
                + "positive, finite number");
        tableFails("system,acc\na,\"1\n", "t.csv:2: malformed CSV (Missing closing quote for value); expected CSV as"
                + " in RFC 4180");
    }

    @Test
    void longPerExampleScoresWithDirectionsCategoriesAndMissingScores() {
        ExampleScores scores = examples("e.csv", """
                task,system,example,score,direction,category
                ppl,A,1,12.5,lower,language
                ppl,B,1,10.25,,language
                acc,A,q1,1,higher,
                acc,B,q1,0,,
                acc,B,q2,NA,,
                acc,A,q2,1,,
                """);
        assertThat(scores.systems().ids()).containsExactly("A", "B");
        assertThat(scores.taskCount()).isEqualTo(2);
        assertThat(scores.task(0)).isEqualTo("ppl");
        assertThat(scores.direction(0)).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(scores.direction(1)).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(scores.category(0)).isEqualTo("language");
        assertThat(scores.category(1)).isEqualTo("acc");
        assertThat(scores.categorised()).isTrue();
        assertThat(scores.exampleCount(1)).isEqualTo(2);
        assertThat(scores.score(1, 1, 1)).isNaN();
        assertThat(scores.score(1, 0, 1)).isEqualTo(1);
        ExampleScores flipped = examples("e.csv", "system,task,example,score\nA,acc,1,1\nA,wer,1,0.2\n", "wer");
        assertThat(flipped.direction(1)).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(flipped.categorised()).isFalse();
    }

    @Test
    void longScoreErrorsAreLocated() {
        examplesFail("", "e.csv: no scores found");
        examplesFail("system,task,score\nA,t,1\n", "e.csv:1: column 'example' is not in the header [system, task, "
                + "score]; expected a header with system, task, example, score and optionally direction, category");
        examplesFail("system,task,example,score\nA,t,1,NA\n", "e.csv: no scores found");
        examplesFail("system,task,example,score\nA,t,1,0.5\n,t,2,1\n",
                "e.csv:3: field 'system': missing value; expected the system's name");
        examplesFail("system,task,example,score\nA,t,,1\n",
                "e.csv:2: field 'example': missing value; expected the example's id");
        examplesFail("system,task,example,score\nA,t,1,high\n", "e.csv:2: field 'score': 'high' is not a number; "
                + "expected a finite number, or blank, NA, NaN or - where there is none");
        examplesFail("system,task,example,score\nA,t,1,0.5\nB,t,1,0.5\nA,t,1,0.7\n", "e.csv:4: field 'example': "
                + "system 'A' already has a score on example '1' of task 't' at line 2; expected one score per "
                + "system, task and example");
        examplesFail("system,task,example,score,direction\nA,t,1,0.5,lower\nB,t,1,0.5,higher\n",
                "e.csv:3: field 'direction': task 't' is 'lower' at line 2; expected one direction per task");
        examplesFail("system,task,example,score,direction\nA,t,1,0.5,down\n", "e.csv:2: field 'direction': 'down' "
                + "is not a direction; expected higher or lower (which end of the task's scale is better)");
        examplesFail("system,task,example,score,category\nA,t,1,0.5,x\nB,t,1,0.5,y\n",
                "e.csv:3: field 'category': task 't' is in category 'x' at line 2; expected one category per task");
        assertThatThrownBy(() -> examples("e.csv", "system,task,example,score,direction\nA,t,1,1,higher\n", "t"))
                .hasMessage("e.csv:2: field 'direction': task 't' is higher-is-better here but --lower-is-better "
                        + "names it; expected one direction per task");
        assertThatThrownBy(() -> examples("e.csv", "system,task,example,score\nA,t,1,1\n", "u"))
                .hasMessage("e.csv: --lower-is-better names u, not a task here; expected task names among t");
    }

    @Test
    void filesAreReadByPath() {
        assertThatThrownBy(() -> BenchmarkFiles.readTable("/no/such/table.csv", List.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("/no/such/table.csv: no such file; expected a readable file");
    }
}
