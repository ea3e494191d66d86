package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankingProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The files shipped under examples/, checked against the totals their sources state
 * (examples/llmfao/README.md; PrefLib headers and shared SOURCES.md).
 */
class ExampleFilesTest {

    private static LoadedJudgments read(String relative) {
        return JudgmentFiles.read(Inputs.example(relative), ReadOptions.defaults(), bytes -> { });
    }

    private static long total(ComparisonTable table, Outcome outcome) {
        long sum = 0;
        for (int cell = 0; cell < table.cellCount(); cell++) {
            sum += table.count(cell, outcome);
        }
        return sum;
    }

    @Test
    void llmfaoCrowdComparisons() {
        LoadedPairwise loaded = (LoadedPairwise) read("llmfao/crowd-comparisons.csv");
        ComparisonTable table = loaded.table();
        assertThat(loaded.report().records()).isEqualTo(8_931);
        assertThat(loaded.report().judgments()).isEqualTo(8_931);
        assertThat(table.itemCount()).isEqualTo(59);
        assertThat(table.cellCount()).isEqualTo(1_208);
        assertThat(total(table, Outcome.A)).isEqualTo(2_911);
        assertThat(total(table, Outcome.B)).isEqualTo(2_549);
        assertThat(total(table, Outcome.TIE)).isEqualTo(3_471);
    }

    @Test
    void llmfaoGpt4Comparisons() {
        LoadedPairwise loaded = (LoadedPairwise) read("llmfao/gpt4-crowd-comparisons.csv");
        assertThat(loaded.report().judgments()).isEqualTo(2_139);
        assertThat(total(loaded.table(), Outcome.A)).isEqualTo(943);
        assertThat(total(loaded.table(), Outcome.B)).isEqualTo(1_130);
        assertThat(total(loaded.table(), Outcome.TIE)).isEqualTo(66);
    }

    @Test
    void netflixElection() {
        LoadedRankings loaded = (LoadedRankings) read("preflib/netflix/00004-00000001.soc");
        RankingProfile profile = loaded.profile();
        assertThat(profile.items().ids())
                .containsExactlyInAnyOrder("Shrek (Full-screen)", "The X-Files: Season 2", "The Punisher");
        assertThat(profile.judgments()).isEqualTo(664);
        assertThat(profile.size()).isEqualTo(6);
        assertThat(profile.count(0)).isEqualTo(263);
    }

    @Test
    void irishElection() {
        LoadedRankings loaded = (LoadedRankings) read("preflib/irish/00001-00000002.soi");
        RankingProfile profile = loaded.profile();
        // 29,988 ballots in 10,335 distinct orders, 1,743 of them (9 orders) naming one candidate only.
        assertThat(loaded.report()).isEqualTo(new ReadReport(Inputs.example("preflib/irish/00001-00000002.soi"),
                29_988, 29_988, 0, Map.of()));
        assertThat(profile.size()).isEqualTo(10_335);
        assertThat(profile.itemCount()).isEqualTo(9);
        assertThat(profile.items().ids()).contains("Joe Higgins S.P.", "Brian Lenihan F.F.", "Joan Burton Lab");
    }

    @Test
    void documentationRankings() {
        LoadedRankings loaded = (LoadedRankings) read("rankings.jsonl");
        assertThat(loaded.profile().judgments()).isEqualTo(4);
        assertThat(loaded.profile().groupSizes(0)).containsExactly(1, 2, 1);
    }
}
