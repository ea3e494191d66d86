package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordinal audit --scores/--ratings/--preferences}: the Consistency section's TrustJudge checks. */
class AuditConsistencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path labels;
    private Path scores;
    private Path ratings;
    private Path preferences;

    /**
     * Source j (one judge, named j: the files have no judge column), prompts p1 and p2.
     * <pre>
     * p1: a ≻ b, b ≻ c, c ≻ a          scores a 3, b 2, c 1
     * p2: a ≻ b, a = c, c ≻ b, a ≻ d   scores a 2, b 2, c 1 (d none)
     * </pre>
     * By hand. p1: a ≻ b and b ≻ c agree with the scores; c ≻ a is a reversal (c scored lower):
     * 3 compared, 1 reversal. p2: a ≻ b is strict on level scores (2 = 2) and a = c is a tie on
     * different scores (2 ≠ 1): 2 level mismatches; c ≻ b is a reversal (1 &lt; 2); a ≻ d is unscored:
     * 3 compared, 1 reversal, 2 mismatches, 1 unscored. Judge j: 6 compared, 2 reversals, 2 mismatches,
     * conflict rate 4/6 = 0.667, reversal rate 2/6 = 0.333; p1 conflict rate 1/3 = 0.333, p2 3/3 = 1.
     * Transitivity: p1's triad is a cycle; p2's a, b, c is a = c ≻ b, a weak order; d has one pair, no
     * triad: 2 triads, 1 cycle, rate 0.5.
     *
     * <p>Standalone judge m (not a source; judge m, prompt q), grades 1, 2, 3:
     * <pre>
     * x: 0, .45, .55  top 3, expected 2.55      y: 0, .55, .45  top 2, expected 2.45
     * z: .5, .5, 0    top 1, expected 1.5       w: 0, .48, .52  top 3, expected 2.52
     * </pre>
     * Preferences (left wins, tie; right wins the rest), both orders:
     * <pre>
     * (x, y) .6 .1 → x   (y, x) .45 .15 → y   per order: tie; mean from x: x .5, tie .125, y .375 → x
     * (y, z) .6 .1 → y   (z, y) .5 .1   → z   per order: tie; mean from y: y .5, tie .1, z .4   → y
     * (x, z) .8 .1 → x   (z, x) .1 .1   → x   per order: x;   likelihood: x
     * (x, w) .7 .1 → x   (w, x) .2 .1   → x   per order: x;   likelihood: x
     * </pre>
     * Top grades against per-order verdicts: x = y on 3 vs 2 and y = z on 2 vs 1 are mismatches, x ≻ w
     * on 3 = 3 is a mismatch, x ≻ z agrees: 3/4 = 0.75. Expected grades against per-order verdicts:
     * the two ties are still mismatches, x ≻ w now agrees (2.55 > 2.52): 2/4 = 0.5, a reduction of
     * 0.25. Expected grades against likelihood-aware verdicts: x ≻ y, y ≻ z, x ≻ z, x ≻ w all agree:
     * 0/4, a reduction of 0.75. The one triad x, y, z is x = y, y = z, x ≻ z per order (a tie
     * contradiction: rate 1) and x ≻ y ≻ z likelihood-aware (rate 0): a reduction of 1.
     */
    private void writeFiles() throws Exception {
        labels = temp.resolve("j.csv");
        Files.writeString(labels, """
                prompt,left,right,winner
                p1,a,b,left
                p1,b,c,left
                p1,c,a,left
                p2,a,b,left
                p2,a,c,tie
                p2,b,c,right
                p2,a,d,left
                """);
        scores = temp.resolve("scores.csv");
        Files.writeString(scores, """
                context,item,score,comment
                p1,a,3,ignored
                p1,b,2,
                p1,c,1,
                p2,a,2,
                p2,b,2,
                p2,c,1,
                """);
        ratings = temp.resolve("ratings.jsonl");
        Files.writeString(ratings, """
                {"context":"q","item":"x","grades":[1,2,3],"probabilities":[0,0.45,0.55]}
                {"context":"q","item":"y","grades":[1,2,3],"probabilities":[0,0.55,0.45],"note":"ignored"}
                {"context":"q","item":"z","grades":[1,2,3],"probabilities":[0.5,0.5,0]}
                {"context":"q","item":"w","grades":[1,2,3],"probabilities":[0,0.48,0.52]}
                """);
        preferences = temp.resolve("preferences.jsonl");
        Files.writeString(preferences, """
                {"context":"q","left":"x","right":"y","left_wins":0.6,"tie":0.1}
                {"context":"q","left":"y","right":"x","left_wins":0.45,"tie":0.15}
                {"context":"q","left":"y","right":"z","left_wins":0.6,"tie":0.1}
                {"context":"q","left":"z","right":"y","left_wins":0.5,"tie":0.1}
                {"context":"q","left":"x","right":"z","left_wins":0.8,"tie":0.1}
                {"context":"q","left":"z","right":"x","left_wins":0.1,"tie":0.1,"right_wins":0.8}
                {"context":"q","left":"x","right":"w","left_wins":0.7,"tie":0.1}
                {"context":"q","left":"w","right":"x","left_wins":0.2,"tie":0.1}
                """);
    }

    private JsonNode consistency(String... extra) throws Exception {
        String[] base = {"audit", "--source", "j=" + labels, "--bootstrap", "5", "--threads", "1", "--format", "json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        RankCommandTest.Run run = RankCommandTest.run(args);
        assertThat(run.status()).as(run.err()).isZero();
        for (JsonNode section : JSON.readTree(run.out()).get("sections")) {
            if (section.get("heading").asText().equals("Consistency")) {
                return section;
            }
        }
        throw new AssertionError("no Consistency section");
    }

    @Test
    void scoreComparisonIsCountedPerJudgeAndPrompt() throws Exception {
        writeFiles();
        JsonNode section = consistency("--scores", "j=" + scores);
        JsonNode tables = section.get("tables");
        assertThat(tables).hasSize(3);
        JsonNode transitivity = tables.get(0).get(0);
        assertThat(transitivity.get("triads").asLong()).isEqualTo(2);
        assertThat(transitivity.get("cycles").asLong()).isEqualTo(1);
        assertThat(transitivity.get("inconsistency rate").asDouble()).isEqualTo(0.5);
        JsonNode judge = tables.get(1).get(0);
        assertThat(judge.get("judge").asText()).isEqualTo("j");
        assertThat(judge.get("verdicts compared").asLong()).isEqualTo(6);
        assertThat(judge.get("reversals").asLong()).isEqualTo(2);
        assertThat(judge.get("level mismatches").asLong()).isEqualTo(2);
        assertThat(judge.get("unscored verdicts").asLong()).isEqualTo(1);
        assertThat(judge.get("conflict rate").asDouble()).isEqualTo(0.667);
        assertThat(judge.get("reversal rate").asDouble()).isEqualTo(0.333);
        JsonNode prompts = tables.get(2);
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).get("prompt").asText()).isEqualTo("p1");
        assertThat(prompts.get(0).get("reversals").asLong()).isEqualTo(1);
        assertThat(prompts.get(0).get("conflict rate").asDouble()).isEqualTo(0.333);
        assertThat(prompts.get(1).get("prompt").asText()).isEqualTo("p2");
        assertThat(prompts.get(1).get("level mismatches").asLong()).isEqualTo(2);
        assertThat(prompts.get(1).get("unscored verdicts").asLong()).isEqualTo(1);
        assertThat(prompts.get(1).get("conflict rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theReductionTableComparesBothRemediesWithTheBaseline() throws Exception {
        writeFiles();
        JsonNode table = consistency("--ratings", "m=" + ratings, "--preferences", "m=" + preferences)
                .get("tables").get(1);
        assertThat(table).hasSize(3);
        assertRow(table.get(0), "score-comparison conflict rate", "expected grade, per-order verdicts", 4, 3, 2,
                0.75, 0.5, 0.25);
        assertRow(table.get(1), "score-comparison conflict rate", "expected grade, likelihood-aware verdicts", 4, 3,
                0, 0.75, 0, 0.75);
        assertRow(table.get(2), "transitivity inconsistency rate", "likelihood-aware verdicts", 1, 1, 0, 1, 0, 1);
        assertThat(table.get(0).get("source").asText()).isEqualTo("m");
        assertThat(table.get(0).get("baseline").asText()).isEqualTo("top grade, per-order verdicts");
    }

    private static void assertRow(JsonNode row, String measure, String remedy, long checked, long before, long after,
                                  double beforeRate, double afterRate, double reduction) {
        assertThat(row.get("measure").asText()).isEqualTo(measure);
        assertThat(row.get("remedy").asText()).isEqualTo(remedy);
        assertThat(row.get("checked").asLong()).isEqualTo(checked);
        assertThat(row.get("baseline inconsistent").asLong()).isEqualTo(before);
        assertThat(row.get("remedied inconsistent").asLong()).isEqualTo(after);
        assertThat(row.get("baseline rate").asDouble()).isEqualTo(beforeRate);
        assertThat(row.get("remedied rate").asDouble()).isEqualTo(afterRate);
        assertThat(row.get("reduction").asDouble()).isEqualTo(reduction);
    }

    /** Ratings alone, of a source, are set against the source's verdicts; preferences alone give the triads. */
    @Test
    void ratingsOrPreferencesAloneGiveTheRowsTheyCan() throws Exception {
        writeFiles();
        Path sourceRatings = temp.resolve("j-ratings.jsonl");
        // p1: a top 3 (expected 2.1), b top 2 (expected 2), c top 1: c ≻ a reverses either way; a ≻ b agrees.
        Files.writeString(sourceRatings, """
                {"context":"p1","item":"a","grades":[1,2,3],"probabilities":[0.3,0.3,0.4]}
                {"context":"p1","item":"b","grades":[1,2,3],"probabilities":[0,1,0]}
                {"context":"p1","item":"c","grades":[1,2,3],"probabilities":[1,0,0]}
                """);
        JsonNode table = consistency("--ratings", "j=" + sourceRatings, "--preferences", "m=" + preferences)
                .get("tables").get(1);
        assertThat(table).hasSize(2);
        assertRow(table.get(0), "score-comparison conflict rate", "expected grade, the source's verdicts", 3, 1, 1,
                0.333, 0.333, 0);
        assertRow(table.get(1), "transitivity inconsistency rate", "likelihood-aware verdicts", 1, 1, 0, 1, 0, 1);
    }

    @Test
    void badOptionsAndFilesAreClearErrors() throws Exception {
        writeFiles();
        RankCommandTest.Run noSource = RankCommandTest.run("audit", "--source", "j=" + labels, "--scores",
                "k=" + scores);
        assertThat(noSource.status()).isEqualTo(2);
        assertThat(noSource.err()).contains("--scores must be the name of a source", "got 'k'");
        RankCommandTest.Run alone = RankCommandTest.run("audit", "--source", "j=" + labels, "--ratings",
                "m=" + ratings);
        assertThat(alone.err()).contains("--ratings must be the name of a source or of preferences", "got 'm'");
        RankCommandTest.Run noName = RankCommandTest.run("audit", "--source", "j=" + labels, "--preferences",
                preferences.toString());
        assertThat(noName.err()).contains("should be NAME=FILE");
        RankCommandTest.Run twice = RankCommandTest.run("audit", "--source", "j=" + labels, "--scores",
                "j=" + scores, "--scores", "j=" + scores);
        assertThat(twice.err()).contains("--scores gives 'j' twice");
        Path bad = temp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"item\":\"x\",\"grades\":[1,2],\"probabilities\":[0.5,0.6]}\n");
        RankCommandTest.Run badFile = RankCommandTest.run("audit", "--source", "j=" + labels, "--ratings",
                "j=" + bad);
        assertThat(badFile.status()).isEqualTo(1);
        assertThat(badFile.err()).contains("bad.jsonl:1: field 'probabilities': the probabilities sum to 1.1");
        RankCommandTest.Run margin = RankCommandTest.run("audit", "--source", "j=" + labels, "--tie-margin", "-1");
        assertThat(margin.status()).isEqualTo(2);
        assertThat(margin.err()).contains("--tie-margin must be a finite number at or above 0, got '-1'");
    }

    /** The scores match no verdict (another prompt): a sentence, not a failure. */
    @Test
    void scoresOfOtherPromptsAreASentence() throws Exception {
        writeFiles();
        Path other = temp.resolve("other.csv");
        Files.writeString(other, "context,item,score\np9,a,1\np9,b,2\n");
        JsonNode section = consistency("--scores", "j=" + other);
        assertThat(section.get("paragraphs").toString()).contains("No score-comparison check for j: none of the 7 "
                + "pairwise verdicts has scores for both its items");
    }

    /** The example of docs/audit.md and examples/trustjudge/README.md. */
    @Test
    void theSyntheticExampleShowsBothRemedies() throws Exception {
        String dir = TrustJudgeExampleTest.DIRECTORY.toString();
        RankCommandTest.Run run = RankCommandTest.run("audit", "--source", "synthetic=" + dir + "/comparisons.csv",
                "--scores", "synthetic=" + dir + "/scores.csv", "--ratings", "synthetic=" + dir + "/ratings.jsonl",
                "--preferences", "synthetic=" + dir + "/preferences.jsonl", "--bootstrap", "5", "--threads", "1",
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode section = null;
        for (JsonNode candidate : JSON.readTree(run.out()).get("sections")) {
            if (candidate.get("heading").asText().equals("Consistency")) {
                section = candidate;
            }
        }
        assertThat(section).isNotNull();
        JsonNode judge = section.get("tables").get(1).get(0);
        assertThat(judge.get("verdicts compared").asLong()).isEqualTo(45);
        assertThat(judge.get("conflict rate").asDouble()).isEqualTo(0.289);
        JsonNode reduction = section.get("tables").get(3);
        assertThat(reduction.get(0).get("remedied rate").asDouble()).isEqualTo(0.267);
        assertThat(reduction.get(1).get("remedied rate").asDouble()).isEqualTo(0.067);
        assertThat(reduction.get(2).get("baseline rate").asDouble()).isEqualTo(0.183);
        assertThat(reduction.get(2).get("remedied rate").asDouble()).isEqualTo(0.0);
    }
}
