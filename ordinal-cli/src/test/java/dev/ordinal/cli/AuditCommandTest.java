package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code ordinal audit} on the LLMFAO crowd, GPT-4 and GPT-3 labels shipped in examples/llmfao. */
class AuditCommandTest {
    private static final String CROWD = "crowd=../examples/llmfao/crowd-comparisons.csv";
    private static final String GPT4 = "gpt4=../examples/llmfao/gpt4-crowd-comparisons.csv";
    private static final String GPT3 = "gpt3=../examples/llmfao/gpt3-crowd-comparisons.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /**
     * Counts from the CSV files themselves: crowd 8,931 labels by 124 workers on 2,139 pair ids;
     * GPT-3 2,139 labels, 1,352 left, 593 right, 194 tie (0.632, 0.277, 0.091).
     */
    @Test
    void summarisesTheSourcesAndWritesTheHtmlReport() throws Exception {
        Path html = temp.resolve("audit.html");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", CROWD, "--source", GPT4, "--source", GPT3,
                "--bootstrap", "20", "--threads", "1", "--format", "json", "--html", html.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sections = JSON.readTree(run.out()).get("sections");
        assertThat(sections.findValuesAsText("heading")).containsExactly("Sources", "Shared units", "Leaderboards");
        JsonNode sources = sections.get(0).get("tables").get(0);
        assertThat(sources.get(0).get("source").asText()).isEqualTo("crowd");
        assertThat(sources.get(0).get("labels").asLong()).isEqualTo(8931);
        assertThat(sources.get(0).get("judges").asLong()).isEqualTo(124);
        assertThat(sources.get(0).get("units").asLong()).isEqualTo(2139);
        assertThat(sources.get(2).get("judges").asLong()).isEqualTo(1);
        assertThat(sources.get(2).get("left-win rate").asDouble()).isEqualTo(0.632);
        assertThat(sources.get(2).get("right-win rate").asDouble()).isEqualTo(0.277);
        assertThat(sources.get(2).get("tie rate").asDouble()).isEqualTo(0.091);
        JsonNode shared = sections.get(1).get("tables").get(0);
        assertThat(shared).hasSize(3);
        assertThat(shared.findValues("shared units")).allSatisfy(count -> assertThat(count.asLong()).isEqualTo(2139));
        JsonNode ranks = sections.get(2).get("tables").get(0);
        assertThat(ranks).hasSize(59);
        assertThat(ranks.get(0).get("item").asText()).isEqualTo("GPT 4");
        assertThat(ranks.get(0).get("crowd position").asInt()).isEqualTo(1);

        String page = Files.readString(html, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        // one heatmap, three dot plots, two slope charts against the crowd
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(6);
        assertThat(page).contains("<figcaption>crowd vs gpt4</figcaption>", "<figcaption>crowd vs gpt3</figcaption>");
    }

    @Test
    void textOutputNamesTheReference() {
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", GPT3, "--source", GPT4, "--reference", "gpt4",
                "--bootstrap", "10", "--threads", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Audit of gpt3, gpt4\n4278 labels from 2 sources; reference: gpt4.\n")
                .contains("== Sources", "== Shared units", "== Leaderboards")
                .containsPattern("gpt3\\s+2139\\s+1\\s+2139\\s+59\\s+0\\.632\\s+0\\.277\\s+0\\.091");
    }

    @Test
    void badSourcesAndOptionsAreClearErrors() throws Exception {
        RankCommandTest.Run unknown = RankCommandTest.run("audit", "--source", GPT3, "--reference", "crowd");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("--reference 'crowd' is not a source; the sources are [gpt3]");
        Path empty = temp.resolve("empty.csv");
        Files.writeString(empty, "left,right,winner\n");
        RankCommandTest.Run noLabels = RankCommandTest.run("audit", "--source", "judge=" + empty);
        assertThat(noLabels.status()).isEqualTo(1);
        assertThat(noLabels.err()).contains("empty.csv: no labels found");
        RankCommandTest.Run twice = RankCommandTest.run("audit", "--source", GPT3, "--source", GPT3);
        assertThat(twice.err()).contains("two sources are named 'gpt3'");
        assertThat(RankCommandTest.run("audit").status()).isEqualTo(2);
    }

    /** Sources on different prompts share no unit: the table says 0 and the run still succeeds. */
    @Test
    void sourcesThatShareNoUnitSayZero() throws Exception {
        Path a = temp.resolve("a.csv");
        Path b = temp.resolve("b.csv");
        Files.writeString(a, "prompt,left,right,winner\np1,x,y,left\np1,y,z,left\np1,x,z,right\n");
        Files.writeString(b, "prompt,left,right,winner\np2,x,y,left\np2,y,z,tie\np2,z,x,left\n");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", a.toString(), "--source", b.toString(),
                "--bootstrap", "5", "--threads", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode shared = JSON.readTree(run.out()).get("sections").get(1).get("tables").get(0).get(0);
        assertThat(shared.get("source").asText()).isEqualTo("a");
        assertThat(shared.get("other source").asText()).isEqualTo("b");
        assertThat(shared.get("shared units").asLong()).isZero();
    }
}
