package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code ordinal audit} on the LLMFAO crowd, GPT-4 and GPT-3 labels shipped in examples/llmfao. */
class AuditCommandTest {
    private static final String CROWD = "crowd=../examples/llmfao/crowd-comparisons.csv";
    private static final String GPT4 = "gpt4=../examples/llmfao/gpt4-crowd-comparisons.csv";
    private static final String GPT3 = "gpt3=../examples/llmfao/gpt3-crowd-comparisons.csv";
    private static final String MODELS = "../examples/llmfao/models.jsonl";
    private static final String ANSWERS = "../examples/llmfao/results.jsonl";
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
        assertThat(sections.findValuesAsText("heading")).containsExactly("Sources", "Shared units", "Leaderboards",
                "Agreement", "Leaderboard agreement", "Position bias", "Voters", "Consistency");
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
        // shared units: a heatmap; leaderboards: three dot plots, two slope charts against the crowd; agreement:
        // kappa bars and the kappa heatmap; leaderboard agreement: tau bars; position bias: bars; voters: the
        // skill plot and two slope charts; consistency: the heatmap per prompt
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(14);
        assertThat(page).contains("<figcaption>crowd vs gpt4</figcaption>", "<figcaption>crowd vs gpt3</figcaption>",
                "<figcaption>crowd: all labels vs without flagged voters</figcaption>");
    }

    @Test
    void textOutputNamesTheReference() {
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", GPT3, "--source", GPT4, "--reference", "gpt4",
                "--bootstrap", "10", "--threads", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Audit of gpt3, gpt4\n4278 labels from 2 sources; reference: gpt4.\n")
                .contains("== Sources", "== Shared units", "== Leaderboards", "== Agreement",
                        "== Leaderboard agreement", "== Position bias", "== Voters", "== Consistency")
                .contains("Every source has a single judge: nothing to audit per voter.")
                .doesNotContain("== Family bias", "== Style control")
                .containsPattern("gpt3\\s+2139\\s+1\\s+2139\\s+59\\s+0\\.632\\s+0\\.277\\s+0\\.091");
    }

    @Test
    void badSourcesAndOptionsAreClearErrors() throws Exception {
        RankCommandTest.Run unknown = RankCommandTest.run("audit", "--source", GPT3, "--reference", "crowd");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--reference must be one of the sources [gpt3], got 'crowd'");
        Path empty = temp.resolve("empty.csv");
        Files.writeString(empty, "left,right,winner\n");
        RankCommandTest.Run noLabels = RankCommandTest.run("audit", "--source", "judge=" + empty);
        assertThat(noLabels.status()).isEqualTo(1);
        assertThat(noLabels.err()).contains("empty.csv: no labels found");
        RankCommandTest.Run twice = RankCommandTest.run("audit", "--source", GPT3, "--source", GPT3);
        assertThat(twice.err()).contains("two sources have this one").contains("got 'gpt3'");
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
        assertThat(paragraphs(section(JSON.readTree(run.out()).get("sections"), "Agreement")))
                .anySatisfy(text -> assertThat(text).startsWith("No agreement of b with a: sources b and a share no "
                        + "units"));
    }

    /** The section with this heading. */
    private static JsonNode section(JsonNode sections, String heading) {
        for (JsonNode section : sections) {
            if (section.get("heading").asText().equals(heading)) {
                return section;
            }
        }
        throw new AssertionError("no section '" + heading + "' in " + sections.findValuesAsText("heading"));
    }

    /** The row of a table whose {@code column} is {@code value}. */
    private static JsonNode row(JsonNode table, String column, String value) {
        for (JsonNode row : table) {
            if (row.get(column).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + column + " '" + value + "' in " + table);
    }

    private static List<String> paragraphs(JsonNode section) {
        List<String> texts = new ArrayList<>();
        section.get("paragraphs").forEach(paragraph -> texts.add(paragraph.asText()));
        return texts;
    }

    /**
     * The whole LLMFAO audit of docs/audit.md with few bootstrap rounds. Point figures do not depend
     * on the rounds. Agreement of GPT-4 with the crowd majority by hand from its confusion matrix
     * (rows GPT-4, columns the crowd; a, b, tie): 477 147 604 / 118 301 426 / 9 7 50, 2,139 units:
     * agreement (477 + 301 + 50) / 2139 = 0.387; without ties 778 / 1043 = 0.746; κ of the matrix averaged
     * with its mirror image (rows 1036.5, 1036.5, 66; columns 529.5, 529.5, 1080): p_e = 0.2555,
     * κ = (0.3871 − 0.2555) / (1 − 0.2555) = 0.177. First-position shares of non-tie verdicts counted from
     * the files: GPT-4 943 / (943 + 1130) = 0.455 (docs/audit-biases.md's 0.451 is of the larger
     * gpt4-comparisons.csv, not shipped), GPT-3 1352 / 1945 = 0.695.
     */
    @Test
    void theLlmfaoAuditHasEverySection() throws Exception {
        Path html = temp.resolve("audit.html");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", CROWD, "--source", GPT4, "--source", GPT3,
                "--families", MODELS, "--family-fields", "name,org", "--judge-family", "gpt4=OpenAI",
                "--judge-family", "gpt3=OpenAI", "--answers", ANSWERS, "--bootstrap", "20", "--threads", "2",
                "--format", "json", "--html", html.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sections = JSON.readTree(run.out()).get("sections");
        assertThat(sections.findValuesAsText("heading")).containsExactly("Sources", "Shared units", "Leaderboards",
                "Agreement", "Leaderboard agreement", "Position bias", "Family bias", "Voters", "Consistency",
                "Style control");

        JsonNode agreement = section(sections, "Agreement");
        JsonNode gpt4 = row(agreement.get("tables").get(0), "source", "gpt4");
        assertThat(gpt4.get("compared with").asText()).isEqualTo("crowd majority");
        assertThat(gpt4.get("shared units").asInt()).isEqualTo(2139);
        assertThat(gpt4.get("agreement").asDouble()).isEqualTo(0.387);
        assertThat(gpt4.get("agreement without ties").asDouble()).isEqualTo(0.746);
        assertThat(gpt4.get("kappa").asDouble()).isEqualTo(0.177);
        assertThat(gpt4.get("kappa lower").asDouble()).isLessThan(0.177);
        assertThat(gpt4.get("kappa upper").asDouble()).isGreaterThan(0.177);
        JsonNode gpt3 = row(agreement.get("tables").get(0), "source", "gpt3");
        assertThat(gpt3.get("agreement").asDouble()).isEqualTo(0.336);
        assertThat(gpt3.get("kappa").asDouble()).isEqualTo(0.089);
        JsonNode confusion = agreement.get("tables").get(1);
        assertThat(confusion.get(0).get("source").asText()).isEqualTo("gpt4");
        assertThat(confusion.get(0).get("crowd majority a").asInt()).isEqualTo(477);
        assertThat(confusion.get(0).get("crowd majority tie").asInt()).isEqualTo(604);
        JsonNode alpha = agreement.get("tables").get(2);
        assertThat(row(alpha, "panel", "crowd judges").get("coders").asInt()).isEqualTo(124);
        assertThat(row(alpha, "panel", "crowd judges").get("alpha").asDouble()).isEqualTo(0.291);

        JsonNode leaderboards = section(sections, "Leaderboard agreement");
        JsonNode taus = leaderboards.get("tables").get(0);
        assertThat(row(taus, "source", "gpt4").get("items").asInt()).isEqualTo(59);
        assertThat(row(taus, "source", "gpt4").get("kendall tau").asDouble()).isEqualTo(0.537);
        assertThat(row(taus, "source", "gpt3").get("kendall tau").asDouble()).isEqualTo(0.539);
        JsonNode quality = leaderboards.get("tables").get(1);
        assertThat(row(quality, "source", "crowd").get("leader").asText()).isEqualTo("GPT 4");
        assertThat(row(quality, "source", "crowd").get("changes to swap").asInt()).isEqualTo(10);

        JsonNode position = section(sections, "Position bias").get("tables").get(0);
        assertThat(row(position, "source", "gpt4").get("first").asInt()).isEqualTo(943);
        assertThat(row(position, "source", "gpt4").get("second").asInt()).isEqualTo(1130);
        assertThat(row(position, "source", "gpt4").get("first-position share").asDouble()).isEqualTo(0.455);
        assertThat(row(position, "source", "gpt4").get("share upper").asDouble()).isLessThan(0.5);
        assertThat(row(position, "source", "gpt3").get("first-position share").asDouble()).isEqualTo(0.695);
        assertThat(row(position, "source", "gpt3").get("share lower").asDouble()).isEqualTo(0.674);
        assertThat(row(position, "source", "gpt3").get("share upper").asDouble()).isEqualTo(0.715);
        assertThat(row(position, "source", "crowd").get("interval").asText()).isEqualTo("unit bootstrap");
        assertThat(row(position, "source", "crowd").get("first-position share").asDouble()).isEqualTo(0.533);

        JsonNode family = section(sections, "Family bias");
        assertThat(row(family.get("tables").get(0), "source", "gpt4").get("units").asInt()).isEqualTo(216);
        assertThat(row(family.get("tables").get(0), "source", "gpt4").get("difference").asDouble()).isEqualTo(0.283);
        assertThat(row(family.get("tables").get(0), "source", "gpt3").get("difference").asDouble()).isEqualTo(0.038);
        assertThat(paragraphs(family)).anySatisfy(text -> assertThat(text)
                .startsWith("11 names in the family file are no source's item"));

        JsonNode voters = section(sections, "Voters");
        assertThat(paragraphs(voters)).contains("crowd, sequential test: 4 flagged, 54 cleared, 66 undecided (their "
                + "votes ran out first). Flagged:");
        assertThat(row(voters.get("tables").get(0), "voter", "15").get("finding").asText()).isEqualTo("adversarial");
        assertThat(row(voters.get("tables").get(2), "voter", "32").get("pattern").asText()).isEqualTo("always left");
        assertThat(row(voters.get("tables").get(3), "leaderboard", "without flagged voters").get("voters").asInt())
                .isEqualTo(120);

        JsonNode consistency = section(sections, "Consistency").get("tables").get(0);
        assertThat(row(consistency, "source", "gpt3").get("triads").asInt()).isEqualTo(517);
        assertThat(row(consistency, "source", "gpt3").get("cycles").asInt()).isEqualTo(80);
        assertThat(row(consistency, "source", "gpt4").get("cycles").asInt()).isEqualTo(5);

        // docs/style-control.md: crowd length +0.101 [+0.027, +0.175], GPT-3 +0.571
        JsonNode style = section(sections, "Style control").get("tables").get(0);
        assertThat(style.get(0).get("source").asText()).isEqualTo("crowd");
        assertThat(style.get(0).get("feature").asText()).isEqualTo("length");
        assertThat(style.get(0).get("coefficient").asDouble()).isEqualTo(0.101);
        assertThat(style.get(0).get("lower").asDouble()).isEqualTo(0.027);
        assertThat(style.get(8).get("source").asText()).isEqualTo("gpt3");
        assertThat(style.get(8).get("coefficient").asDouble()).isEqualTo(0.571);
        JsonNode moves = section(sections, "Style control").get("tables").get(1);
        assertThat(row(moves, "item", "RedPajama-INCITE Chat (7B)").get("change").asInt()).isEqualTo(16);

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<h2>Family bias</h2>", "<h2>Style control</h2>",
                "<figcaption>crowd: plain vs style-controlled order</figcaption>");
    }

    /** A source in which one worker gave a single label: every section runs, the voter is "too few labels". */
    @Test
    void aJudgeWithOneLabelIsReportedNotFatal() throws Exception {
        Path crowd = temp.resolve("crowd.csv");
        Files.writeString(crowd, "prompt,worker,left,right,winner\np1,w1,x,y,left\np1,w1,y,z,left\n"
                + "p1,w1,x,z,right\np1,w2,x,y,left\np1,w2,y,z,right\np1,w2,x,z,left\np1,w3,y,z,left\n");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", crowd.toString(), "--bootstrap", "5",
                "--threads", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sections = JSON.readTree(run.out()).get("sections");
        assertThat(paragraphs(section(sections, "Voters"))).anySatisfy(text -> assertThat(text)
                .startsWith("crowd: 3 voters; 3 gave too few labels to judge"));
        assertThat(paragraphs(section(sections, "Position bias"))).contains("Per judge of crowd: none of the 3 judges "
                + "gave 10 or more non-tie verdicts, too few to judge one by one.");
        JsonNode consistency = section(sections, "Consistency").get("tables").get(0);
        assertThat(consistency.get(0).get("cycles").asInt()).isEqualTo(1);
    }

    /** Sources with no item in common: no leaderboard agreement, said in a sentence. */
    @Test
    void sourcesWithNoItemInCommonSaySo() throws Exception {
        Path a = temp.resolve("a.csv");
        Path c = temp.resolve("c.csv");
        Files.writeString(a, "prompt,left,right,winner\np1,x,y,left\np1,y,z,left\np1,x,z,right\n");
        Files.writeString(c, "prompt,left,right,winner\np1,u,v,left\np1,v,w,left\np1,u,w,right\n");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", a.toString(), "--source", c.toString(),
                "--bootstrap", "5", "--threads", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sections = JSON.readTree(run.out()).get("sections");
        assertThat(paragraphs(section(sections, "Leaderboard agreement"))).contains("No leaderboard agreement of c "
                + "with a: the two leaderboards share 0 items []; comparing rankings needs at least 2");
        assertThat(paragraphs(section(sections, "Agreement"))).anySatisfy(text -> assertThat(text)
                .startsWith("No agreement of c with a: sources c and a share no units"));
    }

    /** A family file whose names are no item: the section says so and why, and the run succeeds. */
    @Test
    void familyNamesThatAreNoItemAreSentences() throws Exception {
        Path families = temp.resolve("families.csv");
        Files.writeString(families, "item,family\nGPT-4,OpenAI\nLlama,Meta\n");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", CROWD, "--source", GPT4,
                "--families", families.toString(), "--judge-family", "gpt4=OpenAI", "--bootstrap", "5",
                "--threads", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> texts = paragraphs(section(JSON.readTree(run.out()).get("sections"), "Family bias"));
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("None of the 2 names in the family file is an "
                + "item of any source (e.g. 'GPT-4', 'Llama'; items are e.g. "));
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("No family bias for gpt4 (family OpenAI): 59 "
                + "items have no family"));
    }

    /** Answers that match no judgment: a sentence per source. */
    @Test
    void answersForOtherItemsAreSentences() throws Exception {
        Path answers = temp.resolve("answers.jsonl");
        Files.writeString(answers, "{\"name\":\"nobody\",\"prompt\":\"8\",\"result\":\"hi\"}\n");
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", GPT3, "--answers", answers.toString(),
                "--bootstrap", "5", "--threads", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(paragraphs(section(JSON.readTree(run.out()).get("sections"), "Style control")))
                .anySatisfy(text -> assertThat(text).startsWith("No style control for gpt3: none of the 2139 "
                        + "judgments has answers for both sides"));
    }

    @Test
    void badFamilyAndAnswerOptionsAreClearErrors() throws Exception {
        RankCommandTest.Run noFile = RankCommandTest.run("audit", "--source", GPT4, "--judge-family", "gpt4=OpenAI");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("--judge-family needs --families: each item's family");
        RankCommandTest.Run unknown = RankCommandTest.run("audit", "--source", GPT4, "--families", MODELS,
                "--judge-family", "claude=Anthropic");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--judge-family must be SOURCE=FAMILY naming one of the sources [gpt4], got "
                + "'claude=Anthropic'");
        RankCommandTest.Run shape = RankCommandTest.run("audit", "--source", GPT4, "--families", MODELS,
                "--judge-family", "gpt4");
        assertThat(shape.err()).contains("--judge-family 'gpt4' should be SOURCE=FAMILY");
        RankCommandTest.Run fields = RankCommandTest.run("audit", "--source", GPT4, "--families", MODELS);
        assertThat(fields.status()).isEqualTo(1);
        assertThat(fields.err()).contains("models.jsonl:1", "item");
        RankCommandTest.Run answerFields = RankCommandTest.run("audit", "--source", GPT4, "--answers", ANSWERS,
                "--answer-fields", "name,prompt");
        assertThat(answerFields.err()).contains("--answer-fields 'name,prompt' should be three field names");
        Path broken = temp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"name\":\"m\",\"prompt\":1,\"result\":\"a\"}\n{\"name\":\"m\",\"prompt\":1}\n");
        RankCommandTest.Run answers = RankCommandTest.run("audit", "--source", GPT4, "--answers", broken.toString());
        assertThat(answers.status()).isEqualTo(1);
        assertThat(answers.err()).contains("broken.jsonl:2", "result");
    }
}
