package dev.ordinal.io;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Ways for the tests to feed text and fixtures to {@link JudgmentFiles}. */
final class Inputs {
    private Inputs() {
    }

    /** Reads {@code content} as if it were a file called {@code name}. */
    static LoadedJudgments text(String name, String content, ReadOptions options) {
        return JudgmentFiles.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, options,
                bytes -> { });
    }

    static LoadedJudgments text(String name, String content) {
        return text(name, content, ReadOptions.defaults());
    }

    /** The path of a file under src/test/resources/fixtures. */
    static String fixture(String name) {
        try {
            return Path.of(Inputs.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedJudgments fixture(String name, ReadOptions options) {
        return JudgmentFiles.read(fixture(name), options, bytes -> { });
    }

    /** A file shipped under the repository's examples/ folder (tests run in the module folder). */
    static String example(String relative) {
        return Path.of("..", "examples", relative).toString();
    }
}
