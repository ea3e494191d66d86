package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped synthetic judge of examples/trustjudge/ is exactly what {@link TrustJudgeExample} makes. */
class TrustJudgeExampleTest {
    static final Path DIRECTORY = Path.of("../examples/trustjudge");

    @Test
    void theShippedFilesAreTheSeededOutput() throws IOException {
        Map<String, String> files = TrustJudgeExample.files();
        if (Boolean.getBoolean("ordinal.writeExamples")) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(DIRECTORY.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(Files.readString(DIRECTORY.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
