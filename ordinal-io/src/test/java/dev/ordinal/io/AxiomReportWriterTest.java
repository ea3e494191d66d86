package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.vote.Axiom;
import dev.ordinal.vote.AxiomReport;
import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.CounterExample;
import dev.ordinal.vote.SearchLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AxiomReportWriterTest {
    private static final SearchLimits LIMITS = SearchLimits.defaults().withCandidates(3, 3).withVoters(4);

    private static final Ballots ONE_VOTER = Ballots.builder().add(List.of(List.of("a"), List.of("b"), List.of("c")), 1)
            .build();

    private static final List<AxiomReport> REPORTS = List.of(
            new AxiomReport(Axiom.PARETO, Optional.of(new CounterExample(Axiom.PARETO, "r", ONE_VOTER, List.of("b", "c"),
                    "every voter ranks a above b, yet b is among the winners b, c", Optional.empty(), Optional.empty(),
                    List.of(), true)), Optional.empty(), new TreeMap<>(Map.of(3, 0)), 1, 0, false),
            new AxiomReport(Axiom.MONOTONICITY, Optional.empty(), Optional.empty(), new TreeMap<>(Map.of(3, 4)), 125,
                    40, true),
            new AxiomReport(Axiom.PARTICIPATION, Optional.empty(), Optional.of("rule 'r' needs cardinal scores"),
                    new TreeMap<>(), 0, 0, false));

    @Test
    void textSaysWhatWasFoundAndHowFarTheSearchGot() {
        StringWriter out = new StringWriter();
        AxiomReportWriter.writeText("r", LIMITS, REPORTS, out);
        assertThat(out.toString()).startsWith("r: profiles of 3 candidates and 1 to 4 voters")
                .contains("pareto: violated with 1 voter and 3 candidates (no smaller")
                .contains("  profile:\n    1: a,b,c\n  winners: b, c\n  searched: none for 3 candidates; 0 random")
                .contains("monotonicity: no violation found (raising a winner on a ballot keeps it a winner)\n"
                        + "  searched: every profile up to 4 voters for 3 candidates; 40 random profiles; 125 profiles "
                        + "in all; stopped by the time limit")
                .contains("participation: not applicable: rule 'r' needs cardinal scores")
                .doesNotContain("then ");
    }

    @Test
    void jsonNamesTheResultOfEachAxiom() throws IOException {
        StringWriter out = new StringWriter();
        AxiomReportWriter.writeJson("r", LIMITS, REPORTS, out);
        JsonNode axioms = new ObjectMapper().readTree(out.toString()).get("axioms");
        assertThat(axioms.get(0).get("result").asText()).isEqualTo("violated");
        assertThat(axioms.get(0).get("counterExample").get("profile").get(0).asText()).isEqualTo("1: a,b,c");
        assertThat(axioms.get(0).get("counterExample").has("modification")).isFalse();
        assertThat(axioms.get(1).get("result").asText()).isEqualTo("none-found");
        assertThat(axioms.get(1).get("search").get("exhaustiveVoters").get("3").asInt()).isEqualTo(4);
        assertThat(axioms.get(1).get("search").get("timedOut").asBoolean()).isTrue();
        assertThat(axioms.get(2).get("result").asText()).isEqualTo("not-applicable");
        assertThat(axioms.get(2).get("reason").asText()).contains("cardinal scores");
        assertThat(axioms.get(2).has("search")).isFalse();
    }
}
