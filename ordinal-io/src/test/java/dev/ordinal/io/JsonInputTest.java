package dev.ordinal.io;

import static dev.ordinal.io.Inputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankingProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonInputTest {
    private static final ReadOptions SKIP = ReadOptions.defaults().withSkipInvalid(true);

    private static void assertArenaTable(ComparisonTable table) {
        assertThat(table.items().ids()).containsExactly("gpt-4", "claude-2", "llama-2");
        assertThat(table.judgments()).isEqualTo(5);
        assertThat(table.cellCount()).isEqualTo(4);
        assertThat(table.count(0, Outcome.A)).isEqualTo(2);
    }

    @Test
    void readsAnArenaJsonArrayStreamingPastNestedFields() {
        LoadedPairwise loaded = (LoadedPairwise) Inputs.fixture("arena.json", ReadOptions.defaults());
        assertArenaTable(loaded.table());
        assertThat(loaded.report().records()).isEqualTo(5);
    }

    @Test
    void readsArenaJsonLinesSkippingBlankLines() {
        LoadedPairwise loaded = (LoadedPairwise) Inputs.fixture("arena.jsonl", ReadOptions.defaults());
        assertArenaTable(loaded.table());
    }

    @Test
    void numbersAreAcceptedAsItemIdsAndOutcomeValues() {
        PairwiseColumns columns = PairwiseColumns.of("x", "y", "v", PairwiseColumns.parseOutcomes("a=1,b=2,tie=0"))
                .withWeight("w");
        LoadedPairwise loaded = (LoadedPairwise) text("votes.jsonl",
                "{\"x\": 97, \"y\": 98, \"v\": 1, \"w\": 0.5}\n{\"x\": 98, \"y\": 97, \"v\": \"0\"}\n",
                ReadOptions.defaults().withColumns(columns));
        assertThat(loaded.table().items().ids()).containsExactly("97", "98");
        assertThat(loaded.table().weight(0, Outcome.A)).isEqualTo(0.5);
        assertThat(loaded.table().count(1, Outcome.TIE)).isEqualTo(1);
    }

    @Test
    void errorsInJsonLinesNameLineAndField() {
        assertThatThrownBy(() -> text("votes.jsonl",
                "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}\n{\"model_a\": \"x\", \"winner\": \"tie\"}\n"))
                .hasMessage("votes.jsonl:2: field 'model_b': missing value; expected an item id");
        assertThatThrownBy(() -> text("votes.jsonl", "{\"model_a\": \"x\", \"model_b\": [1], \"winner\": \"tie\"}\n"))
                .hasMessage("votes.jsonl:1: field 'model_b': '[1]' is not a string or a number;"
                        + " expected a string or a number");
        assertThatThrownBy(() -> text("votes.jsonl", "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}\n"
                + "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\", \"weight\": -1}\n",
                ReadOptions.defaults().withColumns(PairwiseColumns.arena().withWeight("weight"))))
                .hasMessage("votes.jsonl:2: field 'weight': '-1' is not a positive weight; expected a positive, finite number");
    }

    @Test
    void aMalformedJsonLineFailsOrIsSkipped() {
        String content = "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}\n{\"model_a\": \"x\",\n[1]\n";
        assertThatThrownBy(() -> text("votes.jsonl", content))
                .hasMessageStartingWith("votes.jsonl:2: malformed JSON (")
                .hasMessageEndingWith("); expected one JSON object per line");
        assertThat(text("votes.jsonl", content, SKIP).report().skippedByReason())
                .isEqualTo(Map.of("malformed JSON", 1L, "not an object", 1L));
    }

    @Test
    void malformedJsonInAnArrayFailsEvenWhenSkipping() {
        String content = "[\n{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"},\n{\"model_a\": \"x\" \"model_b\"}\n]";
        assertThatThrownBy(() -> text("votes.json", content, SKIP))
                .hasMessageStartingWith("votes.json:3: malformed JSON (Unexpected character ('\"'")
                .hasMessageEndingWith("; expected JSON as in RFC 8259");
        assertThatThrownBy(() -> text("votes.json", "[{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}", SKIP))
                .hasMessageStartingWith("votes.json:1: malformed JSON (Unexpected end-of-input");
    }

    @Test
    void anEmptyArrayOrFileHasNoJudgments() {
        assertThatThrownBy(() -> text("votes.json", "[]")).hasMessage("votes.json: no judgments found");
        assertThatThrownBy(() -> text("votes.json", "  \n")).hasMessage("votes.json: no judgments found");
        assertThatThrownBy(() -> text("votes.jsonl", "\n\n")).hasMessage("votes.jsonl: no judgments found");
    }

    @Test
    void unknownKeysAskForTheColumnOptions() {
        assertThatThrownBy(() -> text("votes.jsonl", "{\"p\": \"x\", \"q\": \"y\"}\n"))
                .hasMessage("votes.jsonl:1: cannot tell which keys hold the judgments from the keys [p, q];"
                        + " expected model_a, model_b, winner (arena battles), left, right, winner (LLMFAO), or"
                        + " ranking; otherwise name the keys with --a, --b, --winner and the verdict values with --outcomes");
    }

    @Test
    void groupedRankingsKeepTiesAndWeights() {
        LoadedRankings loaded = (LoadedRankings) Inputs.fixture("grouped.jsonl", ReadOptions.defaults());
        RankingProfile profile = loaded.profile();
        assertThat(profile.items().ids()).containsExactly("x", "y", "z", "w");
        assertThat(profile.size()).isEqualTo(2);
        assertThat(profile.judgments()).isEqualTo(3);
        assertThat(profile.groupSizes(0)).containsExactly(1, 2, 1);
        assertThat(profile.count(0)).isEqualTo(2);
        assertThat(profile.weight(0)).isEqualTo(3.5);
        assertThat(profile.groupSizes(1)).containsExactly(2, 1);
    }

    @Test
    void flatRankingsAreStrictOrders() {
        LoadedRankings loaded = (LoadedRankings) Inputs.fixture("flat.jsonl", ReadOptions.defaults());
        RankingProfile profile = loaded.profile();
        assertThat(profile.items().ids()).containsExactly("x", "y", "z", "1", "2", "3");
        assertThat(profile.size()).isEqualTo(3);
        for (int r = 0; r < profile.size(); r++) {
            assertThat(profile.groupSizes(r)).containsExactly(1, 1, 1);
        }
        assertThat(profile.order(1)).containsExactly(2, 1, 0);
        assertThat(profile.weight(1)).isEqualTo(2.0);
    }

    @Test
    void explicitRankingsFormatReadsAnyExtension() {
        LoadedJudgments loaded = text("ballots.txt", "{\"ranking\": [\"a\", \"b\"]}\n",
                ReadOptions.defaults().withFormat(InputFormat.RANKINGS_JSONL));
        assertThat(loaded).isInstanceOf(LoadedRankings.class);
    }

    @Test
    void invalidRankingsAreReported() {
        assertThatThrownBy(() -> text("r.jsonl", "{\"ranking\": [\"a\", \"b\"]}\n{\"ranking\": [\"a\", [\"b\", \"a\"]]}\n"))
                .hasMessage("r.jsonl:2: field 'ranking': item 'a' appears twice; expected every item at most once in a ranking");
        assertThatThrownBy(() -> text("r.jsonl", "{\"ranking\": [\"a\", [], \"b\"]}\n"))
                .hasMessage("r.jsonl:1: field 'ranking': a tied group is empty; expected at least one item in every group");
        assertThatThrownBy(() -> text("r.jsonl", "{\"ranking\": \"a > b\"}\n"))
                .hasMessage("r.jsonl:1: field 'ranking': '\"a > b\"' is not an array;"
                        + " expected an array of items or of tied groups of items");
        assertThatThrownBy(() -> text("r.jsonl", "{\"ranking\": [\"a\", \"b\"]}\n{\"judge\": \"j\"}\n"))
                .hasMessage("r.jsonl:2: field 'ranking': missing value; expected an array of items or of tied groups of items");
        assertThatThrownBy(() -> text("r.jsonl", "{\"ranking\": [\"a\", \"b\"], \"weight\": 0}\n"))
                .hasMessage("r.jsonl:1: field 'weight': '0' is not a positive weight; expected a positive, finite number");
    }

    @Test
    void oneItemRankingsAreKept() {
        LoadedJudgments loaded = text("r.jsonl", "{\"ranking\": [\"a\", \"b\"]}\n{\"ranking\": [\"a\"]}\n");
        assertThat(loaded.report()).isEqualTo(new ReadReport("r.jsonl", 2, 2, 0, Map.of()));
        assertThat(((LoadedRankings) loaded).profile().judgments()).isEqualTo(2);
    }
}
