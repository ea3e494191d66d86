package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.app.Entry;
import dev.ordinal.app.Parameter;
import dev.ordinal.app.Registries;
import dev.ordinal.app.Registry;
import dev.ordinal.cli.RankCommandTest.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ordinal list}: every entry of every kind, as text and as JSON. */
class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEntryAppearsInTheJsonWithItsParameters() throws IOException {
        Run run = RankCommandTest.run("list", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode kinds = JSON.readTree(run.out()).get("kinds");
        assertThat(kinds).hasSize(Registries.all().size());
        for (int k = 0; k < kinds.size(); k++) {
            Registry<?> registry = Registries.all().get(k);
            JsonNode kind = kinds.get(k);
            assertThat(kind.get("kind").asText()).isEqualTo(registry.kind());
            List<String> names = new ArrayList<>();
            kind.get("entries").forEach(entry -> names.add(entry.get("name").asText()));
            assertThat(names).containsExactlyElementsOf(registry.names());
            for (int e = 0; e < registry.entries().size(); e++) {
                Entry<?> entry = registry.entries().get(e);
                JsonNode node = kind.get("entries").get(e);
                List<String> parameters = new ArrayList<>();
                node.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asText()));
                assertThat(parameters).as(entry.name())
                        .containsExactlyElementsOf(entry.parameters().stream().map(Parameter::name).toList());
                assertThat(node.get("summary").asText()).isEqualTo(entry.summary());
            }
        }
    }

    @Test
    void oneKindAsText() {
        Run run = RankCommandTest.run("list", "rating");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("rating: ").contains("  elo - ").contains("k: the largest change one game "
                + "can make (a number in (0, ∞); default 4)").contains("  bt (also bt-batch)")
                .doesNotContain("schulze");
    }

    @Test
    void voteListIsTheRuleKind() {
        assertThat(RankCommandTest.run("vote", "--list").out()).isEqualTo(RankCommandTest.run("list", "rule").out());
    }
}
