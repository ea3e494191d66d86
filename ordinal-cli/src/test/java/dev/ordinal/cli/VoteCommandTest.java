package dev.ordinal.cli;

import static dev.ordinal.cli.RankCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.app.Registries;
import dev.ordinal.cli.RankCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ordinal vote} command, run in-process on the shipped examples. */
class VoteCommandTest {
    /** Wikipedia, "Condorcet method": the Tennessee capital example; see examples/ballots/README.md. */
    private static final String TENNESSEE = Path.of("../examples/ballots/tennessee.csv").toString();
    /** PrefLib 00001-00000002: the 2002 Dublin West election; see examples/preflib/README.md. */
    private static final String DUBLIN_WEST = Path.of("../examples/preflib/irish/00001-00000002.soi").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String file(String name, String content) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void oneRuleAsJsonUsesTheCandidateNamesOfTheFile() throws IOException {
        Run run = run("vote", "--rule", "schulze", "--format", "json", TENNESSEE);
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("rule").asText()).isEqualTo("schulze");
        assertThat(root.get("winners")).extracting(JsonNode::asText).containsExactly("Nashville");
        List<String> ranking = new ArrayList<>();
        root.get("ranking").forEach(group -> ranking.add(group.get(0).asText()));
        assertThat(ranking).containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
        assertThat(root.get("explanation").findValuesAsText("table")).contains("Strongest paths (row to column)");
    }

    @Test
    void everyRuleSideBySideSaysWhyARuleDoesNotApply() {
        Run run = run("vote", TENNESSEE);
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(Registries.rules().names().size() + 1);
        assertThat(lines).anyMatch(line -> line.matches("plurality +Memphis +Memphis > .*"))
                .anyMatch(line -> line.matches("irv +Knoxville +.*"))
                .anyMatch(line -> line.matches("kemeny +Nashville +Nashville > Chattanooga > Knoxville > Memphis"))
                .anyMatch(line -> line.matches("star +n/a +needs score ballots"));
    }

    @Test
    void everyRuleAsCsvAndJson() throws IOException {
        Run csv = run("vote", "--format", "csv", TENNESSEE);
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst()).hasValue("rule,winners,ranking,error");
        assertThat(csv.out()).contains("borda,Nashville,Nashville > Chattanooga > Memphis > Knoxville,");
        Run json = run("vote", "--format", "json", TENNESSEE);
        JsonNode results = JSON.readTree(json.out()).get("results");
        assertThat(results).hasSize(Registries.rules().names().size());
        assertThat(results.findValuesAsText("error")).anyMatch(error -> error.contains("needs score ballots"));
    }

    @Test
    void listNamesEveryRuleWithItsParameters() {
        Run run = run("vote", "--list");
        assertThat(run.status()).isZero();
        for (String name : Registries.rules().names()) {
            assertThat(run.out()).containsPattern("(?m)^  " + name + " ");
        }
        assertThat(run.out()).contains("tie: score of a pairwise tie");
    }

    @Test
    void stvElectsTheThreeWinnersOfDublinWest2002() {
        Run run = run("vote", "--rule", "stv", "--seats", "3", "--brief", DUBLIN_WEST);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("winners: Joan Burton Lab, Joe Higgins S.P., Brian Lenihan F.F.");
    }

    @Test
    void maximalLotteryOfACycleIsUniform() throws IOException {
        String cycle = file("cycle.jsonl", """
                {"ranking": ["a", "b", "c"]}
                {"ranking": ["b", "c", "a"]}
                {"ranking": ["c", "a", "b"]}
                """);
        JsonNode root = JSON.readTree(run("vote", "--rule", "maximal-lottery", "--format", "json", cycle).out());
        for (String name : List.of("a", "b", "c")) {
            assertThat(root.get("lottery").get(name).asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        }
    }

    @Test
    void tiesAreReportedUnlessATieBreakIsAsked() throws IOException {
        String tied = file("tied.csv", "ballot\nx>y\ny>x\n");
        assertThat(run("vote", "--rule", "borda", "--brief", tied).out()).contains("winners (tied): x, y");
        Run broken = run("vote", "--rule", "borda", "--tie-break", "first", tied);
        assertThat(broken.out()).contains("winner: x").contains("Ties broken by candidate order in the input.");
    }

    @Test
    void approvalRulesTakeTheTopOfRankedBallotsWhenAsked() {
        Run run = run("vote", "--rule", "pav", "--seats", "2", "--param", "approve-top=2", "--brief", TENNESSEE);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("rule: pav (2 seats)");
    }

    @Test
    void ballotsAreSavedAsPrefLibAndReadBackTheSame() throws IOException {
        Path saved = temp.resolve("tennessee.soc");
        Run run = run("vote", "--rule", "borda", "--brief", "--save-preflib", saved.toString(), TENNESSEE);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(saved)).contains("# DATA TYPE: soc").contains("42: 1,2,3,4");
        assertThat(run("vote", "--rule", "borda", "--brief", saved.toString()).out()).isEqualTo(run.out());
        Run wrongType = run("vote", "--save-preflib", temp.resolve("x.txt").toString(), TENNESSEE);
        assertThat(wrongType.err()).contains("--save-preflib must be a file name ending in .soc, .soi, .toc, .toi "
                + "or .cat");
    }

    @Test
    void badRulesAndParametersAreClearErrors() {
        Run unknown = run("vote", "--rule", "condorset", TENNESSEE);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ordinal: error: --rule must be one of all, plurality").contains("'condorset'");
        Run parameter = run("vote", "--rule", "copeland", "--param", "ties=0", TENNESSEE);
        assertThat(parameter.status()).isEqualTo(2);
        assertThat(parameter.err()).contains("rule 'copeland' takes no parameter 'ties'; it takes tie");
        Run scores = run("vote", "--rule", "star", TENNESSEE);
        assertThat(scores.status()).isEqualTo(1);
        assertThat(scores.err()).contains("needs score ballots");
        Run malformed = run("vote", "--rule", "copeland", "--param", "tie", TENNESSEE);
        assertThat(malformed.err()).contains("--param must be KEY=VALUE");
        Run noFile = run("vote", "--rule", "borda");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: FILE");
    }
}
