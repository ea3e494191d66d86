package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CSV parsed in chunks on several threads gives exactly the sequential result, lines included. */
class ChunkedCsvTest {

    /** Arena rows with names that hold commas, doubled quotes and line breaks, and blank lines. */
    static String awkwardCsv(int rows, long seed) {
        Random random = new Random(seed);
        String[] names = {"plain", "\"with, comma\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "ünï", "x"};
        String[] verdicts = {"model_a", "model_b", "tie", "tie (bothbad)"};
        StringBuilder csv = new StringBuilder("\n  \nmodel_a,model_b,winner\n");
        for (int k = 0; k < rows; k++) {
            int a = random.nextInt(names.length);
            int b = (a + 1 + random.nextInt(names.length - 1)) % names.length;
            csv.append(names[a]).append(',').append(names[b]).append(',').append(verdicts[random.nextInt(4)]);
            csv.append(random.nextInt(10) == 0 ? "\r\n\n" : "\n");
        }
        return csv.toString();
    }

    static LoadedPairwise read(String csv, int chunkBytes, boolean skipInvalid) {
        return PairwiseCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Optional.empty(),
                new ReadTally("votes.csv", skipInvalid), chunkBytes);
    }

    @Test
    void chunksNeverSplitARecord() throws IOException {
        byte[] bytes = awkwardCsv(500, 1).getBytes(StandardCharsets.UTF_8);
        CsvChunks chunks = new CsvChunks(new ByteArrayInputStream(bytes), 37);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        long line = 1;
        int count = 0;
        for (CsvChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            assertThat(chunk.firstLine()).isEqualTo(line);
            int quotes = 0;
            for (int k = 0; k < chunk.length(); k++) {
                if (chunk.data()[k] == '"') {
                    quotes++;
                }
                if (chunk.data()[k] == '\n') {
                    line++;
                }
            }
            assertThat(quotes % 2).isZero();
            assertThat(chunk.data()[chunk.length() - 1]).isEqualTo((byte) '\n');
            joined.write(chunk.data(), 0, chunk.length());
            count++;
        }
        assertThat(joined.toByteArray()).isEqualTo(bytes);
        assertThat(count).isGreaterThan(50);
    }

    @Test
    void chunkedReadEqualsOneChunk() {
        String csv = awkwardCsv(3000, 2);
        ComparisonTable whole = read(csv, 1 << 24, false).table();
        for (int chunkBytes : new int[] {16, 100, 1000, 7777}) {
            LoadedPairwise chunked = read(csv, chunkBytes, false);
            ComparisonTable table = chunked.table();
            assertThat(table.items()).isEqualTo(whole.items());
            assertThat(table.cellCount()).isEqualTo(whole.cellCount());
            for (int cell = 0; cell < table.cellCount(); cell++) {
                assertThat(table.sideA(cell)).isEqualTo(whole.sideA(cell));
                assertThat(table.sideB(cell)).isEqualTo(whole.sideB(cell));
                for (Outcome outcome : Outcome.values()) {
                    assertThat(table.count(cell, outcome)).isEqualTo(whole.count(cell, outcome));
                }
            }
            assertThat(chunked.report().judgments()).isEqualTo(3000);
        }
    }

    @Test
    void errorsInLaterChunksKeepTheirFileLine() {
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\n");
        for (int k = 2; k < 500; k++) {
            csv.append("x,\"y\ny\",model_a\n");
        }
        // Lines 2..999 hold 498 two-line records; line 998 starts the last one.
        csv.append("x,y,lft\n");
        assertThatThrownBy(() -> read(csv.toString(), 64, false))
                .hasMessage("votes.csv:998: field 'winner': 'lft' is not a known outcome; expected one of model_a, "
                        + "model_b, tie, tie (bothbad)");
        LoadedPairwise skipped = read(csv + "x,x,tie\n", 64, true);
        assertThat(skipped.report().skippedByReason()).isEqualTo(Map.of("unknown outcome", 1L, "self-comparison", 1L));
        assertThat(skipped.report().records()).isEqualTo(500);
        assertThat(skipped.report().judgments()).isEqualTo(498);
    }
}
