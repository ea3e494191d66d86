package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.cli.RankCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordinal rank --label-noise}: the label-noise Bradley–Terry fit from the command line. */
class RankLabelNoiseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double[] TRUTH = {-1.5, -0.5, 0.5, 1.5};

    @TempDir
    Path temp;

    /** 20,000 Bradley–Terry battles between four items, each verdict flipped with probability 0.2. */
    private Path flippedBattles() throws IOException {
        Random random = new Random(17);
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\n");
        for (int k = 0; k < 20_000; k++) {
            int a = random.nextInt(4);
            int b = (a + 1 + random.nextInt(3)) % 4;
            boolean aWins = random.nextDouble() < 1 / (1 + Math.exp(TRUTH[b] - TRUTH[a]));
            aWins ^= random.nextDouble() < 0.2;
            csv.append("m").append(a).append(",m").append(b).append(aWins ? ",model_a\n" : ",model_b\n");
        }
        Path path = temp.resolve("flipped.csv");
        Files.writeString(path, csv, StandardCharsets.UTF_8);
        return path;
    }

    private static double topRating(Run run) throws IOException {
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode first = JSON.readTree(run.out()).get("items").get(0);
        assertThat(first.get("name").asText()).isEqualTo("m3");
        return first.get("rating").asDouble();
    }

    /**
     * On the logit scale the best item's true centred strength is 1.5. Plain Bradley–Terry
     * shrinks it (to about 0.9); with --label-noise 0.2 or estimate it comes back within 0.15.
     */
    @Test
    void labelNoiseRecoversTheScale() throws IOException {
        String file = flippedBattles().toString();
        double plain = topRating(RankCommandTest.run("rank", "--ci", "none", "--scale", "logit", "--format", "json",
                file));
        Run known = RankCommandTest.run("rank", "--ci", "fisher", "--scale", "logit", "--format", "json",
                "--label-noise", "0.2", file);
        Run estimated = RankCommandTest.run("rank", "--ci", "fisher", "--scale", "logit", "--format", "json",
                "--label-noise", "estimate", file);
        assertThat(plain).isLessThan(1.15);
        assertThat(topRating(known)).isCloseTo(1.5, within(0.15));
        assertThat(topRating(estimated)).isCloseTo(1.5, within(0.15));
        assertThat(JSON.readTree(known.out()).get("model").asText()).isEqualTo("bradley-terry with label noise 0.2");
        assertThat(estimated.out()).contains("label-noise");
    }

    @Test
    void badValuesAreRejectedWithTheReason() throws IOException {
        String file = flippedBattles().toString();
        Run half = RankCommandTest.run("rank", "--label-noise", "0.5", file);
        assertThat(half.status()).isNotZero();
        assertThat(half.err()).contains("[0, 0.5)");
        Run word = RankCommandTest.run("rank", "--label-noise", "lots", file);
        assertThat(word.err()).contains("'lots'");
        Run thurstone = RankCommandTest.run("rank", "--model", "thurstone", "--label-noise", "0.1", file);
        assertThat(thurstone.err()).contains("--model bt only");
        Run davidson = RankCommandTest.run("rank", "--ties", "davidson", "--label-noise", "0.1", file);
        assertThat(davidson.err()).contains("ties to half or drop").contains("'davidson'");
    }
}
