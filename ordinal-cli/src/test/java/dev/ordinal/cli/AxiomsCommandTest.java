package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ordinal axioms}, run in-process on plurality (its record: see AxiomSearchTest in ordinal-core). */
class AxiomsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Small enough to finish long before the clock, so the output is the same on any machine. */
    private static RankCommandTest.Run axioms(String... extra) {
        List<String> args = new ArrayList<>(List.of("axioms", "--rule", "plurality", "--voters", "5", "--samples", "0",
                "--exhaustive", "3000", "--time", "600", "-q"));
        args.addAll(List.of(extra));
        return RankCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void jsonReportsPluralitysSmallestCounterExamples() throws IOException {
        RankCommandTest.Run run = axioms("--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("rule").asText()).isEqualTo("plurality");
        assertThat(root.get("axioms")).hasSize(7);
        JsonNode condorcet = root.get("axioms").get(0);
        assertThat(condorcet.get("axiom").asText()).isEqualTo("condorcet-winner");
        assertThat(condorcet.get("result").asText()).isEqualTo("violated");
        JsonNode example = condorcet.get("counterExample");
        assertThat(example.get("voters").asInt()).isEqualTo(3);
        assertThat(example.get("candidates").asInt()).isEqualTo(3);
        assertThat(example.get("minimal").asBoolean()).isTrue();
        assertThat(example.get("profile")).hasSize(3);
        assertThat(example.get("profile").get(0).asText()).matches("1: [abc],[abc],[abc]");
        for (JsonNode axiom : root.get("axioms")) {
            String name = axiom.get("axiom").asText();
            boolean kept = List.of("pareto", "monotonicity", "participation").contains(name);
            assertThat(axiom.get("result").asText()).as(name).isEqualTo(kept ? "none-found" : "violated");
            assertThat(axiom.get("search").get("exhaustiveVoters").get("3").asInt()).as(name)
                    .isEqualTo(kept ? 5 : lessThanFive(axiom));
            assertThat(axiom.get("search").get("timedOut").asBoolean()).isFalse();
        }
        JsonNode clones = root.get("axioms").get(5).get("counterExample");
        assertThat(clones.get("modification").asText()).contains("a clone of");
        assertThat(clones.get("changedProfile").get(0).asText()).contains("'");
    }

    /** A search stops at the first violation, so sizes below it are the ones fully covered. */
    private static int lessThanFive(JsonNode axiom) {
        return axiom.get("counterExample").get("voters").asInt() - 1;
    }

    @Test
    void textShowsTheProfileTheChangeAndTheWinners() {
        RankCommandTest.Run run = axioms("--axioms", "reversal-symmetry,monotonicity", "--candidates", "3");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("plurality: profiles of 3 candidates and 1 to 5 voters")
                .contains("reversal-symmetry: violated with 3 voters and 3 candidates (no smaller counter-example")
                .contains("  then reversed every ballot:")
                .contains("    1: a,b,c\n")
                .contains("monotonicity: no violation found")
                .contains("searched: every profile up to 5 voters for 3 candidates; 0 random profiles");
        assertThat(run.out().indexOf("reversal-symmetry")).isLessThan(run.out().indexOf("monotonicity"));
    }

    @Test
    void badRuleAxiomAndRangeAreReportedPlainly() {
        RankCommandTest.Run rule = RankCommandTest.run("axioms", "--rule", "nonesuch", "-q");
        assertThat(rule.status()).isEqualTo(2);
        assertThat(rule.err()).startsWith("ordinal: error: --rule must be one of plurality, borda").contains("'nonesuch'")
                .doesNotContain("bug");
        RankCommandTest.Run axiom = axioms("--axioms", "clones");
        assertThat(axiom.status()).isEqualTo(2);
        assertThat(axiom.err()).contains("axioms must be one of").contains("got 'clones'").contains("independence-of-clones");
        RankCommandTest.Run range = axioms("--candidates", "3-4");
        assertThat(range.status()).isEqualTo(2);
        assertThat(range.err()).contains("--candidates must be a count or a range such as 3..4, got '3-4'");
        RankCommandTest.Run seven = axioms("--candidates", "3..7");
        assertThat(seven.err()).contains("candidates must be a range within 2..6");
    }
}
