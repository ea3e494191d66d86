package dev.ordinal.io;

import static dev.ordinal.io.BallotInputs.summary;
import static dev.ordinal.io.BallotInputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.vote.Ballots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotFilesTest {
    private static final String HEADER = "# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: Ann\n"
            + "# ALTERNATIVE NAME 2: Bob\n# ALTERNATIVE NAME 3: Cy\n";
    private static final String CAT_HEADER = "# DATA TYPE: cat\n" + HEADER + "# NUMBER CATEGORIES: 2\n"
            + "# CATEGORY NAME 1: Yes\n# CATEGORY NAME 2: No\n";

    @TempDir
    Path folder;

    // PrefLib dataset 00004 (Netflix Prize, Bennett and Lanning 2007): the header declares
    // 664 voters and 6 unique orders; the first line is 263 voters ranking 2,1,3.
    @Test
    void prefLibStrictCompleteOrders() {
        LoadedBallots loaded = BallotFiles.read(List.of(Inputs.example("preflib/netflix/00004-00000001.soc")),
                BallotReadOptions.defaults());
        Ballots ballots = loaded.ballots();
        assertThat(ballots.candidates().ids())
                .containsExactly("Shrek (Full-screen)", "The X-Files: Season 2", "The Punisher");
        assertThat(ballots.size()).isEqualTo(6);
        assertThat(ballots.totalWeight()).isEqualTo(664.0);
        assertThat(ballots.strictAndComplete()).isTrue();
        assertThat(summary(ballots)).contains(entry("The X-Files: Season 2>Shrek (Full-screen)>The Punisher", 263.0));
        assertThat(loaded.report().records()).isEqualTo(664);
        assertThat(loaded.report().judgments()).isEqualTo(664);
    }

    // PrefLib dataset 00001, 2002 Dublin West: the header declares 9 alternatives, 29,988 voters
    // and 10,335 unique (truncated) orders.
    @Test
    void prefLibTruncatedBallotsLeaveTheRestUnranked() {
        Ballots ballots = BallotFiles.read(List.of(Inputs.example("preflib/irish/00001-00000002.soi")),
                BallotReadOptions.defaults()).ballots();
        assertThat(ballots.candidateCount()).isEqualTo(9);
        assertThat(ballots.size()).isEqualTo(10_335);
        assertThat(ballots.totalWeight()).isEqualTo(29_988.0);
        assertThat(ballots.strictAndComplete()).isFalse();
        int truncated = 0;
        for (int b = 0; b < ballots.size(); b++) {
            if (ballots.groupCount(b) < 9) {
                truncated++;
                int unranked = -1;
                for (int c = 0; c < 9; c++) {
                    if (!ballots.ranks(b, c)) {
                        unranked = c;
                    }
                }
                assertThat(ballots.level(b, unranked)).isEqualTo(ballots.groupCount(b));
            }
        }
        assertThat(truncated).isPositive();
    }

    @Test
    void prefLibTiesBecomeTiedGroups() {
        Ballots ballots = text("x.toi", HEADER + "3: 1,{2,3}\n2: {1,3}\n").ballots();
        assertThat(summary(ballots)).containsOnly(entry("Ann>Bob=Cy", 3.0), entry("Ann=Cy", 2.0));
    }

    @Test
    void categoricalFilesReadAsApprovals() {
        Ballots ballots = text("x.cat", CAT_HEADER + "3: {1,2},3\n2: {},{1,2,3}\n1: 3,{}\n4: 2,{1,3}\n").ballots();
        assertThat(summary(ballots)).containsOnly(entry("Ann=Bob", 3.0), entry("", 2.0), entry("Cy", 1.0),
                entry("Bob", 4.0));
        assertThat(ballots.dichotomous()).isTrue();
        int nobody = indexOf(ballots, "");
        assertThat(ballots.approves(nobody, 0) || ballots.approves(nobody, 1) || ballots.approves(nobody, 2)).isFalse();
        int annAndBob = indexOf(ballots, "Ann=Bob");
        assertThat(ballots.approves(annAndBob, 0)).isTrue();
        assertThat(ballots.approves(annAndBob, 2)).isFalse();
    }

    @Test
    void categoricalEmptyMiddleCategoriesCloseUpAndTheHeaderAloneMarksTheFormat() {
        String header = HEADER + "# NUMBER CATEGORIES: 3\n";
        Ballots ballots = text("x.txt", header + "4: 1,{},{2,3}\n1: {},2,{1,3}\n2: 1,2,3\n").ballots();
        assertThat(summary(ballots)).containsOnly(entry("Ann", 4.0), entry("Bob", 1.0), entry("Ann>Bob", 2.0));
    }

    @Test
    void categoricalLinesMustHaveTheDeclaredNumberOfCategories() {
        assertThatThrownBy(() -> text("x.cat", CAT_HEADER + "3: {1,2},3\n2: 1,2,3\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.cat:10: '2: 1,2,3' has 3 categories; expected 2 categories as '# NUMBER CATEGORIES'"
                        + " declares, {} for an empty one");
        assertThatThrownBy(() -> text("x.cat", CAT_HEADER + "3: {1,2},1\n"))
                .hasMessage("x.cat:9: item 'Ann' appears twice; expected every item at most once in a ranking");
    }

    @Test
    void csvBallotColumnWithTiesCountsAndWeights() {
        LoadedBallots loaded = text("x.csv", "voter,ballot,count,weight\n"
                + "v1,a>b=c>d,3,\n"
                + "v2, b > a ,,2.5\n"
                + "v3,a>b=c>d,1,1\n"
                + "v4,,2,\n");
        assertThat(summary(loaded.ballots())).containsOnly(entry("a>b=c>d", 4.0), entry("b>a", 2.5), entry("", 2.0));
        assertThat(loaded.ballots().candidates().ids()).containsExactly("a", "b", "c", "d");
        assertThat(loaded.report()).isEqualTo(new ReadReport("x.csv", 7, 7, 0, Map.of()));
    }

    @Test
    void csvBallotSyntaxErrorsAreLocated() {
        assertThatThrownBy(() -> text("x.csv", "ballot\na>b\na>>b\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.csv:3: field 'ballot': 'a>>b' has an empty candidate name; expected candidates separated"
                        + " by '>' (preferred) and '=' (tied), e.g. a>b=c>d")
                .satisfies(e -> assertThat(((InputException) e).value()).contains("a>>b"));
        assertThatThrownBy(() -> text("x.csv", "ballot\na>b=a\n"))
                .hasMessage("x.csv:2: field 'ballot': item 'a' appears twice; expected every item at most once in a ranking");
        assertThatThrownBy(() -> text("x.csv", "ballot,count\na>b,2.5\n"))
                .hasMessage("x.csv:2: field 'count': '2.5' is not a count; expected a whole number of at least 1");
        assertThatThrownBy(() -> text("x.csv", "ballot,weight\na>b,-1\n"))
                .hasMessage("x.csv:2: field 'weight': '-1' is not a positive weight; expected a positive, finite number");
        assertThatThrownBy(() -> text("x.csv", "ballot,approvals\na,b\n"))
                .hasMessage("x.csv:1: the header has both a 'ballot' and an 'approvals' column;"
                        + " expected one of them: 'ballot' for rankings, 'approvals' for approval ballots");
    }

    @Test
    void csvRankColumnsTieEqualRanksAndLeaveBlanksUnranked() {
        LoadedBallots loaded = text("x.csv", "voter,a,b,c,d\n1,1,2,2,\n2,2,1,,3\n3,,,,\n");
        assertThat(summary(loaded.ballots())).containsOnly(entry("a>b=c", 1.0), entry("b>a>d", 1.0), entry("", 1.0));
        assertThat(loaded.ballots().candidates().ids()).containsExactly("a", "b", "c", "d");
        assertThatThrownBy(() -> text("x.csv", "a,b\n1,2\n1,0.5\n"))
                .hasMessage("x.csv:3: field 'b': '0.5' is not a rank; expected a whole number of at least 1 (1 = best)"
                        + " or a blank cell for unranked; for scores in these columns read them as score columns");
    }

    @Test
    void csvScoreColumnsGiveCardinalBallots() {
        LoadedBallots loaded = text("x.csv", "a,b,c,count\n7,3,,2\n-1,0.5,10,\n",
                BallotReadOptions.defaults().withColumns(BallotColumns.SCORE));
        Ballots ballots = loaded.ballots();
        assertThat(ballots.hasScores()).isTrue();
        assertThat(summary(ballots)).containsOnly(entry("a:7.0 b:3.0", 2.0), entry("a:-1.0 b:0.5 c:10.0", 1.0));
        int first = indexOf(ballots, "a:7.0 b:3.0");
        assertThat(ballots.score(first, 2)).isNaN();
        assertThat(ballots.prefers(first, 0, 1)).isTrue();
        assertThatThrownBy(() -> text("x.csv", "a,b\n7,high\n", BallotReadOptions.defaults().withColumns(BallotColumns.SCORE)))
                .hasMessage("x.csv:2: field 'b': 'high' is not a score; expected a finite number (higher is better)"
                        + " or a blank cell for no score");
    }

    @Test
    void csvApprovalsColumnGivesDichotomousBallots() {
        Ballots ballots = text("x.csv", "approvals,count\na;c,2\nb,1\n,1\n").ballots();
        assertThat(summary(ballots)).containsOnly(entry("a=c", 2.0), entry("b", 1.0), entry("", 1.0));
        assertThat(ballots.dichotomous()).isTrue();
        int ac = indexOf(ballots, "a=c");
        assertThat(ballots.approves(ac, ballots.candidates().indexOf("c").getAsInt())).isTrue();
        assertThat(ballots.ranks(ac, ballots.candidates().indexOf("b").getAsInt())).isFalse();
    }

    @Test
    void jsonLinesBallotsOfEachKind() {
        Ballots ranked = text("x.jsonl", "{\"ranking\": [[\"a\"], [\"b\", \"c\"]], \"count\": 2}\n"
                + "{\"ranking\": [\"c\", \"a\"], \"weight\": 0.5}\n\n"
                + "{\"approved\": [\"b\"], \"judge\": \"ignored\"}\n").ballots();
        assertThat(summary(ranked)).containsOnly(entry("a>b=c", 2.0), entry("c>a", 0.5), entry("b", 1.0));
        Ballots scored = text("x.jsonl", "{\"scores\": {\"a\": 7, \"b\": 3, \"c\": null}, \"count\": 3}\n").ballots();
        assertThat(summary(scored)).containsOnly(entry("a:7.0 b:3.0", 3.0));
    }

    // examples/rankings.jsonl is the rankings JSON Lines of `ordinal rank`; its judge keys are ignored
    // and carol's weight 2 is kept.
    @Test
    void theRankingsJsonLinesExampleReadsAsBallots() {
        Ballots ballots = BallotFiles.read(List.of(Inputs.example("rankings.jsonl")), BallotReadOptions.defaults())
                .ballots();
        assertThat(summary(ballots)).contains(entry("gpt-4>claude-2=llama-2-70b>mistral-7b", 1.0),
                entry("gpt-4=claude-2>llama-2-70b", 2.0));
    }

    @Test
    void jsonLinesErrorsAreLocated() {
        assertThatThrownBy(() -> text("x.jsonl", "{\"ranking\": [\"a\"]}\n{\"ranking\": [\"a\"], \"approved\": [\"a\"]}\n"))
                .hasMessage("x.jsonl:2: the ballot has the keys [ranking, approved];"
                        + " expected exactly one of \"ranking\", \"scores\", \"approved\"");
        assertThatThrownBy(() -> text("x.jsonl", "{\"scores\": {\"a\": \"high\"}}\n"))
                .hasMessage("x.jsonl:1: field 'scores': the score of 'a', \"high\", is not a number;"
                        + " expected a finite number (higher is better), or null for no score");
        assertThatThrownBy(() -> text("x.jsonl", "{\"ranking\": [\"a\", \"b\"], \"count\": 0}\n"))
                .hasMessage("x.jsonl:1: field 'count': '0' is not a count; expected a whole number of at least 1");
        assertThatThrownBy(() -> text("x.jsonl", "[1, 2]\n"))
                .hasMessage("x.jsonl:1: the record is not a JSON object; expected a JSON object");
    }

    @Test
    void mixingScoreAndRankedBallotsIsAnErrorThatSaysWhereBothAre() {
        assertThatThrownBy(() -> text("x.jsonl", "{\"ranking\": [\"a\", \"b\"]}\n\n{\"scores\": {\"a\": 1}}\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.jsonl:3: field 'scores': a score ballot, but the ballot at x.jsonl:1 is a ranked ballot;"
                        + " expected ranked ballots only: one profile cannot mix score ballots and ranked ballots");
    }

    @Test
    void mixingAcrossFilesIsReportedToo() throws IOException {
        Path scores = write("scores.csv", "a,b\n1,2\n");
        Path ranks = write("ranks.jsonl", "{\"approved\": [\"a\"]}\n");
        BallotReadOptions options = BallotReadOptions.defaults().withColumns(BallotColumns.SCORE);
        assertThatThrownBy(() -> BallotFiles.read(List.of(scores.toString(), ranks.toString()), options))
                .hasMessage(ranks + ":1: field 'approved': a ranked ballot, but the ballot at " + scores
                        + ":2 is a score ballot; expected score ballots only: one profile cannot mix score ballots"
                        + " and ranked ballots");
        // A PrefLib line has no field to name.
        Path prefLib = write("ranks.soi", "1: 2,1\n");
        assertThatThrownBy(() -> BallotFiles.read(List.of(scores.toString(), prefLib.toString()), options))
                .hasMessageStartingWith(prefLib + ":1: a ranked ballot, but the ballot at " + scores + ":2");
    }

    @Test
    void severalFilesMergeIntoOneProfileWithCandidatesUnioned() throws IOException {
        Path first = write("a.soc", HEADER + "2: 1,2,3\n");
        Path second = write("b.csv", "ballot,count\nAnn>Bob>Cy,3\nDee>Ann,1\n");
        LoadedBallots loaded = BallotFiles.read(List.of(first.toString(), second.toString()), BallotReadOptions.defaults());
        assertThat(loaded.ballots().candidates().ids()).containsExactly("Ann", "Bob", "Cy", "Dee");
        assertThat(summary(loaded.ballots())).containsOnly(entry("Ann>Bob>Cy", 5.0), entry("Dee>Ann", 1.0));
        assertThat(loaded.report()).isEqualTo(new ReadReport(first + ", " + second, 6, 6, 0, Map.of()));
    }

    @Test
    void gzipIsRecognisedByItsContent() throws IOException {
        Path file = folder.resolve("ballots.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("ballot,count\na>b,4\n".getBytes(StandardCharsets.UTF_8));
        }
        Ballots ballots = BallotFiles.read(List.of(file.toString()), BallotReadOptions.defaults()).ballots();
        assertThat(summary(ballots)).containsOnly(entry("a>b", 4.0));
    }

    @Test
    void aDashReadsStandardInputAndTheContentTellsTheFormat() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((HEADER + "2: 3,1\n").getBytes(StandardCharsets.UTF_8)));
            LoadedBallots loaded = BallotFiles.read(List.of("-"), BallotReadOptions.defaults());
            assertThat(summary(loaded.ballots())).containsOnly(entry("Cy>Ann", 2.0));
            assertThat(loaded.report().source()).isEqualTo("<stdin>");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void skipInvalidCountsSkippedBallotsByReason() {
        BallotReadOptions skip = BallotReadOptions.defaults().withSkipInvalid(true);
        LoadedBallots csv = text("x.csv", "ballot,count\na>b,2\na>>b,3\nb>a,x\na>a,1\n", skip);
        assertThat(summary(csv.ballots())).containsOnly(entry("a>b", 2.0));
        assertThat(csv.report()).isEqualTo(new ReadReport("x.csv", 7, 2, 5,
                Map.of("bad ballot", 3L, "bad count", 1L, "duplicate item", 1L)));
        LoadedBallots jsonl = text("x.jsonl", "{\"ranking\": [\"a\"]}\nnot json\n{\"scores\": {\"a\": 1}, \"count\": 4}\n", skip);
        assertThat(jsonl.report()).isEqualTo(new ReadReport("x.jsonl", 6, 1, 5,
                Map.of("malformed JSON", 1L, "mixed ballot kinds", 4L)));
        LoadedBallots prefLib = text("x.soi", HEADER + "2: 1,2\n5: 1,9\n", skip);
        assertThat(prefLib.report().skippedByReason()).containsExactly(entry("unknown alternative", 5L));
    }

    @Test
    void anInputWithoutBallotsFails() {
        assertThatThrownBy(() -> text("x.csv", "ballot\n")).hasMessage("x.csv: no ballots found");
        assertThatThrownBy(() -> text("x.csv", "ballot\na>>b\n", BallotReadOptions.defaults().withSkipInvalid(true)))
                .hasMessage("x.csv: no ballots found (1 skipped: {bad ballot=1})");
        assertThatThrownBy(() -> BallotFiles.read(List.of(folder.resolve("missing.csv").toString()),
                BallotReadOptions.defaults())).hasMessageEndingWith("missing.csv: no such file; expected a readable file");
    }

    @Test
    void anExplicitFormatOverridesTheExtension() {
        Ballots ballots = text("votes.txt", "ballot\na>b\n", BallotReadOptions.defaults().withFormat(BallotFormat.CSV))
                .ballots();
        assertThat(summary(ballots)).containsOnly(entry("a>b", 1.0));
        assertThat(BallotFormat.fromLabel(" CAT ")).isEqualTo(BallotFormat.PREFLIB_CATEGORICAL);
        assertThat(BallotColumns.fromLabel("score")).isEqualTo(BallotColumns.SCORE);
        assertThatThrownBy(() -> BallotFormat.fromLabel("xml"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("ballot-format"))
                .hasMessage("ballot-format must be one of auto, preflib, cat, csv, jsonl, got 'xml'");
        assertThatThrownBy(() -> BallotColumns.fromLabel("approval"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("ballot-columns"))
                .hasMessage("ballot-columns must be rank or score, got 'approval'");
    }

    // The Tennessee capital example (Wikipedia, "Condorcet method"): 100 voters in four blocks;
    // Nashville beats Memphis 58–42 and Chattanooga and Knoxville 68–32.
    @Test
    void theShippedTennesseeExamplesHoldTheSameBallots() {
        Ballots csv = BallotFiles.read(List.of(Inputs.example("ballots/tennessee.csv")), BallotReadOptions.defaults())
                .ballots();
        Ballots jsonl = BallotFiles.read(List.of(Inputs.example("ballots/tennessee.jsonl")), BallotReadOptions.defaults())
                .ballots();
        assertThat(summary(jsonl)).isEqualTo(summary(csv));
        assertThat(csv.totalWeight()).isEqualTo(100.0);
        int nashville = csv.candidates().indexOf("Nashville").getAsInt();
        int memphis = csv.candidates().indexOf("Memphis").getAsInt();
        assertThat(csv.majority().support(nashville, memphis)).isEqualTo(58.0);
        assertThat(csv.majority().condorcetWinner()).isEqualTo(nashville);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static int indexOf(Ballots ballots, String description) {
        for (int b = 0; b < ballots.size(); b++) {
            if (BallotInputs.describe(ballots, b).equals(description)) {
                return b;
            }
        }
        throw new AssertionError("no ballot " + description);
    }
}
