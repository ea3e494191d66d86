package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentFilesTest {
    private static final String ARENA = "model_a,model_b,winner\nx,y,model_a\ny,z,tie\n";

    @TempDir
    Path folder;

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static LoadedJudgments stream(byte[] bytes, String name) {
        return JudgmentFiles.read(new ByteArrayInputStream(bytes), name, ReadOptions.defaults(), b -> { });
    }

    @Test
    void gzipIsDetectedByItsMagicBytesNotTheName() throws IOException {
        Path zipped = folder.resolve("votes.csv.gz");
        Files.write(zipped, gzip(ARENA));
        Path disguised = folder.resolve("votes.csv");
        Files.write(disguised, gzip(ARENA));
        for (Path path : List.of(zipped, disguised)) {
            LoadedJudgments loaded = JudgmentFiles.read(path.toString(), ReadOptions.defaults(), b -> { });
            assertThat(loaded.report().judgments()).isEqualTo(2);
        }
        Path plainButNamedGz = folder.resolve("plain.csv.gz");
        Files.writeString(plainButNamedGz, ARENA);
        assertThat(JudgmentFiles.read(plainButNamedGz.toString(), ReadOptions.defaults(), b -> { }).report().judgments())
                .isEqualTo(2);
    }

    @Test
    void standardInputIsDetectedByContent() throws IOException {
        assertThat(stream(ARENA.getBytes(StandardCharsets.UTF_8), "<stdin>")).isInstanceOf(LoadedPairwise.class);
        assertThat(stream(gzip("[{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}]"), "<stdin>").report()
                .judgments()).isEqualTo(1);
        assertThat(stream("\n  {\"ranking\": [\"x\", \"y\"]}\n".getBytes(StandardCharsets.UTF_8), "<stdin>"))
                .isInstanceOf(LoadedRankings.class);
        assertThat(stream("[{\"ranking\": [\"x\", \"y\"]}]".getBytes(StandardCharsets.UTF_8), "<stdin>"))
                .isInstanceOf(LoadedRankings.class);
        assertThat(stream("{\"left\": \"x\", \"right\": \"y\", \"winner\": \"left\"}".getBytes(StandardCharsets.UTF_8),
                "<stdin>")).isInstanceOf(LoadedPairwise.class);
        assertThat(stream("# TITLE: t\n1: 1,2\n".getBytes(StandardCharsets.UTF_8), "<stdin>"))
                .isInstanceOf(LoadedRankings.class);
        assertThat(stream("3: 2,1\n".getBytes(StandardCharsets.UTF_8), "<stdin>")).isInstanceOf(LoadedRankings.class);
        assertThat(stream(("\uFEFF" + ARENA).getBytes(StandardCharsets.UTF_8), "<stdin>").report().judgments())
                .isEqualTo(2);
    }

    @Test
    void aDashReadsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(ARENA.getBytes(StandardCharsets.UTF_8)));
            LoadedJudgments loaded = JudgmentFiles.read("-", ReadOptions.defaults(), b -> { });
            assertThat(loaded.report().source()).isEqualTo("<stdin>");
            assertThat(loaded.report().judgments()).isEqualTo(2);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theExtensionWinsOverTheContentWhenItIsClear() {
        assertThatThrownBy(() -> stream("# not preflib,b,c\n".getBytes(StandardCharsets.UTF_8), "votes.csv"))
                .hasMessageStartingWith("votes.csv:1: cannot tell which columns");
        assertThat(stream("{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}\n".getBytes(StandardCharsets.UTF_8),
                "votes.json").report().judgments()).isEqualTo(1);
    }

    @Test
    void bytesReadAreReportedAboutEveryMebibyteAndAtTheEnd() throws IOException {
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\n");
        for (int i = 0; i < 150_000; i++) {
            csv.append("item-").append(i % 50).append(",other-").append(i % 7).append(",model_b\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("big.csv");
        Files.write(file, bytes);
        List<Long> reports = new ArrayList<>();
        LoadedJudgments loaded = JudgmentFiles.read(file.toString(), ReadOptions.defaults(), reports::add);
        assertThat(loaded.report().judgments()).isEqualTo(150_000);
        assertThat(bytes.length).isGreaterThan(3 << 20);
        assertThat(reports).hasSizeBetween(bytes.length >> 20, (bytes.length >> 20) + 2).isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(bytes.length);
    }

    @Test
    void aMissingFileIsAnInputException() {
        String path = folder.resolve("absent.csv").toString();
        assertThatThrownBy(() -> JudgmentFiles.read(path, ReadOptions.defaults(), b -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage(path + ": no such file; expected a readable file");
    }

    @Test
    void aTruncatedGzipStreamIsAnInputException() throws IOException {
        byte[] whole = gzip(ARENA);
        byte[] truncated = Arrays.copyOf(whole, whole.length - 6);
        assertThatThrownBy(() -> stream(truncated, "votes.csv.gz"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("votes.csv.gz: cannot be read (");
    }

    @Test
    void formatLabelsRoundTrip() {
        for (InputFormat format : InputFormat.values()) {
            assertThat(InputFormat.fromLabel(format.label())).isEqualTo(format);
        }
        assertThat(InputFormat.fromLabel("JSONL")).isEqualTo(InputFormat.ARENA_JSONL);
        assertThatThrownBy(() -> InputFormat.fromLabel("xml"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("input-format"))
                .hasMessage("input-format must be one of auto, csv, json, jsonl, rankings-jsonl, preflib, got 'xml'");
    }
}
