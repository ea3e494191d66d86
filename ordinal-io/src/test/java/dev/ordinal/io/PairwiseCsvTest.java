package dev.ordinal.io;

import static dev.ordinal.io.Inputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseCsvTest {
    private static final ReadOptions SKIP = ReadOptions.defaults().withSkipInvalid(true);

    private static long count(ComparisonTable table, String a, String b, Outcome outcome) {
        int ia = table.items().indexOf(a).orElseThrow();
        int ib = table.items().indexOf(b).orElseThrow();
        for (int cell = 0; cell < table.cellCount(); cell++) {
            if (table.sideA(cell) == ia && table.sideB(cell) == ib) {
                return table.count(cell, outcome);
            }
        }
        return 0;
    }

    @Test
    void readsArenaBattlesAndIgnoresExtraColumns() {
        LoadedPairwise loaded = (LoadedPairwise) Inputs.fixture("arena.csv", ReadOptions.defaults());
        ComparisonTable table = loaded.table();
        assertThat(table.items().ids()).containsExactly("gpt-4", "claude-2", "llama-2");
        assertThat(table.judgments()).isEqualTo(5);
        assertThat(count(table, "gpt-4", "claude-2", Outcome.A)).isEqualTo(2);
        assertThat(count(table, "claude-2", "llama-2", Outcome.B)).isEqualTo(1);
        assertThat(count(table, "gpt-4", "llama-2", Outcome.TIE)).isEqualTo(1);
        assertThat(count(table, "llama-2", "gpt-4", Outcome.BOTH_BAD)).isEqualTo(1);
        assertThat(loaded.report()).isEqualTo(new ReadReport(Inputs.fixture("arena.csv"), 5, 5, 0, Map.of()));
    }

    @Test
    void detectsTheLeftRightLayout() {
        LoadedPairwise loaded = (LoadedPairwise) text("llmfao.csv",
                "id,worker,winner,left,right\n1,w1,left,x,y\n2,w2,right,x,y\n3,w1,tie,y,x\n");
        assertThat(count(loaded.table(), "x", "y", Outcome.A)).isEqualTo(1);
        assertThat(count(loaded.table(), "x", "y", Outcome.B)).isEqualTo(1);
        assertThat(count(loaded.table(), "y", "x", Outcome.TIE)).isEqualTo(1);
    }

    @Test
    void anUnknownHeaderAsksForTheColumnOptions() {
        assertThatThrownBy(() -> text("votes.csv", "first,second,result\nx,y,1\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("votes.csv:1: cannot tell which columns hold the judgments from the header"
                        + " [first, second, result]; expected model_a, model_b, winner (arena battles) or left, right,"
                        + " winner (LLMFAO); otherwise name the columns with --a, --b, --winner and the verdict"
                        + " values with --outcomes");
    }

    @Test
    void readsNamedColumnsWithAnOutcomeMappingAndWeights() {
        PairwiseColumns columns = PairwiseColumns.of("first", "second", "result",
                PairwiseColumns.parseOutcomes("a=1,b=2,tie=0|draw,both_bad=bad")).withWeight("w");
        LoadedPairwise loaded = (LoadedPairwise) text("votes.csv",
                "first,second,result,w\nx,y,1,2.5\nx,y,draw,1\nx,y,0,1\ny,x,bad,0.5\n",
                ReadOptions.defaults().withColumns(columns));
        ComparisonTable table = loaded.table();
        assertThat(count(table, "x", "y", Outcome.A)).isEqualTo(1);
        assertThat(table.weight(0, Outcome.A)).isEqualTo(2.5);
        assertThat(count(table, "x", "y", Outcome.TIE)).isEqualTo(2);
        assertThat(count(table, "y", "x", Outcome.BOTH_BAD)).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeNamesLineFieldValueAndTheKnownValues() {
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\nx,y,model_a\n\nx,y,lft\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("votes.csv:4: field 'winner': 'lft' is not a known outcome;"
                        + " expected one of model_a, model_b, tie, tie (bothbad)")
                .satisfies(e -> {
                    InputException error = (InputException) e;
                    assertThat(error.source()).isEqualTo("votes.csv");
                    assertThat(error.line()).isEqualTo(4);
                    assertThat(error.field()).contains("winner");
                    assertThat(error.value()).contains("lft");
                    assertThat(error.expected()).isEqualTo("one of model_a, model_b, tie, tie (bothbad)");
                    assertThat(error.reason()).isEqualTo("unknown outcome");
                });
    }

    @Test
    void lineNumbersCountTheLinesInsideQuotedFields() {
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\n\"x\ntwo lines\",y,model_a\nx,x,tie\n"))
                .hasMessage("votes.csv:4: field 'model_b': 'x' is the same item as field 'model_a';"
                        + " expected two different items");
    }

    @Test
    void aMissingFieldIsReported() {
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\nx,y\n"))
                .hasMessage("votes.csv:2: field 'winner': missing value;"
                        + " expected one of model_a, model_b, tie, tie (bothbad)");
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\n,y,tie\n"))
                .hasMessage("votes.csv:2: field 'model_a': missing value; expected an item id");
    }

    @Test
    void aMissingNamedColumnIsReported() {
        ReadOptions options = ReadOptions.defaults()
                .withColumns(PairwiseColumns.leftRight().withWeight("weight"));
        assertThatThrownBy(() -> text("votes.csv", "left,right,winner\nx,y,left\n", options))
                .hasMessage("votes.csv:1: column 'weight' is not in the header [left, right, winner];"
                        + " expected a header naming every column given");
    }

    @Test
    void aNonPositiveOrNonNumericWeightIsReported() {
        ReadOptions options = ReadOptions.defaults().withColumns(PairwiseColumns.arena().withWeight("weight"));
        String header = "model_a,model_b,winner,judge,tstamp,category,weight\n";
        assertThatThrownBy(() -> text("votes.csv", header + "x,y,tie,j,1,c,0\n", options))
                .hasMessage("votes.csv:2: field 'weight': '0' is not a positive weight;"
                        + " expected a positive, finite number");
        assertThatThrownBy(() -> text("votes.csv", header + "x,y,tie,j,1,c,heavy\n", options))
                .hasMessage("votes.csv:2: field 'weight': 'heavy' is not a positive weight;"
                        + " expected a positive, finite number");
    }

    @Test
    void aBadTimeIsReported() {
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner,tstamp\nx,y,tie,yesterday\n"))
                .hasMessage("votes.csv:2: field 'tstamp': 'yesterday' is not a time;"
                        + " expected an ISO-8601 instant such as 2024-05-01T12:00:00Z or epoch seconds");
        LoadedJudgments fine = text("votes.csv",
                "model_a,model_b,winner,tstamp\nx,y,tie,2024-05-01T12:00:00Z\nx,y,tie,1714564800.5\n");
        assertThat(fine.report().judgments()).isEqualTo(2);
    }

    @Test
    void anUnterminatedQuoteIsMalformedCsvEvenWhenSkipping() {
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\nx,y,tie\n\"x,y,tie\n", SKIP))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("votes.csv:3: malformed CSV (")
                .hasMessageEndingWith("); expected CSV as in RFC 4180")
                .extracting(e -> ((InputException) e).reason()).isEqualTo("malformed CSV");
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsHasNoJudgments() {
        assertThatThrownBy(() -> text("votes.csv", "")).hasMessage("votes.csv: no judgments found");
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\n")).hasMessage("votes.csv: no judgments found");
        assertThatThrownBy(() -> text("votes.csv", "model_a,model_b,winner\nx,x,tie\n", SKIP))
                .hasMessage("votes.csv: no judgments found (1 skipped: {self-comparison=1})");
    }

    @Test
    void skipInvalidCountsSkippedRecordsByReason() {
        LoadedJudgments loaded = text("votes.csv", """
                model_a,model_b,winner
                x,y,model_a
                x,x,tie
                x,y,lft
                x,y,??
                x,y
                y,x,model_b
                """, SKIP);
        assertThat(loaded.report()).isEqualTo(new ReadReport("votes.csv", 6, 2, 4,
                Map.of("self-comparison", 1L, "unknown outcome", 2L, "missing field", 1L)));
    }
}
