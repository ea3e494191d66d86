package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ConsistencyFilesTest {

    private static ByteArrayInputStream bytes(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ScoreLabel> scores(String content) {
        return ConsistencyFiles.scores(bytes(content), "scores", "gpt4");
    }

    private static List<RatingDistribution> ratings(String content) {
        return ConsistencyFiles.ratings(bytes(content), "ratings.jsonl", "gpt4");
    }

    private static List<PreferenceProbability> preferences(String content) {
        return ConsistencyFiles.preferences(bytes(content), "preferences.jsonl", "gpt4");
    }

    @Test
    void scoresFromCsvWithAnyColumnOrderAndOptionalJudge() {
        assertThat(scores("score,item,context,judge,extra\n7,a,8,g,x\n\n6.5,b,8,,y\n")).containsExactly(
                new ScoreLabel("gpt4", "g", "8", "a", 7), new ScoreLabel("gpt4", "gpt4", "8", "b", 6.5));
        assertThat(scores("item,score\na,1\n")).containsExactly(new ScoreLabel("gpt4", "gpt4", "", "a", 1));
    }

    @Test
    void scoresFromJsonLinesAndArrays() {
        assertThat(scores("{\"judge\":\"g\",\"context\":8,\"item\":\"a\",\"score\":9,\"why\":\"ignored\"}\n"
                + "{\"item\":97,\"score\":\"4\"}\n")).containsExactly(new ScoreLabel("gpt4", "g", "8", "a", 9),
                new ScoreLabel("gpt4", "gpt4", "", "97", 4));
        assertThat(scores("[{\"context\":\"p\",\"item\":\"a\",\"score\":2}]"))
                .containsExactly(new ScoreLabel("gpt4", "gpt4", "p", "a", 2));
    }

    @Test
    void badScoresAreLocated() {
        assertThatThrownBy(() -> scores("judge,context,item\ng,1,a\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("scores:1: the header has no column 'score'");
        assertThatThrownBy(() -> scores("item,score\na,1\nb,high\n"))
                .hasMessage("scores:3: field 'score': 'high' is not a number; expected a finite number, higher is better");
        assertThatThrownBy(() -> scores("item,score\na,NaN\n")).hasMessageContaining("'NaN' is not a number");
        assertThatThrownBy(() -> scores("item,score\n,1\n")).hasMessageStartingWith("scores:2: field 'item': the item is empty");
        assertThatThrownBy(() -> scores("{\"item\":\"a\"}\n")).hasMessage("scores:1: field 'score': missing; "
                + "expected a finite number, higher is better");
        assertThatThrownBy(() -> scores("{\"item\":[1],\"score\":1}\n")).hasMessageContaining("[1] is not a name");
        assertThatThrownBy(() -> scores("item,score\n")).hasMessage("scores: no scores found");
    }

    @Test
    void ratingsAreRead() throws IOException {
        List<RatingDistribution> read = ratings("{\"judge\":\"g\",\"context\":8,\"item\":\"a\",\"grades\":[1,2,3],"
                + "\"probabilities\":[0.2,0.3,0.5],\"model\":\"ignored\"}\n{\"item\":\"b\",\"grades\":[0.5],"
                + "\"probabilities\":[1]}\n");
        assertThat(read).containsExactly(
                new RatingDistribution("gpt4", "g", "8", "a", new double[] {1, 2, 3}, new double[] {0.2, 0.3, 0.5}),
                new RatingDistribution("gpt4", "gpt4", "", "b", new double[] {0.5}, new double[] {1}));
        assertThat(read.get(0).expectedGrade()).isCloseTo(2.3, org.assertj.core.api.Assertions.within(1e-12));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"item\":\"a\",\"grades\":[1,2],\"probabilities\":[0.5,0.5]}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ConsistencyFiles.ratings(new ByteArrayInputStream(zipped.toByteArray()), "r.jsonl.gz", "s"))
                .hasSize(1);
    }

    @Test
    void badRatingsAreLocated() {
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[1,2],\"probabilities\":[0.5,0.4]}\n"))
                .isInstanceOf(InputException.class).hasMessage("ratings.jsonl:1: field 'probabilities': the "
                        + "probabilities sum to 0.9; expected a sum of 1 (within 1.0E-6)");
        // 1e-7 off is within the tolerance
        assertThat(ratings("{\"item\":\"a\",\"grades\":[1,2],\"probabilities\":[0.5,0.4999999]}\n")).hasSize(1);
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[1,2],\"probabilities\":[1.5,-0.5]}\n"))
                .hasMessage("ratings.jsonl:1: field 'probabilities': probability -0.5 is negative; expected "
                        + "probabilities of at least 0");
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[1,2,3],\"probabilities\":[0.5,0.5]}\n"))
                .hasMessage("ratings.jsonl:1: field 'probabilities': 3 grades but 2 probabilities; expected one "
                        + "probability per grade");
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[2,1],\"probabilities\":[0.5,0.5]}\n"))
                .hasMessage("ratings.jsonl:1: field 'grades': grade 1 does not follow 2; expected grades in "
                        + "strictly increasing order");
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[],\"probabilities\":[]}\n"))
                .hasMessageContaining("field 'grades': [] is not a non-empty array");
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[1,\"2\"],\"probabilities\":[0.5,0.5]}\n"))
                .hasMessageContaining("field 'grades': element 2, \"2\", is not a number");
        assertThatThrownBy(() -> ratings("{\"item\":\"a\",\"grades\":[1]}\n"))
                .hasMessageContaining("field 'probabilities': missing");
        assertThatThrownBy(() -> ratings("{\"grades\":[1],\"probabilities\":[1]}\n"))
                .hasMessageContaining("field 'item': missing");
        assertThatThrownBy(() -> ratings("[1]\n"))
                .hasMessage("ratings.jsonl:1: a JSON array is not a rating; expected one JSON object per line");
        assertThatThrownBy(() -> ratings("{\"item\":\n")).hasMessageStartingWith("ratings.jsonl:1: malformed JSON");
        assertThatThrownBy(() -> ratings("\n")).hasMessage("ratings.jsonl: no ratings found");
    }

    @Test
    void preferencesAreRead() {
        assertThat(preferences("{\"judge\":\"g\",\"context\":8,\"left\":\"a\",\"right\":\"b\",\"left_wins\":0.6,"
                + "\"tie\":0.1,\"note\":1}\n{\"left\":\"b\",\"right\":\"a\",\"left_wins\":0.2,\"tie\":0.3,"
                + "\"right_wins\":0.5}\n")).containsExactly(
                new PreferenceProbability("gpt4", "g", "8", "a", "b", 0.6, 0.1),
                new PreferenceProbability("gpt4", "gpt4", "", "b", "a", 0.2, 0.3));
    }

    @Test
    void badPreferencesAreLocated() {
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":0.7,\"tie\":0.4}\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("preferences.jsonl:1: field 'tie': "
                        + "left_wins + tie is 1.1");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":0.5,\"tie\":0.1,"
                + "\"right_wins\":0.3}\n")).hasMessageStartingWith("preferences.jsonl:1: field 'right_wins': "
                + "left_wins + tie + right_wins is 0.9; expected a sum of 1 (within 1.0E-6)");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":-0.1,\"tie\":0.1}\n"))
                .hasMessage("preferences.jsonl:1: field 'left_wins': -0.1 is not a probability; expected a number "
                        + "in [0, 1]");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":\"0.5\",\"tie\":0}\n"))
                .hasMessageContaining("field 'left_wins': \"0.5\" is not a probability");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":0.5}\n"))
                .hasMessageContaining("field 'tie': missing");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"right\":\"a\",\"left_wins\":0.5,\"tie\":0}\n"))
                .hasMessage("preferences.jsonl:1: field 'right': 'a' is compared with itself; expected two different "
                        + "items");
        assertThatThrownBy(() -> preferences("{\"left\":\"a\",\"left_wins\":0.5,\"tie\":0}\n"))
                .hasMessageContaining("field 'right': missing");
        // within the tolerance, the tie is trimmed to what the left side leaves
        assertThat(preferences("{\"left\":\"a\",\"right\":\"b\",\"left_wins\":0.6,\"tie\":0.4000001}\n").get(0).tie())
                .isLessThanOrEqualTo(0.4 + 1e-12);
        assertThatThrownBy(() -> ConsistencyFiles.preferences("no/such/file.jsonl", "s"))
                .isInstanceOf(InputException.class).hasMessageContaining("no/such/file.jsonl");
    }
}
