package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever item names (commas, quotes, line breaks, non-ASCII) and whatever input format, reading
 * judgments back gives the table built from them directly.
 */
class RoundTripPropertyTest {
    private static final Map<Outcome, String> ARENA_VALUES = Map.of(Outcome.A, "model_a", Outcome.B, "model_b",
            Outcome.TIE, "tie", Outcome.BOTH_BAD, "tie (bothbad)");

    @Provide
    Arbitrary<PairwiseJudgment> judgments() {
        Arbitrary<String> names = Arbitraries.strings().withChars("ab,\"\n é'{[").ofMinLength(1).ofMaxLength(6)
                .filter(name -> !name.isBlank() && name.strip().equals(name));
        return Combinators.combine(names, names, Arbitraries.of(Outcome.class))
                .filter((a, b, outcome) -> !a.equals(b))
                .as(PairwiseJudgment::of);
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Property(tries = 200)
    void csvAndJsonLinesReadBackTheSameTable(@ForAll @Size(min = 1, max = 30) List<@From("judgments") PairwiseJudgment> judgments) {
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\r\n");
        StringBuilder jsonl = new StringBuilder();
        List<String> objects = new ArrayList<>();
        for (PairwiseJudgment judgment : judgments) {
            String winner = ARENA_VALUES.get(judgment.outcome());
            csv.append(csvField(judgment.a())).append(',').append(csvField(judgment.b())).append(',')
                    .append(csvField(winner)).append("\r\n");
            String object = "{\"model_a\": " + jsonString(judgment.a()) + ", \"model_b\": " + jsonString(judgment.b())
                    + ", \"winner\": " + jsonString(winner) + "}";
            jsonl.append(object).append('\n');
            objects.add(object);
        }
        ComparisonTable expected = ComparisonTable.of(judgments);
        for (LoadedJudgments loaded : List.of(Inputs.text("p.csv", csv.toString()), Inputs.text("p.jsonl", jsonl.toString()),
                Inputs.text("p.json", "[" + String.join(",\n", objects) + "]"))) {
            ComparisonTable table = ((LoadedPairwise) loaded).table();
            assertThat(table.items()).isEqualTo(expected.items());
            assertThat(table.cellCount()).isEqualTo(expected.cellCount());
            for (int cell = 0; cell < table.cellCount(); cell++) {
                assertThat(table.sideA(cell)).isEqualTo(expected.sideA(cell));
                assertThat(table.sideB(cell)).isEqualTo(expected.sideB(cell));
                for (Outcome outcome : Outcome.values()) {
                    assertThat(table.count(cell, outcome)).isEqualTo(expected.count(cell, outcome));
                }
            }
        }
    }
}
